package org.guichet.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.guichet.notification.MailBranding;
import org.guichet.notification.Outbox;
import org.guichet.notification.OutgoingMail;
import org.guichet.support.DemoUsers;
import org.guichet.support.GuichetWebTest;
import org.guichet.support.HttpTestClient;
import org.guichet.support.Mails;
import org.guichet.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox against a real SMTP server (GreenMail): mail is written with the change that
 * causes it, sent by the job, kept through an outage, and visible to administrators.
 */
@GuichetWebTest
class OutboxIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboundEmailRepository emails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void emptyOutboxAndMailbox() {
		this.jdbc.update("delete from outbound_emails");
		TestMailServer.clear();
	}

	@AfterEach
	void smtpServerRunsAgain() {
		TestMailServer.restart();
	}

	@Test
	void aMailIsRenderedInTheRecipientsLanguageAndSentByTheJob() throws Exception {
		this.transactions
			.executeWithoutResult((status) -> this.outbox.enqueue(invitation("jane@example.org", Locale.ENGLISH)));
		assertThat(TestMailServer.received()).isEmpty();

		assertThat(this.sender.sendDue()).contains(1);

		MimeMessage[] received = TestMailServer.received();
		assertThat(received).hasSize(1);
		MimeMessage message = received[0];
		assertThat(message.getSubject()).isEqualTo("Éditions Exemple: activate your account");
		assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Éditions Exemple");
		assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		String body = Mails.text(message);
		assertThat(body).contains("Hello Jane Doe,")
			.contains("http://localhost:8080/activate/abc")
			.contains("Mairie de Saint-Exemple");
		OutboundEmail stored = this.emails.findAll().get(0);
		assertThat(stored.state()).isEqualTo(OutboundEmailState.SENT);
		assertThat(stored.sentAt()).isNotNull();
		assertThat(this.sender.sendDue()).as("nothing is sent twice").contains(0);
	}

	@Test
	void aMailIsWrittenOnlyIfTheChangeThatCausedItCommits() {
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.enqueue(invitation("jean@example.org", Locale.FRENCH));
			status.setRollbackOnly();
		});
		assertThat(this.emails.count()).isZero();
	}

	@Test
	void anSmtpOutageDelaysTheMailWithoutLosingIt() throws Exception {
		this.transactions
			.executeWithoutResult((status) -> this.outbox.enqueue(invitation("jean@example.org", Locale.FRENCH)));
		TestMailServer.stop();

		assertThat(this.sender.sendDue()).contains(0);
		OutboundEmail waiting = this.emails.findAll().get(0);
		assertThat(waiting.state()).isEqualTo(OutboundEmailState.PENDING);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastError()).isNotBlank();
		assertThat(waiting.nextAttemptAt()).isAfter(Instant.now());
		assertThat(this.sender.sendDue()).as("not due again before the back-off").contains(0);

		TestMailServer.restart();
		this.emails.findAll().forEach((email) -> this.transactions.executeWithoutResult((status) -> {
			OutboundEmail due = this.emails.findById(email.id()).orElseThrow();
			due.retry(Instant.now());
		}));
		assertThat(this.sender.sendDue()).contains(1);
		assertThat(TestMailServer.received()).hasSize(1);
		assertThat(TestMailServer.received()[0].getSubject()).isEqualTo("Éditions Exemple : activez votre compte");
	}

	@Test
	void withoutAnSmtpServerMailStaysInTheOutboxAndSaysWhy(@Autowired MailBranding branding,
			@Autowired NotificationProperties properties, @Autowired Clock clock) {
		this.transactions
			.executeWithoutResult((status) -> this.outbox.enqueue(invitation("jean@example.org", Locale.FRENCH)));
		ObjectProvider<JavaMailSender> none = new ObjectProvider<>() {
			@Override
			public JavaMailSender getObject() {
				throw new IllegalStateException("no SMTP server");
			}

			@Override
			public JavaMailSender getIfAvailable() {
				return null;
			}
		};
		OutboxSender unconfigured = new OutboxSender(this.emails, none, branding, properties, this.transactions, clock);

		assertThat(unconfigured.sendDue()).contains(0);
		OutboundEmail kept = this.emails.findAll().get(0);
		assertThat(kept.state()).isEqualTo(OutboundEmailState.PENDING);
		assertThat(kept.lastError()).isEqualTo("not sent: no SMTP server configured");
		assertThat(kept.attempts()).isZero();
		assertThat(TestMailServer.received()).isEmpty();
	}

	@Test
	void administratorsReadTheOutboxWithScriptsRemovedAndRetryFailures() {
		OutboundEmail hostile = new OutboundEmail("x@example.org", "Hostile", "text body",
				"<p>Hi</p><script>alert(1)</script><img src=x onerror=alert(2)>", "account/invitation", "fr", false,
				Instant.now());
		for (int attempt = 0; attempt < 8; attempt++) {
			hostile.recordFailure("Connection refused", Instant.now(), 8, java.time.Duration.ofMinutes(1));
		}
		this.emails.save(hostile);

		HttpTestClient admin = new HttpTestClient(this.port);
		admin.signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		assertThat(admin.get("/admin/outbox").body()).contains("Hostile").contains("state-FAILED");
		assertThat(admin.get("/admin/outbox?state=SENT").body()).doesNotContain("Hostile");
		assertThat(admin.get("/admin/outbox?state=FAILED").body()).contains("Hostile");
		assertThat(admin.get("/admin/outbox?state=BOGUS").statusCode()).isEqualTo(400);

		String page = admin.get("/admin/outbox/" + hostile.id()).body();
		assertThat(page).contains("<p>Hi</p>").doesNotContain("<script>alert(1)").doesNotContain("onerror");

		assertThat(admin.submit("/admin/outbox/" + hostile.id(), "/admin/outbox/" + hostile.id() + "/retry", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(this.emails.findById(hostile.id()).orElseThrow().state()).isEqualTo(OutboundEmailState.PENDING);
		assertThat(admin.get("/admin/outbox/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

		HttpTestClient agent = new HttpTestClient(this.port);
		agent.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		assertThat(agent.get("/admin/outbox").statusCode()).isEqualTo(403);
	}

	@Test
	void administratorsNeverReadALinkThatGivesAccessToSomeoneElsesAccount() {
		OutboundEmail reset = new OutboundEmail("x@example.org", "Réinitialisation", "/password/reset/s3cr3t",
				"<a href=\"/password/reset/s3cr3t\">lien</a>", "account/password-reset", "fr", true, Instant.now());
		this.emails.save(reset);
		HttpTestClient admin = new HttpTestClient(this.port);
		admin.signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		assertThat(admin.get("/admin/outbox/" + reset.id()).body()).contains("son contenu n&#39;est pas affiché")
			.doesNotContain("s3cr3t");
	}

	private static OutgoingMail invitation(String to, Locale locale) {
		return new OutgoingMail(to, "account/invitation", locale,
				Map.of("name", "Jane Doe", "organizationName", "Mairie de Saint-Exemple", "email", to, "activationLink",
						"http://localhost:8080/activate/abc", "expiresOn", "20/02/2027"),
				List.of());
	}

}
