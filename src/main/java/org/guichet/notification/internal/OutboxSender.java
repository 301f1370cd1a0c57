package org.guichet.notification.internal;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guichet.notification.InboundMailProperties;
import org.guichet.notification.MailBranding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox over SMTP ({@code spring.mail.*}), one message per transaction,
 * backing off after failures. ShedLock lets one node at a time run it.
 */
@Component
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboundEmailRepository emails;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailBranding branding;

	private final NotificationProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final InboundMailProperties inbound;

	/**
	 * A sender for a mailbox that is not read: mails are not threaded by Reply-To.
	 */
	OutboxSender(OutboundEmailRepository emails, ObjectProvider<JavaMailSender> mailSender, MailBranding branding,
			NotificationProperties properties, TransactionTemplate transactions, Clock clock) {
		this(emails, mailSender, branding, properties, transactions, clock,
				new InboundMailProperties(false, null, 993, InboundMailProperties.Security.SSL, null, null, null,
						"INBOX", null, Duration.ofMinutes(1), 50, Duration.ofSeconds(30), DataSize.ofMegabytes(25), 20,
						null, false, null));
	}

	@Autowired
	OutboxSender(OutboundEmailRepository emails, ObjectProvider<JavaMailSender> mailSender, MailBranding branding,
			NotificationProperties properties, TransactionTemplate transactions, Clock clock,
			InboundMailProperties inbound) {
		this.inbound = inbound;
		this.emails = emails;
		this.mailSender = mailSender;
		this.branding = branding;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends the messages that are due.
	 * @return how many were sent, or empty when another node holds the job's lock
	 */
	@SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT10M")
	public Optional<Integer> sendDue() {
		List<UUID> due = this.emails.findDue(this.clock.instant(), Limit.of(this.properties.batchSize()));
		int sent = 0;
		for (UUID id : due) {
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> sendOne(id)))) {
					sent++;
				}
			}
			catch (OptimisticLockingFailureException ex) {
				// An administrator retried or changed it meanwhile: the next run sees it.
				log.debug("Mail {} changed while being sent", id);
			}
		}
		return Optional.of(sent);
	}

	private boolean sendOne(UUID id) {
		OutboundEmail email = this.emails.findById(id).orElse(null);
		if (email == null || email.state() != OutboundEmailState.PENDING) {
			return false;
		}
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			email.recordNoSmtpServer(this.clock.instant(), Duration.ofMinutes(5));
			return false;
		}
		try {
			sender.send(mimeMessage(sender, email));
			email.markSent(this.clock.instant());
			return true;
		}
		catch (MailException | MessagingException | UnsupportedEncodingException ex) {
			log.warn("Could not send mail {} to the SMTP server: {}", email.id(), ex.getMessage());
			email.recordFailure(ex.getMessage(), this.clock.instant(), this.properties.maxAttempts(),
					this.properties.retryDelay(email.attempts() + 1));
			return false;
		}
	}

	private MimeMessage mimeMessage(JavaMailSender sender, OutboundEmail email)
			throws MessagingException, UnsupportedEncodingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		String providerName = OutboundEmail.oneLine(this.branding.senderName());
		helper.setFrom(new InternetAddress(this.properties.from(), providerName, "UTF-8"));
		helper.setTo(email.recipient());
		helper.setSubject(email.subject());
		helper.setText(email.textBody(), email.htmlBody());
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("X-Guichet-Message-Id", email.id().toString());
		for (Map.Entry<String, String> header : email.extraHeaders().entrySet()) {
			message.setHeader(header.getKey(), header.getValue());
		}
		if (email.threadToken() != null) {
			thread(message, email);
		}
		return message;
	}

	/**
	 * Puts the ticket's token where an answer carries it back: the Message-ID (which the
	 * answer's In-Reply-To and References repeat) and, when the support mailbox is read,
	 * the Reply-To address ({@code support+<token>@example.org}). Without it the
	 * requester answers in the portal, as before.
	 */
	private void thread(MimeMessage message, OutboundEmail email) throws MessagingException {
		String address = this.inbound.answersByMail() ? this.inbound.address() : this.properties.from();
		int at = address.lastIndexOf('@');
		String domain = address.substring(at + 1).strip();
		// JavaMailSenderImpl keeps a Message-ID set before sending
		message.setHeader("Message-ID", "<" + email.threadToken() + "." + email.id() + "@" + domain + ">");
		if (this.inbound.answersByMail()) {
			String local = address.substring(0, at).strip();
			message.setReplyTo(
					new InternetAddress[] { new InternetAddress(local + "+" + email.threadToken() + "@" + domain) });
		}
	}

}
