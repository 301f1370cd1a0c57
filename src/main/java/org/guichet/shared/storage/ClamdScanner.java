package org.guichet.shared.storage;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a ClamAV daemon (clamd) over TCP with its {@code INSTREAM} command: the file goes
 * in chunks, each after its length, and clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}.
 */
class ClamdScanner implements VirusScanner {

	private static final int CHUNK = 64 * 1024;

	private final String host;

	private final int port;

	private final Duration timeout;

	ClamdScanner(String host, int port, Duration timeout) {
		this.host = host;
		this.port = port;
		this.timeout = timeout;
	}

	@Override
	public boolean enabled() {
		return true;
	}

	@Override
	public Verdict scan(InputStream content) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), (int) this.timeout.toMillis());
			socket.setSoTimeout((int) this.timeout.toMillis());
			DataOutputStream out = new DataOutputStream(socket.getOutputStream());
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			byte[] buffer = new byte[CHUNK];
			int read;
			while ((read = content.read(buffer)) > 0) {
				out.writeInt(read);
				out.write(buffer, 0, read);
			}
			out.writeInt(0);
			out.flush();
			String answer = readAnswer(socket.getInputStream());
			if (answer.endsWith("OK")) {
				return Verdict.ofClean();
			}
			if (answer.endsWith("FOUND")) {
				String found = answer.substring(answer.indexOf(':') + 1, answer.length() - "FOUND".length()).strip();
				return new Verdict(false, found);
			}
			throw new IOException("clamd answered: " + answer);
		}
	}

	private static String readAnswer(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) > 0) {
			answer.write(b);
			if (answer.size() > 1024) {
				break;
			}
		}
		return answer.toString(StandardCharsets.US_ASCII).strip();
	}

}
