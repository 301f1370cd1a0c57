package org.guichet.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.guichet.shared.storage.ContentAddress.Spooled;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in a bucket of an S3-compatible store, under {@code <prefix>ab/cd/abcd…}, for
 * nodes that share no folder. As on the file system, a content is read to a temporary
 * file while it is hashed, then sent with its length, and only if the bucket does not
 * hold it yet.
 */
class S3FileStore implements FileStore, AutoCloseable {

	private static final int NOT_FOUND = 404;

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	private final Path spool;

	/**
	 * @param s3 the client, closed with this store
	 * @param bucket the bucket, which must exist
	 * @param prefix what every key starts with; a {@code /} is added if it lacks one
	 * @param spool the local folder where a content waits while it is hashed
	 */
	S3FileStore(S3Client s3, String bucket, String prefix, Path spool) {
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = folder(prefix);
		this.spool = spool;
	}

	@Override
	public StoredFile store(InputStream content) {
		try (Spooled spooled = ContentAddress.spool(content, this.spool)) {
			String key = key(spooled.sha256());
			if (!exists(key)) {
				this.s3.putObject((put) -> put.bucket(this.bucket)
					.key(key)
					.contentLength(spooled.size())
					.contentType("application/octet-stream"), RequestBody.fromFile(spooled.file()));
			}
			return spooled.stored();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SdkException ex) {
			throw new UncheckedIOException(new IOException("Could not store a file in bucket " + this.bucket, ex));
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		String key = key(sha256);
		try {
			return this.s3.getObject((get) -> get.bucket(this.bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			throw noSuchFile(key, ex);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == NOT_FOUND) {
				throw noSuchFile(key, ex);
			}
			throw new IOException("Could not read " + key + " from bucket " + this.bucket, ex);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public boolean contains(String sha256) {
		try {
			return exists(key(sha256));
		}
		catch (SdkException ex) {
			throw new UncheckedIOException(new IOException("Could not reach bucket " + this.bucket, ex));
		}
	}

	@Override
	public void close() {
		this.s3.close();
	}

	private boolean exists(String key) {
		try {
			this.s3.headObject((head) -> head.bucket(this.bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == NOT_FOUND) {
				// a HEAD answer has no body, so the SDK cannot always tell NoSuchKey
				return false;
			}
			throw ex;
		}
	}

	private String key(String sha256) {
		return this.prefix + ContentAddress.relativePath(sha256);
	}

	private NoSuchFileException noSuchFile(String key, Exception cause) {
		NoSuchFileException missing = new NoSuchFileException("s3://" + this.bucket + "/" + key);
		missing.initCause(cause);
		return missing;
	}

	private static String folder(String prefix) {
		if (prefix == null || prefix.isEmpty()) {
			return "";
		}
		return prefix.endsWith("/") ? prefix : prefix + "/";
	}

}
