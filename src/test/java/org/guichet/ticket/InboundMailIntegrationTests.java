package org.guichet.ticket;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.guichet.account.UserId;
import org.guichet.notification.internal.InboundMailPoller;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.Mails;
import org.guichet.support.RestoreDemoUsersExtension;
import org.guichet.support.TestMailServer;
import org.guichet.support.TicketFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inbound e-mail end to end: real MIME messages delivered to a GreenMail IMAP mailbox,
 * read by the poller, threaded on tickets by their token only, and everything else kept
 * in the desk's quarantine, where agents attach, create or discard.
 */
@ExtendWith(RestoreDemoUsersExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "guichet.test.database=guichet_inbound", "guichet.mail.inbound.enabled=true",
				"guichet.mail.inbound.host=127.0.0.1", "guichet.mail.inbound.security=NONE",
				"guichet.mail.inbound.username=support", "guichet.mail.inbound.password=imap-test-password",
				"guichet.mail.inbound.address=support@guichet.test", "guichet.mail.inbound.create-tickets=true",
				"guichet.mail.inbound.request-type=QUESTION", "guichet.mail.inbound.per-sender-per-hour=5",
				"guichet.ticket.max-file-size=11MB" })
class InboundMailIntegrationTests {

	private static final String SUPPORT = "support@guichet.test";

	private static final String MARIE = DemoUsers.MEMBER.email();

	private static final GreenMail MAILBOX = start();

	private static final GreenMailUser SUPPORT_USER = MAILBOX.setUser(SUPPORT, "support", "imap-test-password");

	private static final Session SESSION = Session.getInstance(new Properties());

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InboundMailPoller poller;

	@Autowired
	OutboxSender outbox;

	@Autowired
	Tickets tickets;

