package org.guichet.notification.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guichet.notification.InboundMailHandler;
import org.guichet.notification.InboundMailHandler.SetAside;
import org.guichet.notification.InboundMailParser;
import org.guichet.notification.InboundMailParser.UnreadableMailException;
import org.guichet.notification.InboundMailProperties;
import org.guichet.notification.InboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the support mailbox over IMAP ({@code guichet.mail.inbound.*}) and hands each
 * unseen message to the {@link InboundMailHandler}, one transaction per message that also
 * records it as read. A message that cannot be parsed or handled is set aside, and the
 * next ones are still read. A handled message is marked seen (or moved) only afterwards,
 * and the record of read messages keeps it from being handled twice if that fails.
 * ShedLock lets one node at a time read the mailbox.
 */
@Component
public class InboundMailPoller {

	private static final Logger log = LoggerFactory.getLogger(InboundMailPoller.class);

	private final InboundMailProperties properties;

	private final InboundMailParser parser;

	private final InboundMailHandler handler;

	private final InboundLog inboundLog;

	private final TransactionTemplate transactions;

	private final Clock clock;

	InboundMailPoller(InboundMailProperties properties, InboundMailParser parser, InboundMailHandler handler,
			InboundLog inboundLog, TransactionTemplate transactions, Clock clock) {
		this.properties = properties;
		this.parser = parser;
		this.handler = handler;
		this.inboundLog = inboundLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Reads the unseen messages of the mailbox, at most a batch.
	 * @return how many messages were read, or empty when another node holds the job's
	 * lock
	 * @throws IllegalStateException when the mailbox cannot be reached (the next run
	 * tries again)
	 */
	@SchedulerLock(name = "inbound-mail-poller", lockAtMostFor = "PT15M")
	public Optional<Integer> poll() {
		if (!this.properties.enabled()) {
			return Optional.of(0);
		}
		Session session = Session.getInstance(sessionProperties());
		try (Store store = session.getStore(protocol())) {
			store.connect(this.properties.host(), this.properties.port(), this.properties.username(), secret());
			Folder folder = store.getFolder(this.properties.folder());
			folder.open(Folder.READ_WRITE);
			Folder processed = processedFolder(store);
			int read = 0;
			try {
				Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				for (Message message : unseen) {
					if (read >= this.properties.batchSize()) {
						break;
					}
					read++;
					readOne(message);
					done(folder, processed, message);
				}
			}
			finally {
				folder.close(processed != null);
			}
			return Optional.of(read);
		}
		catch (MessagingException ex) {
			log.warn("Could not read the mailbox {} on {}: {}", this.properties.folder(), this.properties.host(),
					ex.getMessage());
			throw new IllegalStateException("Mailbox unreachable: " + ex.getMessage(), ex);
		}
	}

	private void readOne(Message message) {
		byte[] raw;
		try {
			if (message.getSize() > this.properties.maxMessageSize().toBytes()) {
				byte[] headers = headers(message);
				log.info("Inbound message of {} bytes set aside: too large", message.getSize());
				setAside(headers, sender(message), subject(message), SetAside.TOO_LARGE);
				return;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
			message.writeTo(bytes);
			raw = bytes.toByteArray();
		}
		catch (MessagingException | IOException ex) {
			log.warn("Could not fetch an inbound message, set aside: {}", ex.getMessage());
			setAside(new byte[0], sender(message), subject(message), SetAside.UNREADABLE);
			return;
		}
		InboundMessage parsed;
		try {
			parsed = this.parser.parse(raw);
		}
		catch (UnreadableMailException ex) {
			log.warn("Unreadable inbound message set aside: {}", ex.getMessage());
			InternetHeaders headers = headers(raw);
			setAside(raw, sender(headers), subject(headers), SetAside.UNREADABLE);
			return;
		}
		try {
			this.transactions.executeWithoutResult((status) -> handle(parsed));
		}
		catch (RuntimeException ex) {
			log.warn("Inbound message {} could not be handled, set aside", parsed.messageId(), ex);
			setAside(raw, parsed.sender(), parsed.subject(), SetAside.UNREADABLE);
		}
	}

	private void handle(InboundMessage message) {
		Instant now = this.clock.instant();
		if (!this.inboundLog.record(message.messageId(), message.raw(), message.sender(), now)) {
			log.debug("Inbound message {} already handled", message.messageId());
			return;
		}
		boolean overLimit = message.sender() != null && this.inboundLog.countFrom(message.sender(), now,
				Duration.ofHours(1)) > this.properties.perSenderPerHour();
		this.handler.handle(overLimit ? message.markedOverRateLimit() : message);
	}

	private void setAside(byte[] raw, String sender, String subject, SetAside reason) {
		try {
			this.transactions.executeWithoutResult((status) -> this.handler.setAside(raw, sender, subject, reason));
		}
		catch (RuntimeException ex) {
			// one message never stops the mailbox: this one stays in the folder, marked
			// read
			log.error("Inbound message from {} could not be set aside; left in the mailbox", sender, ex);
		}
	}

	/**
	 * Marks the message seen, or moves it to the processed folder.
	 */
	private static void done(Folder folder, Folder processed, Message message) {
		try {
			if (processed != null) {
				folder.copyMessages(new Message[] { message }, processed);
				message.setFlag(Flags.Flag.DELETED, true);
			}
			else {
				message.setFlag(Flags.Flag.SEEN, true);
			}
		}
		catch (MessagingException ex) {
			// the record of read messages keeps it from being handled twice
			log.warn("Could not mark an inbound message as read: {}", ex.getMessage());
		}
	}

	private Folder processedFolder(Store store) throws MessagingException {
		String name = this.properties.processedFolder();
		if (name == null || name.isBlank()) {
			return null;
		}
		Folder processed = store.getFolder(name);
		if (!processed.exists()) {
			processed.create(Folder.HOLDS_MESSAGES);
		}
		return processed;
	}

	private static byte[] headers(Message message) throws MessagingException {
		StringBuilder headers = new StringBuilder();
		Enumeration<?> lines = ((jakarta.mail.internet.MimeMessage) message).getAllHeaderLines();
		while (lines.hasMoreElements() && headers.length() < 100_000) {
			headers.append(lines.nextElement()).append("\r\n");
		}
		return headers.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String sender(Message message) {
		try {
			return (message.getFrom() != null && message.getFrom().length > 0
					&& message.getFrom()[0] instanceof InternetAddress from && from.getAddress() != null)
							? MimeMailParser.oneLine(from.getAddress().toLowerCase(java.util.Locale.ROOT), 320) : null;
		}
		catch (MessagingException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * @return the headers of a message whose body cannot be parsed
	 */
	private static InternetHeaders headers(byte[] raw) {
		try {
			return new InternetHeaders(new ByteArrayInputStream(raw));
		}
		catch (MessagingException ex) {
			return new InternetHeaders();
		}
	}

	private static String sender(InternetHeaders headers) {
		String from = headers.getHeader("From", ",");
		try {
			InternetAddress[] addresses = (from != null) ? InternetAddress.parseHeader(from, false)
					: new InternetAddress[0];
			return (addresses.length > 0 && addresses[0].getAddress() != null)
					? MimeMailParser.oneLine(addresses[0].getAddress().toLowerCase(java.util.Locale.ROOT), 320) : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static String subject(InternetHeaders headers) {
		String subject = headers.getHeader("Subject", " ");
		if (subject == null) {
			return "";
		}
		try {
			return MimeMailParser.oneLine(MimeUtility.decodeText(MimeUtility.unfold(subject)), 300);
		}
		catch (IOException | RuntimeException ex) {
			return MimeMailParser.oneLine(subject, 300);
		}
	}

	private static String subject(Message message) {
		try {
			return MimeMailParser.oneLine(message.getSubject(), 300);
		}
		catch (MessagingException | RuntimeException ex) {
			return "";
		}
	}

	private String protocol() {
		return (this.properties.security() == InboundMailProperties.Security.SSL) ? "imaps" : "imap";
	}

	private String secret() {
		String token = this.properties.oauth2Token();
		return (token != null && !token.isBlank()) ? token : this.properties.password();
	}

	private Properties sessionProperties() {
		String prefix = "mail." + protocol() + ".";
		String timeout = Long.toString(this.properties.timeout().toMillis());
		Properties session = new Properties();
		session.setProperty(prefix + "connectiontimeout", timeout);
		session.setProperty(prefix + "timeout", timeout);
		session.setProperty(prefix + "writetimeout", timeout);
		// fetching a message does not mark it seen: that waits until it is handled
		session.setProperty(prefix + "peek", "true");
		// large messages in few round trips (the default reads 16 KB at a time)
		session.setProperty(prefix + "fetchsize", "1048576");
		session.setProperty("mail.mime.address.strict", "false");
		if (this.properties.security() == InboundMailProperties.Security.STARTTLS) {
			session.setProperty(prefix + "starttls.enable", "true");
			session.setProperty(prefix + "starttls.required", "true");
		}
		if (this.properties.security() != InboundMailProperties.Security.NONE) {
			session.setProperty(prefix + "ssl.checkserveridentity", "true");
		}
		String token = this.properties.oauth2Token();
		if (token != null && !token.isBlank()) {
			session.setProperty(prefix + "auth.mechanisms", "XOAUTH2");
		}
		return session;
	}

}
