package org.guichet.shared.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Looks for viruses in an uploaded file before it is stored. Guichet asks a ClamAV daemon
 * when {@code guichet.clamav.host} is set; without it, files are not scanned (the
 * extension and content checks of {@link UploadPolicy} still apply).
 */
public interface VirusScanner {

	/**
	 * @param content the file's bytes, read to the end and not closed
	 * @return what the scan found
	 * @throws IOException when the scanner cannot be reached or does not answer: the file
	 * must then be refused, not stored unscanned
	 */
	Verdict scan(InputStream content) throws IOException;

	/**
	 * @return whether files are scanned at all
	 */
	boolean enabled();

	/**
	 * What a scan found.
	 *
	 * @param clean whether nothing was found
	 * @param signature the name of what was found, or {@code null}
	 */
	record Verdict(boolean clean, String signature) {

		public static Verdict ofClean() {
			return new Verdict(true, null);
		}

	}

}