	private static GreenMail start() {
		GreenMail mail = new GreenMail(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		mail.start();
		return mail;
	}

	@DynamicPropertySource
	static void imap(DynamicPropertyRegistry registry) {
		registry.add("guichet.mail.inbound.port", () -> MAILBOX.getImap().getPort());
	}

	@AfterAll
	static void stop() {
		MAILBOX.stop();
	}

	@BeforeEach
	void freshWindow() {
		// each test starts a new hour for the per-sender limit; what was read stays read
		this.jdbc.update("update inbound_emails set received_at = received_at - interval '2 hours'");
		sendAll();
		TestMailServer.clear();
	}

	@Test
	void multipartReplyByReplyToTokenIsTheRequestersAnswerAndReadOnce() throws Exception {
		String number = fileAndAsk("Réponse multipart");
		MimeMessage asked = lastMailTo(MARIE, number);
		String replyTo = ((InternetAddress) asked.getReplyTo()[0]).getAddress();
		assertThat(replyTo).matches("support\\+[a-z2-7]{26}@guichet\\.test");
		assertThat(asked.getMessageID()).matches("<[a-z2-7]{26}\\.[0-9a-f-]{36}@guichet\\.test>");
		assertThat(Mails.text(asked)).contains("[ref:" + token(number) + "]");

		MimeMessage reply = message(MARIE, replyTo, "Re: " + asked.getSubject());
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(text(
				"La version 4.2, sur Windows 11.\n\n-- \nMarie Durand\n\n" + "Le lun. 2 mars 2026 à 10:00, Guichet <"
						+ SUPPORT + "> a écrit :\n> Quelle version utilisez-vous ?\n"));
		alternative.addBodyPart(html("<div>La version 4.2, sur Windows 11.</div><div class=\"gmail_quote\">"
				+ "Le lun. 2 mars 2026 à 10:00, Guichet a écrit :<blockquote>Quelle version utilisez-vous ?</blockquote></div>"));
		MimeMultipart mixed = new MimeMultipart("mixed");
		MimeBodyPart wrapper = new MimeBodyPart();
		wrapper.setContent(alternative);
		mixed.addBodyPart(wrapper);
		mixed.addBodyPart(file("capture.png", "image/png", TicketFixtures.PNG));
		reply.setContent(mixed);
		deliver(reply);

		assertThat(this.poller.poll()).contains(1);

		Map<String, Object> article = lastArticle(number);
		assertThat(article.get("channel")).isEqualTo("EMAIL");
		assertThat(article.get("kind")).isEqualTo("PUBLIC");
		assertThat(article.get("author")).isEqualTo(MARIE);
		assertThat((String) article.get("body")).contains("La version 4.2")
			.doesNotContain("Quelle version")
			.doesNotContain("a écrit");
		assertThat(files(article)).containsExactlyInAnyOrder("capture.png", "message.eml");
		assertThat(original(article)).contains("Quelle version utilisez-vous");
		assertThat(state(number)).as("the answer sends the ticket back to the agent").isEqualTo("IN_PROGRESS");

		long articles = articleCount(number);
		assertThat(this.poller.poll()).as("a read message is not read again").contains(0);
		deliver(reply);
		assertThat(this.poller.poll()).contains(1);
		assertThat(articleCount(number)).as("the same message delivered twice").isEqualTo(articles);
	}

	@Test
	void htmlOnlyReplyIsSanitized() throws Exception {
		String number = fileAndAsk("Réponse HTML");
		MimeMessage reply = message(MARIE, replyTo(number), "Re: HTML");
		reply.setContent(
				"<p>Voici <b>les détails</b>.</p><script>alert('x')</script>"
						+ "<img src=\"https://tracker.example/p.gif\" onerror=\"alert(1)\">",
				"text/html; charset=UTF-8");
		deliver(reply);

		this.poller.poll();

		String body = (String) lastArticle(number).get("body");
		assertThat(body).contains("<b>les détails</b>")
			.doesNotContain("script")
			.doesNotContain("alert")
			.doesNotContain("onerror");
	}

	@Test
	void replyThreadsByItsReferencesAloneAndWithOthersInCopy() throws Exception {
		String number = fileAndAsk("Références seules");
		MimeMessage asked = lastMailTo(MARIE, number);
		MimeMessage byReferences = message(MARIE, SUPPORT, "Re: sans jeton dans l'adresse");
		byReferences.setHeader("In-Reply-To", asked.getMessageID());
		byReferences.setHeader("References", "<unrelated@example.org> " + asked.getMessageID());
		byReferences.setText("Trouvé par les références.", "UTF-8");
		deliver(byReferences);
		this.poller.poll();
		assertThat((String) lastArticle(number).get("body")).contains("Trouvé par les références.");

		MimeMessage replyAll = message(MARIE, "paul.lefebvre@saint-exemple.fr", "Re: à tous");
		replyAll.setRecipients(Message.RecipientType.CC, new InternetAddress[] {
				new InternetAddress("collegue@example.org"), new InternetAddress(replyTo(number)) });
		replyAll.setText("Je mets mon responsable en copie.", "UTF-8");
		deliver(replyAll);
		this.poller.poll();
		assertThat((String) lastArticle(number).get("body")).contains("Je mets mon responsable en copie.");
	}

	@Test
	void forwardedMessageThreadsByTheReferenceInItsBody() throws Exception {
		String number = fileAndAsk("Transfert");
		String original = Mails.text(lastMailTo(MARIE, number));
		MimeMessage forward = message(MARIE, SUPPORT, "Tr: votre demande");
		forward.setText("Je vous transfère le message, le logiciel plante toujours.\n\n"
				+ "---------- Forwarded message ---------\nDe : Guichet <" + SUPPORT + ">\nDate : lun. 2 mars 2026\n\n"
				+ original, "UTF-8");
		deliver(forward);

		this.poller.poll();

		String body = (String) lastArticle(number).get("body");
		assertThat(body).contains("le logiciel plante toujours").doesNotContain("Forwarded").doesNotContain("[ref:");
	}

	@Test
	void theSubjectAloneNeverThreads() throws Exception {
		String number = fileAndAsk("Objet seulement");
		long before = articleCount(number);
		String subject = "Re: [" + number + "] Objet seulement " + UUID.randomUUID();
		MimeMessage mail = message(MARIE, SUPPORT, subject);
		mail.setText("Un nouveau sujet, même si l'objet cite une demande.", "UTF-8");
		deliver(mail);

		this.poller.poll();

		assertThat(articleCount(number)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select channel from tickets where subject = ?", String.class, subject))
			.as("a new ticket for the active member")
			.isEqualTo("EMAIL");
	}

	@Test
	void bouncesAndAutoRepliesWaitInQuarantineAndAreNeverAnswered() throws Exception {
		String number = fileAndAsk("Robots");
		long before = articleCount(number);
		String token = replyTo(number);

		MimeMessage bounce = message("mailer-daemon@mx.example.org", token, "Undelivered Mail " + UUID.randomUUID());
		bounce.setHeader("Return-Path", "<>");
		MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
		report.addBodyPart(text("Your message could not be delivered."));
		MimeBodyPart status = new MimeBodyPart();
		status.setContent("Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; nobody@example.org\r\n"
				+ "Action: failed\r\nStatus: 5.1.1\r\n", "message/delivery-status");
		report.addBodyPart(status);
		bounce.setContent(report);
		deliver(bounce);

		MimeMessage outOfOffice = message(MARIE, token, "Absence " + UUID.randomUUID());
		outOfOffice.setHeader("Auto-Submitted", "auto-replied");
		outOfOffice.setText("Je suis absente jusqu'au 10 mars.", "UTF-8");
		deliver(outOfOffice);

		MimeMessage bulk = message(MARIE, token, "Lettre d'information " + UUID.randomUUID());
		bulk.setHeader("Precedence", "bulk");
		bulk.setText("Nos nouveautés.", "UTF-8");
		deliver(bulk);

		TestMailServer.clear();
		this.poller.poll();

		assertThat(articleCount(number)).isEqualTo(before);
		assertThat(reason(bounce.getSubject())).isEqualTo("inbound.reason.bounce");
		assertThat(reason(outOfOffice.getSubject())).isEqualTo("inbound.reason.autoReply");
		assertThat(quarantineNotices("manager@editions-exemple.fr", "mailer-daemon@mx.example.org"))
			.as("nobody is told of a bounce")
			.isZero();
		assertThat(reason(bulk.getSubject())).isEqualTo("inbound.reason.autoReply");
		sendAll();
		assertThat(TestMailServer.received()).as("nothing is sent back to a robot").isEmpty();
	}

	@Test
	void attachmentsAreKeptWithinTheTicketsLimitsAndALargerOneWaitsInQuarantine() throws Exception {
		String number = fileAndAsk("Gros fichiers");
		MimeMessage within = message(MARIE, replyTo(number), "Re: 10 Mo");
		MimeMultipart parts = new MimeMultipart("mixed");
		parts.addBodyPart(text("Le journal de 10 Mo."));
		parts.addBodyPart(file("journal.pdf", "application/pdf", pdf(10 * 1024 * 1024)));
		within.setContent(parts);
		deliver(within);
		MimeMessage over = message(MARIE, replyTo(number), "Re: 12 Mo " + UUID.randomUUID());
		MimeMultipart big = new MimeMultipart("mixed");
		big.addBodyPart(text("Le journal de 12 Mo."));
		big.addBodyPart(file("enorme.pdf", "application/pdf", pdf(12 * 1024 * 1024)));
		over.setContent(big);
		deliver(over);

		this.poller.poll();

		Map<String, Object> article = lastArticle(number);
		assertThat((String) article.get("body")).contains("Le journal de 10 Mo.");
		assertThat(files(article)).contains("journal.pdf", "message.eml");
		assertThat(
				this.jdbc.queryForObject(
						"select size from ticket_attachments where file_name = 'journal.pdf'"
								+ " and ticket_id = (select ticket_id from tickets where number = ?)",
						Long.class, number))
			.isEqualTo(10L * 1024 * 1024);
		assertThat(reason(over.getSubject())).isEqualTo("inbound.reason.tooLarge");
		assertThat(this.jdbc.queryForObject("select detail from inbound_quarantine where subject = ?", String.class,
				over.getSubject()))
			.isEqualTo("enorme.pdf");
	}

	@Test
	void aMalformedMessageIsSetAsideAndTheNextOnesAreStillRead() throws Exception {
		String number = fileAndAsk("Message illisible");
		MimeMessage first = message(MARIE, replyTo(number), "Re: avant");
		first.setText("Premier message lisible.", "UTF-8");
		deliver(first);
		String subject = "Illisible " + UUID.randomUUID();
		String malformed = "From: " + MARIE + "\r\nTo: " + replyTo(number) + "\r\nSubject: " + subject
				+ "\r\nMessage-ID: <" + UUID.randomUUID() + "@example.org>\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"jamais-vue\"\r\n\r\nPas une seule frontière ici.\r\n";
		SUPPORT_USER
			.deliver(new MimeMessage(SESSION, new ByteArrayInputStream(malformed.getBytes(StandardCharsets.US_ASCII))));
		MimeMessage last = message(MARIE, replyTo(number), "Re: après");
		last.setText("Dernier message lisible.", "UTF-8");
		deliver(last);

		assertThat(this.poller.poll()).contains(3);

		assertThat(reason(subject)).isEqualTo("inbound.reason.unreadable");
		List<String> bodies = this.jdbc.queryForList("select body from ticket_articles where kind = 'PUBLIC'"
				+ " and ticket_id = (select ticket_id from tickets where number = ?)", String.class, number);
		assertThat(String.join(" ", bodies)).contains("Premier message lisible.", "Dernier message lisible.");
	}

	@Test
	void aColleagueAnsweringWithTheTicketsReferenceIsNotTakenForTheRequester() throws Exception {
		String number = fileAndAsk("Collègue");
		long before = articleCount(number);
		String colleague = "paul.lefebvre@saint-exemple.fr";
		MimeMessage answer = message(colleague, replyTo(number), "Re: " + number + " " + UUID.randomUUID());
		answer.setText("Je réponds à la place de Marie.", "UTF-8");
		deliver(answer);

		this.poller.poll();

		assertThat(articleCount(number)).as("only the requester writes on their ticket by mail").isEqualTo(before);
		assertThat(reason(answer.getSubject())).isEqualTo("inbound.reason.notRequester");
		assertThat(quarantineNotices("manager@editions-exemple.fr", colleague))
			.as("a known person waits for an answer: the managers are told")
			.isEqualTo(1);
	}

	@Test
	void aSenderOverTheHourlyLimitWaitsInQuarantine() throws Exception {
		String sender = "flood-" + UUID.randomUUID() + "@example.org";
		for (int i = 1; i <= 6; i++) {
			MimeMessage mail = message(sender, SUPPORT, "Flot " + sender + " " + i);
			mail.setText("Message " + i, "UTF-8");
			deliver(mail);
		}

		this.poller.poll();

		assertThat(reason("Flot " + sender + " 5")).isEqualTo("inbound.reason.unknownSender");
		assertThat(reason("Flot " + sender + " 6")).isEqualTo("inbound.reason.rateLimited");
		assertThat(quarantineNotices("manager@editions-exemple.fr", sender))
			.as("nobody is told of mail from an unknown address")
			.isZero();
		sendAll();
		assertThat(TestMailServer.received()).isEmpty();
	}

	@Test
	void agentsAttachCreateAndDiscardWhatWaitsInQuarantine() throws Exception {
		String number = fileAndAsk("Quarantaine");
		String stranger = "Inconnu " + UUID.randomUUID();
		MimeMessage unknown = message("inconnu@example.org", SUPPORT, stranger);
		unknown.setText("Je suis le prestataire de Marie, voici le correctif.", "UTF-8");
		deliver(unknown);
		String lost = "Référence perdue " + UUID.randomUUID();
		MimeMessage unknownReference = message(MARIE, SUPPORT, lost);
		unknownReference.setText("Ma demande [ref:aaaaaaaaaaaaaaaaaaaaaaaaaa] n'existe plus ?", "UTF-8");
		deliver(unknownReference);
		String spam = "Promotion " + UUID.randomUUID();
		MimeMessage junk = message("promo@example.org", SUPPORT, spam);
		junk.setText("Achetez !", "UTF-8");
		deliver(junk);
		this.poller.poll();

		HttpTestClient paul = signIn(DemoUsers.READER);
		assertThat(paul.get("/desk/inbound").statusCode()).as("a reader handles no category").isEqualTo(403);

		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		String page = sophie.get("/desk/inbound").body();
		assertThat(page).contains(stranger, lost, "Expéditeur inconnu ou compte inactif", "Courriels en attente");

		HttpTestClient nadia = signIn(DemoUsers.LAWYER);
		HttpResponse<String> refused = nadia.submit("/desk/inbound", "/desk/inbound/" + id(stranger) + "/attach",
				Map.of("number", number));
		assertThat(refused.statusCode()).as("a ticket of a category she does not handle").isEqualTo(400);
		assertThat(refused.body()).contains("Aucune demande de ce numéro que vous puissiez modifier.");
		assertThat(quarantineState(stranger)).isEqualTo("WAITING");

		long before = articleCount(number);
		HttpResponse<String> attached = sophie.submit("/desk/inbound", "/desk/inbound/" + id(stranger) + "/attach",
				Map.of("number", number));
		assertThat(attached.statusCode()).isEqualTo(302);
		assertThat(quarantineState(stranger)).isEqualTo("ATTACHED");
		assertThat(articleCount(number)).isGreaterThan(before);
		assertThat((String) lastPublicArticle(number).get("body")).contains("voici le correctif");
		assertThat(sophie.submit("/desk/inbound", "/desk/inbound/" + id(stranger) + "/attach", Map.of("number", number))
			.statusCode()).as("handled already").isEqualTo(400);

		String question = this.jdbc
			.queryForObject("select request_type_id::text from request_types where code = 'QUESTION'", String.class);
		HttpResponse<String> created = sophie.submit("/desk/inbound", "/desk/inbound/" + id(lost) + "/create",
				Map.of("requestTypeId", question));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(
				this.jdbc.queryForMap(
						"select t.channel, u.email from tickets t join users u on u.user_id = t.requester_id"
								+ " where t.number = (select ticket_number from inbound_quarantine where subject = ?)",
						lost))
			.containsEntry("channel", "EMAIL")
			.containsEntry("email", MARIE);

		assertThat(sophie.submit("/desk/inbound", "/desk/inbound/" + id(spam) + "/discard", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(quarantineState(spam)).isEqualTo("DISCARDED");
		assertThat(sophie.get("/desk/inbound").body()).doesNotContain(spam).doesNotContain(stranger);
		assertThat(sophie.bytes("/desk/inbound/" + id(spam) + "/message.eml").body()).isNotEmpty();
	}

	// --- the ticket side

	/**
	 * Marie files an incident; Sophie takes it and asks her a question, which is mailed.
	 */
	private String fileAndAsk(String subject) {
		String number = TicketFixtures.fileIncident(this.port, this.jdbc, subject + " " + UUID.randomUUID(),
				"<p>Le logiciel se fige.</p>", false);
		UserId sophie = new UserId(this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class,
				DemoUsers.AGENT.email()));
		this.tickets.take(number, sophie);
		this.tickets.askRequester(number, sophie, "<p>Quelle version utilisez-vous ?</p>");
		assertThat(state(number)).isEqualTo("WAITING_FOR_REQUESTER");
		sendAll();
		return number;
	}

	private long quarantineNotices(String recipient, String sender) {
		return this.jdbc.queryForObject("""
				select count(*) from staff_notices n join users u on u.user_id = n.recipient_id
				where u.email = ? and n.kind = 'INBOUND_QUARANTINE' and n.title_arguments[1] = ?
				""", Long.class, recipient, sender);
	}

	private void sendAll() {
		while (this.outbox.sendDue().orElse(0) > 0) {
			// the outbox sends by batches
		}
	}

	private String token(String number) {
		return this.jdbc.queryForObject("select mail_token from tickets where number = ?", String.class, number);
	}

	private String replyTo(String number) {
		return "support+" + token(number) + "@guichet.test";
	}

	private String state(String number) {
		return this.jdbc.queryForObject("select state from tickets where number = ?", String.class, number);
	}

	private long articleCount(String number) {
		return this.jdbc.queryForObject("select count(*) from ticket_articles where ticket_id ="
				+ " (select ticket_id from tickets where number = ?)", Long.class, number);
	}

	private Map<String, Object> lastArticle(String number) {
		return this.jdbc.queryForMap("select a.article_id, a.kind, a.channel, a.body, u.email as author"
				+ " from ticket_articles a left join users u on u.user_id = a.author_id"
				+ " where a.ticket_id = (select ticket_id from tickets where number = ?)"
				+ " and a.kind <> 'SYSTEM' order by a.position desc limit 1", number);
	}

	private Map<String, Object> lastPublicArticle(String number) {
		return lastArticle(number);
	}

	private List<String> files(Map<String, Object> article) {
		return this.jdbc.queryForList("select file_name from ticket_attachments where article_id = ?", String.class,
				article.get("article_id"));
	}

	private String original(Map<String, Object> article) throws IOException {
		String sha = this.jdbc.queryForObject(
				"select sha256 from ticket_attachments where article_id = ? and file_name = 'message.eml'",
				String.class, article.get("article_id"));
		return new String(
				java.nio.file.Files.readAllBytes(
						java.nio.file.Path.of("target/test-data/files", sha.substring(0, 2), sha.substring(2, 4), sha)),
				StandardCharsets.UTF_8);
	}

	private String reason(String subject) {
		return this.jdbc.queryForObject("select reason from inbound_quarantine where subject = ?", String.class,
				subject);
	}

	private String quarantineState(String subject) {
		return this.jdbc.queryForObject("select state from inbound_quarantine where subject = ?", String.class,
				subject);
	}

	private String id(String subject) {
		return this.jdbc.queryForObject("select quarantine_id::text from inbound_quarantine where subject = ?",
				String.class, subject);
	}

	private HttpTestClient signIn(DemoUsers user) {
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(user.email(), DemoUsers.PASSWORD);
		return client;
	}

	// --- the mail side

	private static MimeMessage lastMailTo(String address, String number) throws MessagingException {
		List<MimeMessage> mails = Mails.to(address).stream().filter((mail) -> {
			try {
				return mail.getSubject().contains(number);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(mails).isNotEmpty();
		return mails.get(mails.size() - 1);
	}

	private static MimeMessage message(String from, String to, String subject) throws MessagingException {
		MimeMessage message = new MimeMessage(SESSION);
		message.setFrom(new InternetAddress(from));
		message.setRecipients(Message.RecipientType.TO, new InternetAddress[] { new InternetAddress(to) });
		message.setSubject(subject, "UTF-8");
		message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example.org>");
		return message;
	}

	private static void deliver(MimeMessage message) throws MessagingException, IOException {
		String id = message.getMessageID();
		message.saveChanges();
		message.setHeader("Message-ID", id);
		// as a mail server stores it: bytes, parsed again
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		message.writeTo(bytes);
		SUPPORT_USER.deliver(new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray())));
	}

	private static MimeBodyPart text(String text) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(text, "UTF-8");
		return part;
	}

	private static MimeBodyPart html(String html) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setContent(html, "text/html; charset=UTF-8");
		return part;
	}

	private static MimeBodyPart file(String name, String type, byte[] content) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(
				new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(content, type)));
		part.setFileName(name);
		part.setDisposition(MimeBodyPart.ATTACHMENT);
		return part;
	}

	private static byte[] pdf(int size) {
		byte[] content = new byte[size];
		new java.util.Random(size).nextBytes(content);
		byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, content, 0, head.length);
		return content;
	}

}
