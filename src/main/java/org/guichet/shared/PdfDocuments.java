package org.guichet.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * PDF files made from XHTML pages (prints of tickets, letters), with openhtmltopdf.
 */
public final class PdfDocuments {

	private PdfDocuments() {
	}

	/**
	 * @param xhtml a well-formed XHTML page, its style sheet inline
	 * @return the PDF's bytes
	 */
	public static byte[] fromXhtml(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
