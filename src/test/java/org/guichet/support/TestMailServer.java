package org.guichet.support;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once on a free port. Every test
 * context sends its mail there; tests read what arrived, and may stop and restart it to
 * play an outage.
 */
public final class TestMailServer {

	private static GreenMail server;

	private static int port;

	private TestMailServer() {
	}

	public static synchronized int port() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			port = server.getSmtp().getPort();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop()));
		}
		return port;
	}

	public static synchronized MimeMessage[] received() {
		port();
		return server.getReceivedMessages();
	}

	public static synchronized void clear() {
		port();
		try {
			server.purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stops the server, as an outage of the provider's SMTP relay.
	 */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/**
	 * Starts the server again on the same port after {@link #stop()}.
	 */
	public static synchronized void restart() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
	}

}
