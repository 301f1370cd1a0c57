package org.guichet.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;

/**
 * Which files may be uploaded: an allowlist of extensions, each with the media types its
 * content may really have, found from the content's first bytes (Apache Tika's magic
 * numbers) and never from the name or what the browser says. A program renamed
 * {@code facture.pdf} is refused.
 */
public final class UploadPolicy {

	private static final Set<String> OOXML = Set.of("application/x-tika-ooxml", "application/zip");

	private static final Set<String> OLE = Set.of("application/x-tika-msoffice");

	private static final Set<String> TEXT = Set.of("text/plain");

	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("pdf", Set.of("application/pdf")),
			Map.entry("png", Set.of("image/png")), Map.entry("jpg", Set.of("image/jpeg")),
			Map.entry("jpeg", Set.of("image/jpeg")), Map.entry("gif", Set.of("image/gif")), Map.entry("txt", TEXT),
			Map.entry("log", TEXT), Map.entry("csv", TEXT), Map.entry("docx", OOXML), Map.entry("xlsx", OOXML),
			Map.entry("pptx", OOXML), Map.entry("odt", Set.of("application/zip")),
			Map.entry("ods", Set.of("application/zip")), Map.entry("doc", OLE), Map.entry("xls", OLE),
			Map.entry("zip", Set.of("application/zip")));

	private static final Tika TIKA = new Tika();

	private UploadPolicy() {
	}

	/**
	 * @return the extensions accepted, for the help text
	 */
	public static Set<String> extensions() {
		return ALLOWED.keySet();
	}

	/**
	 * @param fileName the name the file was uploaded with
	 * @param head the first bytes of the content (a few kilobytes are enough)
	 * @return why the file is refused ({@code upload.error.extension} or
	 * {@code upload.error.content}), or empty when it is accepted
	 */
	public static Optional<String> refusal(String fileName, byte[] head) {
		String extension = extension(fileName);
		Set<String> types = ALLOWED.get(extension);
		if (types == null) {
			return Optional.of("upload.error.extension");
		}
		try {
			String detected = TIKA.detect(new ByteArrayInputStream(head));
			return types.contains(detected) ? Optional.empty() : Optional.of("upload.error.content");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the media type of a content, as its first bytes say
	 */
	public static String mediaType(byte[] head) {
		try {
			return TIKA.detect(new ByteArrayInputStream(head));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}

}
