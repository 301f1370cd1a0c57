package org.guichet.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Files kept by their content (content-addressed): each under the SHA-256 of its bytes,
 * in {@code <guichet.data-dir>/files/ab/cd/abcd…}. The same file uploaded twice is stored
 * once; a stored file never changes, so any node may serve it and nothing needs locking.
 * Who may read a file is decided by the module that holds its id, before opening it.
 */
public class FileStore {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	public FileStore(Path root) {
		this.root = root;
	}

	/**
	 * Reads the content to its end and keeps it, unless the same content is already
	 * there.
	 */
	public StoredFile store(InputStream content) {
		try {
			Files.createDirectories(this.root);
			Path temporary = Files.createTempFile(this.root, "upload-", ".part");
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				long size;
				try (DigestInputStream in = new DigestInputStream(content, digest)) {
					size = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
				}
				String sha256 = HexFormat.of().formatHex(digest.digest());
				Path target = path(sha256);
				if (!Files.exists(target)) {
					Files.createDirectories(target.getParent());
					move(temporary, target);
				}
				return new StoredFile(sha256, size);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @throws IllegalArgumentException when the name is not a SHA-256
	 * @throws java.nio.file.NoSuchFileException when no file has that content
	 */
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(sha256));
	}

	public boolean contains(String sha256) {
		return Files.exists(path(sha256));
	}

	private Path path(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			// another upload of the same content got there first: it is the same file
		}
		catch (AtomicMoveNotSupportedException ex) {
			if (!Files.exists(to)) {
				Files.move(from, to);
			}
		}
	}

}
