package org.guichet.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.guichet.shared.storage.ContentAddress.Spooled;

/**
 * Files in a folder, {@code <guichet.data-dir>/files/ab/cd/abcd…}; on several nodes that
 * folder is shared storage.
 */
class FileSystemFileStore implements FileStore {

	private final Path root;

	FileSystemFileStore(Path root) {
		this.root = root;
	}

	@Override
	public StoredFile store(InputStream content) {
		try {
			Files.createDirectories(this.root);
			try (Spooled spooled = ContentAddress.spool(content, this.root)) {
				Path target = path(spooled.sha256());
				if (!Files.exists(target)) {
					Files.createDirectories(target.getParent());
					move(spooled.file(), target);
				}
				return spooled.stored();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(sha256));
	}

	@Override
	public boolean contains(String sha256) {
		return Files.exists(path(sha256));
	}

	private Path path(String sha256) {
		return this.root.resolve(ContentAddress.relativePath(sha256));
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
