package org.guichet.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The clamd INSTREAM conversation, against a server on a local socket that speaks the
 * protocol as clamd documents it (no ClamAV signatures can be downloaded here): it reads
 * the command and the length-prefixed chunks, and finds the EICAR test string.
 */
class ClamdScannerTests {

	private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	private ServerSocket server;

	private ExecutorService clamd;

	private volatile boolean answer = true;

	@BeforeEach
	void startClamd() throws IOException {
		this.server = new ServerSocket(0);
		this.clamd = Executors.newSingleThreadExecutor();
		this.clamd.submit(() -> {
			while (!this.server.isClosed()) {
				try (Socket client = this.server.accept()) {
					converse(client);
				}
				catch (IOException ex) {
					// closed at the end of the test
				}
			}
		});
	}

	private void converse(Socket client) throws IOException {
		DataInputStream in = new DataInputStream(client.getInputStream());
		byte[] command = in.readNBytes("zINSTREAM\0".length());
		if (!new String(command, StandardCharsets.US_ASCII).equals("zINSTREAM\0")) {
			return;
		}
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		int length;
		while ((length = in.readInt()) > 0) {
			received.write(in.readNBytes(length));
		}
		if (!this.answer) {
			return;
		}
		String content = received.toString(StandardCharsets.ISO_8859_1);
		OutputStream out = client.getOutputStream();
		out.write((content.contains(EICAR) ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@AfterEach
	void stopClamd() throws IOException {
		this.server.close();
		this.clamd.shutdownNow();
	}

	@Test
	void aCleanFileLargerThanAChunkPasses() throws IOException {
		byte[] large = new byte[200_000];
		assertThat(scanner().scan(new ByteArrayInputStream(large)).clean()).isTrue();
	}

	@Test
	void theEicarTestFileIsFoundAndNamed() throws IOException {
		VirusScanner.Verdict verdict = scanner()
			.scan(new ByteArrayInputStream(EICAR.getBytes(StandardCharsets.US_ASCII)));
		assertThat(verdict.clean()).isFalse();
		assertThat(verdict.signature()).isEqualTo("Eicar-Test-Signature");
	}

	@Test
	void noAnswerIsAnErrorNotACleanFile() {
		this.answer = false;
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> scanner().scan(new ByteArrayInputStream(new byte[10])));
	}

	@Test
	void anUnreachableDaemonIsAnError() {
		// port 1 (tcpmux) has no listener on any machine this runs on; a port just closed
		// could be taken again by another process before the scanner connects
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> new ClamdScanner("127.0.0.1", 1, Duration.ofSeconds(2))
				.scan(new ByteArrayInputStream(new byte[10])));
	}

	private ClamdScanner scanner() {
		return new ClamdScanner("127.0.0.1", this.server.getLocalPort(), Duration.ofSeconds(5));
	}

}
