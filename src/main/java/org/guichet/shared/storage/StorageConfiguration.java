package org.guichet.shared.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

import org.guichet.shared.GuichetProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps uploaded files under {@code <guichet.data-dir>/files}, or in an S3-compatible
 * bucket when {@code guichet.files.store=s3}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ClamAvProperties.class, FilesProperties.class })
class StorageConfiguration {

	private static final Duration S3_TIMEOUT = Duration.ofSeconds(30);

	@Bean
	FileStore fileStore(GuichetProperties properties, FilesProperties files) {
		return switch (files.store()) {
			case FILESYSTEM -> new FileSystemFileStore(properties.dataDir().resolve("files"));
			case S3 -> new S3FileStore(s3Client(files.s3()).build(), files.s3().bucket(), files.s3().prefix(),
					Path.of(System.getProperty("java.io.tmpdir")));
		};
	}

	/**
	 * A client for the configured store, to be built. Checksums are sent only where S3
	 * requires them: several S3-compatible stores refuse the trailing checksums the SDK
	 * adds by default.
	 */
	static S3ClientBuilder s3Client(FilesProperties.S3 s3) {
		if (!hasText(s3.bucket())) {
			throw new IllegalStateException("guichet.files.store=s3 needs guichet.files.s3.bucket");
		}
		if (hasText(s3.accessKey()) != hasText(s3.secretKey())) {
			throw new IllegalStateException(
					"guichet.files.s3.access-key and guichet.files.s3.secret-key are set together or not at all");
		}
		AwsCredentialsProvider credentials = hasText(s3.accessKey())
				? StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()))
				: DefaultCredentialsProvider.builder().build();
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(
					UrlConnectionHttpClient.builder().connectionTimeout(S3_TIMEOUT).socketTimeout(S3_TIMEOUT).build())
			.region(Region.of(s3.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(s3.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (s3.endpoint() != null) {
			builder.endpointOverride(s3.endpoint());
		}
		return builder;
	}

	/**
	 * Scans uploads with clamd when {@code guichet.clamav.host} is set.
	 */
	@Bean
	VirusScanner virusScanner(ClamAvProperties clamav) {
		if (clamav.host() == null || clamav.host().isBlank()) {
			return new VirusScanner() {

				@Override
				public Verdict scan(InputStream content) {
					return Verdict.ofClean();
				}

				@Override
				public boolean enabled() {
					return false;
				}

			};
		}
		return new ClamdScanner(clamav.host(), clamav.port(), clamav.timeout());
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
