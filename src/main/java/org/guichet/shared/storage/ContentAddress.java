package org.guichet.shared.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What every {@link FileStore} shares: the names it accepts and where a name is kept, and
 * the reading of a content to a temporary file, since its name is known only once it is
 * read to the end.
 */
final class ContentAddress {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private ContentAddress() {
	}

	/**
	 * @return {@code ab/cd/abcd…}, the place of a file below the store's root
	 * @throws IllegalArgumentException when the name is not a SHA-256, so that no name
	 * reaches outside the store
	 */
	static String relativePath(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
	}

	/**
	 * Copies the content to a new file of the directory, hashing it on the way.
	 * @param content read to the end and closed
	 * @param directory where the temporary file goes
	 */
	static Spooled spool(InputStream content, Path directory) throws IOException {
		Path file = Files.createTempFile(directory, "upload-", ".part");
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size;
			try (DigestInputStream in = new DigestInputStream(content, digest)) {
				size = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			return new Spooled(file, HexFormat.of().formatHex(digest.digest()), size);
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		catch (NoSuchAlgorithmException ex) {
			Files.deleteIfExists(file);
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A content read to a temporary file, deleted on closing.
	 *
	 * @param file the temporary file
	 * @param sha256 the SHA-256 of the content
	 * @param size its size in bytes
	 */
	record Spooled(Path file, String sha256, long size) implements Closeable {

		StoredFile stored() {
			return new StoredFile(this.sha256, this.size);
		}

		@Override
		public void close() throws IOException {
			Files.deleteIfExists(this.file);
		}

	}

}
