package org.guichet.shared.storage;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files are kept.
 *
 * @param store {@code filesystem} (the default): under {@code <guichet.data-dir>/files};
 * {@code s3}: in a bucket of an S3-compatible store, for nodes that share no folder
 * @param s3 that store, when {@code store} is {@code s3}
 */
@ConfigurationProperties("guichet.files")
record FilesProperties(@DefaultValue("filesystem") Store store, @DefaultValue S3 s3) {

	enum Store {

		FILESYSTEM, S3

	}

	/**
	 * An S3-compatible store: Amazon S3, MinIO, Garage, Ceph's RADOS Gateway…
	 *
	 * @param endpoint the store's address, e.g. {@code https://minio.example.org:9000};
	 * empty for Amazon S3 itself
	 * @param region the bucket's region; S3-compatible stores mostly accept any
	 * @param bucket the bucket the files go to, which must exist
	 * @param accessKey the access key; keep it out of files:
	 * {@code GUICHET_FILES_S3_ACCESS_KEY}. Empty: the AWS SDK's default credentials
	 * (environment, profile, instance role)
	 * @param secretKey the secret key, from {@code GUICHET_FILES_S3_SECRET_KEY}
	 * @param pathStyle whether the bucket goes in the path ({@code endpoint/bucket/key}),
	 * as MinIO, Garage and Ceph expect, rather than in the host name
	 * @param prefix what every key starts with, so that the bucket may hold other things
	 */
	record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey, String secretKey,
			@DefaultValue("true") boolean pathStyle, @DefaultValue("files/") String prefix) {

	}

}
