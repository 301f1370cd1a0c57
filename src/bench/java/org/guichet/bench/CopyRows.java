package org.guichet.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with {@code COPY ... FROM STDIN} (text format), the
 * fastest way to load PostgreSQL: no statement per row, no round trip per batch.
 */
final class CopyRows implements AutoCloseable {

	private final Writer out;

	private long count;

	CopyRows(Connection connection, String table, String... columns) throws SQLException {
		String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
		this.out = new BufferedWriter(
				new OutputStreamWriter(new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16),
						StandardCharsets.UTF_8),
				1 << 16);
	}

	/**
	 * @param values one value per column, in order; {@code null} for SQL null, anything
	 * else written with {@code toString()}
	 */
	void row(Object... values) {
		try {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.out.write('\t');
				}
				write(values[i]);
			}
			this.out.write('\n');
			this.count++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(Object value) throws IOException {
		if (value == null) {
			this.out.write("\\N");
			return;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.out.write("\\\\");
				case '\t' -> this.out.write("\\t");
				case '\n' -> this.out.write("\\n");
				case '\r' -> this.out.write("\\r");
				default -> this.out.write(c);
			}
		}
	}

	/**
	 * @return the rows written so far
	 */
	long count() {
		return this.count;
	}

	/**
	 * Ends the copy: the rows are in the table once the transaction commits.
	 */
	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
