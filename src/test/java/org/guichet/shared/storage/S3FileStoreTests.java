package org.guichet.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.guichet.shared.GuichetProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files named by their content in an S3 bucket, as on the file system: stored once
 * however often they are uploaded, read back as they were, a missing one a
 * {@link NoSuchFileException}. Against S3Proxy, an S3 server in this JVM keeping its
 * objects in memory.
 */
class S3FileStoreTests {

	private static final String ACCESS_KEY = "guichet-test";

	private static final String SECRET_KEY = "guichet-test-secret";

	private static final String BONJOUR_SHA256 = "9172e8eec99f144f72eca9a568759580edadb2cfd154857f07e657569493bc44";

	private static final AtomicInteger buckets = new AtomicInteger();

	private static S3Proxy server;

	private static URI endpoint;

	private final List<String> uploads = new CopyOnWriteArrayList<>();

	@TempDir
	Path spool;

	private String bucket;

	private S3Client s3;

	private S3FileStore store;

	@BeforeAll
	static void startServer() throws Exception {
		server = S3Proxy.builder()
			.blobStore(BlobStores.create("transient", new Properties()))
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		server.start();
		endpoint = URI.create("http://127.0.0.1:" + server.getPort());
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.stop();
	}

	@BeforeEach
	void createBucket() {
		this.bucket = "guichet-" + buckets.incrementAndGet();
		this.s3 = StorageConfiguration.s3Client(settings(this.bucket))
			.overrideConfiguration((client) -> client.addExecutionInterceptor(new ExecutionInterceptor() {

				@Override
				public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
					if (context.request() instanceof PutObjectRequest put) {
						S3FileStoreTests.this.uploads.add(put.key());
					}
				}

			}))
			.build();
		this.s3.createBucket((create) -> create.bucket(this.bucket));
		this.store = new S3FileStore(this.s3, this.bucket, "guichet/files", this.spool);
	}

	@AfterEach
	void closeStore() {
		this.store.close();
	}

	@Test
	void aFileIsReadBackAsItWasStoredUnderItsSha256() throws IOException {
		StoredFile stored = this.store.store(content("Bonjour"));
		assertThat(stored).isEqualTo(new StoredFile(BONJOUR_SHA256, 7));
		try (InputStream in = this.store.open(stored.sha256())) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Bonjour");
		}
		assertThat(this.store.contains(stored.sha256())).isTrue();
		assertThat(keys()).containsExactly("guichet/files/91/72/" + BONJOUR_SHA256);
	}

	@Test
	void theSameContentIsUploadedOnce() throws IOException {
		StoredFile first = this.store.store(content("Bonjour"));
		StoredFile again = this.store.store(content("Bonjour"));
		StoredFile other = this.store.store(content("Au revoir"));
		assertThat(again).isEqualTo(first);
		assertThat(other.sha256()).isNotEqualTo(first.sha256());
		assertThat(this.uploads).as("one upload per content").hasSize(2);
		assertThat(keys()).hasSize(2);
		try (Stream<Path> files = Files.list(this.spool)) {
			assertThat(files).as("no temporary file left").isEmpty();
		}
	}

	@Test
	void aMissingFileIsNoSuchFile() {
		assertThatThrownBy(() -> this.store.open("0".repeat(64))).isInstanceOf(NoSuchFileException.class);
		assertThat(this.store.contains("0".repeat(64))).isFalse();
	}

	@Test
	void onlyAHashNamesAFile() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.open("../../etc/passwd"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.contains("9172E8EE"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.open(null));
	}

	@Test
	void aFileOfSeveralMegabytesComesBackWhole() throws IOException {
		byte[] bytes = new byte[5 * 1024 * 1024 + 3];
		new Random(42).nextBytes(bytes);
		StoredFile stored = this.store.store(new ByteArrayInputStream(bytes));
		assertThat(stored.size()).isEqualTo(bytes.length);
		try (InputStream in = this.store.open(stored.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
	}

	@Test
	void theConfigurationChoosesTheStore(@TempDir Path dataDir) {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(WithGuichetProperties.class, StorageConfiguration.class)
			.withPropertyValues("guichet.data-dir=" + dataDir);
		runner.run((context) -> assertThat(context).getBean(FileStore.class).isInstanceOf(FileSystemFileStore.class));
		runner.withPropertyValues("guichet.files.store=s3")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("guichet.files.s3.bucket"));
		runner
			.withPropertyValues("guichet.files.store=s3", "guichet.files.s3.endpoint=" + endpoint,
					"guichet.files.s3.bucket=" + this.bucket)
			.withInitializer(
					(context) -> context.getEnvironment()
						.getPropertySources()
						.addFirst(new SystemEnvironmentPropertySource(
								StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("GUICHET_FILES_S3_ACCESS_KEY", ACCESS_KEY, "GUICHET_FILES_S3_SECRET_KEY",
										SECRET_KEY))))
			.run((context) -> {
				FileStore files = context.getBean(FileStore.class);
				assertThat(files).isInstanceOf(S3FileStore.class);
				files.store(content("Bonjour"));
				assertThat(keys()).as("in the configured bucket, under the default prefix")
					.containsExactly("files/91/72/" + BONJOUR_SHA256);
			});
	}

	private List<String> keys() {
		return this.s3.listObjectsV2((list) -> list.bucket(this.bucket))
			.contents()
			.stream()
			.map(S3Object::key)
			.toList();
	}

	private static FilesProperties.S3 settings(String bucket) {
		return new FilesProperties.S3(endpoint, "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true, "files/");
	}

	private static InputStream content(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@EnableConfigurationProperties(GuichetProperties.class)
	static class WithGuichetProperties {

	}

}
