package org.guichet.shared.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Files kept by their content (content-addressed): each under the SHA-256 of its bytes,
 * {@code …/ab/cd/abcd…}. The same file uploaded twice is stored once; a stored file never
 * changes, so any node may serve it and nothing needs locking. Who may read a file is
 * decided by the module that holds its id, before opening it.
 * <p>
 * {@code guichet.files.store} chooses where: a folder ({@code filesystem}, the default)
 * or a bucket of an S3-compatible store ({@code s3}).
 */
public interface FileStore {

	/**
	 * Reads the content to its end and keeps it, unless the same content is already
	 * there.
	 * @param content the bytes to keep; read to the end and closed
	 * @return the file's name (its SHA-256) and size
	 * @throws java.io.UncheckedIOException when the content cannot be read or kept
	 */
	StoredFile store(InputStream content);

	/**
	 * @param sha256 the file's name, as {@link #store} returned it
	 * @return the file's content, to be closed by the caller
	 * @throws IllegalArgumentException when the name is not a SHA-256
	 * @throws java.nio.file.NoSuchFileException when no file has that content
	 * @throws IOException when the store cannot be read
	 */
	InputStream open(String sha256) throws IOException;

	/**
	 * @param sha256 the file's name
	 * @return whether a file has that content
	 * @throws IllegalArgumentException when the name is not a SHA-256
	 */
	boolean contains(String sha256);

}
