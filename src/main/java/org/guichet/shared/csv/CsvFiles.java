package org.guichet.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as spreadsheets write and read it in France: files in UTF-8 or Windows-1252,
 * separated by semicolons or commas; exports in UTF-8 with a byte-order mark and
 * semicolons, so that Excel opens them with accents intact, and with formula-looking
 * cells defused.
 */
public final class CsvFiles {

	/**
	 * What Excel saves as "CSV (séparateur : point-virgule)" on a French Windows.
	 */
	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvFiles() {
	}

	/**
	 * @return the text of the file: UTF-8 when it is valid UTF-8 (with or without a
	 * byte-order mark), Windows-1252 otherwise
	 */
	public static String decode(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(content, WINDOWS_1252);
		}
		return (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) ? text.substring(1) : text;
	}

	/**
	 * @return the format of a file whose first line is the header: semicolons unless the
	 * header has more commas than semicolons
	 */
	public static CSVFormat readingFormat(String text) {
		int end = text.indexOf('\n');
		String header = (end < 0) ? text : text.substring(0, end);
		char delimiter = (count(header, ',') > count(header, ';')) ? ',' : ';';
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.setAllowMissingColumnNames(true)
			.setTrim(true)
			.get();
	}

	/**
	 * @return a header name as compared: lower case, without accents, spaces or dashes
	 * ("Code client", "code_client" and "CODE-CLIENT" are the same)
	 */
	public static String headerKey(String header) {
		return Normalizer.normalize(header, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s_\\-]+", "_")
			.strip();
	}

	/**
	 * Writes a whole file, byte-order mark and header first.
	 */
	public static CsvWriter writer(Writer out, List<String> header) {
		try {
			out.write(BYTE_ORDER_MARK);
			CSVPrinter printer = CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setRecordSeparator("\r\n")
				.get()
				.print(out);
			printer.printRecord(header.stream().map(CsvFiles::defused).toList());
			return new CsvWriter(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the cell with a leading apostrophe when a spreadsheet would read it as a
	 * formula (it begins with {@code = + - @}, a tab or a carriage return)
	 */
	public static String defused(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		char first = cell.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + cell : cell;
	}

	private static int count(String text, char character) {
		return (int) text.chars().filter((c) -> c == character).count();
	}

	/**
	 * Writes the rows of a file, each cell defused.
	 */
	public static final class CsvWriter {

		private final CSVPrinter printer;

		private CsvWriter(CSVPrinter printer) {
			this.printer = printer;
		}

		public void row(List<String> cells) {
			try {
				this.printer.printRecord(cells.stream().map(CsvFiles::defused).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		public void flush() {
			try {
				this.printer.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
