package org.guichet.notification;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.shared.Sha256;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.Mails;
import org.guichet.support.TestMailServer;
import org.guichet.support.TicketFixtures;
import org.guichet.support.TicketsWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notices to staff over HTTP and SMTP: a ticket filed in a category tells its agents
 * under the bell and, when they asked for it, by an e-mail that says why and stops with
 * one link; the list, marking read, the preferences, and what another user cannot reach.
 */
@TicketsWebTest
class StaffNotificationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxSender outbox;

	@BeforeEach
	void startClean() {
		sendAll();
		TestMailServer.clear();
		this.jdbc.update("delete from notification_preferences");
	}

	@AfterEach
	void restoreDefaults() {
		this.jdbc.update("delete from notification_preferences");
	}

	@Test
	void filingATicketNotifiesTheAgentsOfItsCategoryInTheApplication() {
		String number = file("Imprimante " + UUID.randomUUID());
		awaitNotice(DemoUsers.AGENT, number);
		awaitNotice(DemoUsers.MANAGER, number);

		assertThat(notices(DemoUsers.READER, number)).as("a reader of the category").isZero();
		assertThat(notices(DemoUsers.LAWYER, number)).as("an agent of another category").isZero();
		assertThat(notices(DemoUsers.ADMINISTRATOR, number)).as("an administrator without a right").isZero();
		assertThat(notices(DemoUsers.MEMBER, number)).as("the requester").isZero();

		String list = page(signIn(DemoUsers.AGENT).get("/notifications"));
		assertThat(list).contains("Nouvelle demande " + number)
			.contains("Vous recevez cette notification parce que vous êtes agent de la catégorie « Support logiciel ».")
			.contains("href=\"/desk/tickets/" + number + "\"")
			.contains(number + " — Imprimante");
		assertThat(this.jdbc
			.queryForObject("select count(*) from outbound_emails where recipient = ? and template = 'staff/notice'"
					+ " and subject like ?", Long.class, DemoUsers.AGENT.email(), "%" + number + "%"))
			.as("no e-mail for a new ticket unless asked")
			.isZero();
	}

	@Test
	void anAgentWhoAsksForEmailGetsOneThatSaysWhyAndStopsWithItsLink() throws Exception {
		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		MultiValueMap<String, String> choice = new LinkedMultiValueMap<>();
		choice.add("mail", "NEW_TICKET");
		List.of("NEW_TICKET", "SLA_REMINDER", "SLA_BREACH", "INBOUND_QUARANTINE")
			.forEach((kind) -> choice.add("inApp", kind));
		assertThat(sophie.submit("/notifications/preferences", "/notifications/preferences", choice).statusCode())
			.isEqualTo(302);
		assertThat(page(sophie.get("/notifications/preferences")))
			.containsPattern("id=\"mail-NEW_TICKET\"[^>]* checked")
			.containsPattern("id=\"mail-SLA_BREACH\"[^>]*describedby=\"help-SLA_BREACH\">");

		String number = file("Messagerie " + UUID.randomUUID());
		awaitNotice(DemoUsers.AGENT, number);
		sendAll();
		List<MimeMessage> mails = mailsAbout(number);
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).contains("Nouvelle demande " + number);
		String text = Mails.text(mail);
		assertThat(text).contains("parce que vous êtes agent de la catégorie « Support logiciel »")
			.contains("/desk/tickets/" + number);
		String link = Mails.linkPath(mail, "/notifications/unsubscribe/");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).endsWith(link + ">");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		String token = link.substring("/notifications/unsubscribe/".length());
		assertThat(this.jdbc.queryForObject("select count(*) from notification_unsubscribe_tokens where token_hash = ?",
				Long.class, Sha256.hex(token)))
			.as("only the token's hash is kept")
			.isOne();

		HttpTestClient anonymous = new HttpTestClient(this.port);
		HttpResponse<String> confirm = anonymous.get(link);
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(page(confirm)).contains("Ne plus recevoir par e-mail les notifications « Nouvelle demande » ?");
		assertThat(byMail(DemoUsers.AGENT)).as("a GET changes nothing").isTrue();
		HttpResponse<String> done = anonymous.submit(link, link, Map.of());
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(page(done)).contains("Vous ne recevrez plus par e-mail les notifications « Nouvelle demande »");
		assertThat(byMail(DemoUsers.AGENT)).isFalse();
		assertThat(new HttpTestClient(this.port).post(link, Map.of("List-Unsubscribe", "One-Click")).statusCode())
			.as("a mail program's one-click POST, without session nor CSRF token")
			.isEqualTo(200);

		String next = file("Après désabonnement " + UUID.randomUUID());
		awaitNotice(DemoUsers.AGENT, next);
		sendAll();
		assertThat(mailsAbout(next)).as("in the application only").isEmpty();
		assertThat(this.jdbc
			.queryForObject("select count(*) from outbound_emails where recipient = ? and template = 'staff/notice'"
					+ " and subject like ?", Long.class, DemoUsers.AGENT.email(), "%" + next + "%"))
			.isZero();
		assertThat(new HttpTestClient(this.port).get("/notifications/unsubscribe/" + UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void theBellCountsUnreadNoticesUntilTheyAreMarkedRead() {
		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		assertThat(sophie.submit("/notifications", "/notifications/read-all", Map.of()).statusCode()).isEqualTo(302);
		assertThat(page(sophie.get("/desk"))).contains("aria-label=\"Notifications, aucune non lue\"");

		String first = file("Premier " + UUID.randomUUID());
		String second = file("Second " + UUID.randomUUID());
		awaitNotice(DemoUsers.AGENT, first);
		awaitNotice(DemoUsers.AGENT, second);
		assertThat(page(sophie.get("/desk"))).contains("aria-label=\"Notifications, 2 non lues\"")
			.containsPattern("text-bg-warning\">2</span>");

		UUID notice = noticeId(DemoUsers.AGENT, first);
		assertThat(sophie.submit("/notifications", "/notifications/" + notice + "/read", Map.of()).statusCode())
			.isEqualTo(302);
		String list = page(sophie.get("/notifications"));
		assertThat(list).contains("aria-label=\"Notifications, 1 non lue\"")
			.contains("La notification est marquée comme lue.");
		assertThat(this.jdbc.queryForObject("select read_at is not null from staff_notices where staff_notice_id = ?",
				Boolean.class, notice))
			.isTrue();

		assertThat(sophie.submit("/notifications", "/notifications/read-all", Map.of()).statusCode()).isEqualTo(302);
		assertThat(page(sophie.get("/notifications"))).contains("aria-label=\"Notifications, aucune non lue\"")
			.doesNotContain("notice-unread");
		assertThat(unread(DemoUsers.AGENT)).isZero();
	}

	@Test
	void anotherUsersNoticeIsNotFound() {
		String number = file("Confidentiel " + UUID.randomUUID());
		awaitNotice(DemoUsers.MANAGER, number);
		UUID henris = noticeId(DemoUsers.MANAGER, number);

		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		assertThat(sophie.submit("/notifications", "/notifications/" + henris + "/read", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(
				sophie.submit("/notifications", "/notifications/" + UUID.randomUUID() + "/read", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select read_at is null from staff_notices where staff_notice_id = ?",
				Boolean.class, henris))
			.isTrue();
		assertThat(page(sophie.get("/notifications"))).doesNotContain(henris.toString());

		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		assertThat(marie.get("/notifications").statusCode()).as("customers have no notices").isEqualTo(403);
		assertThat(page(marie.get("/"))).doesNotContain("href=\"/notifications\"");
	}

	@Test
	void aForgedKindIsRefusedAndNothingIsSaved() {
		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		MultiValueMap<String, String> forged = new LinkedMultiValueMap<>();
		forged.add("mail", "NEW_TICKET");
		forged.add("mail", "EVERYTHING");
		forged.add("inApp", "SLA_BREACH");
		HttpResponse<String> refused = sophie.submit("/notifications/preferences", "/notifications/preferences",
				forged);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(page(refused)).contains("Ce type de notification n'existe pas : rien n'a été enregistré.");
		assertThat(this.jdbc.queryForObject("select count(*) from notification_preferences", Long.class)).isZero();
	}

	/**
	 * Sends the whole outbox: one run sends a batch, oldest first, and other tests of the
	 * same database may have left more than a batch.
	 */
	private void sendAll() {
		while (this.outbox.sendDue().orElse(0) > 0) {
			// next batch
		}
	}

	private String file(String subject) {
		return TicketFixtures.fileIncident(this.port, this.jdbc, subject, "<p>Rien ne va.</p>", false);
	}

	private void awaitNotice(DemoUsers user, String number) {
		await().atMost(Duration.ofSeconds(20)).until(() -> notices(user, number) == 1);
	}

	private long notices(DemoUsers user, String number) {
		return this.jdbc.queryForObject("""
				select count(*) from staff_notices n join users u on u.user_id = n.recipient_id
				where u.email = ? and n.link = ?
				""", Long.class, user.email(), "/desk/tickets/" + number);
	}

	private UUID noticeId(DemoUsers user, String number) {
		return this.jdbc.queryForObject("""
				select n.staff_notice_id from staff_notices n join users u on u.user_id = n.recipient_id
				where u.email = ? and n.link = ?
				""", UUID.class, user.email(), "/desk/tickets/" + number);
	}

	private long unread(DemoUsers user) {
		return this.jdbc.queryForObject("""
				select count(*) from staff_notices n join users u on u.user_id = n.recipient_id
				where u.email = ? and n.read_at is null
				""", Long.class, user.email());
	}

	private boolean byMail(DemoUsers user) {
		return this.jdbc.queryForObject("""
				select p.by_mail from notification_preferences p join users u on u.user_id = p.user_id
				where u.email = ? and p.kind = 'NEW_TICKET'
				""", Boolean.class, user.email());
	}

	private static List<MimeMessage> mailsAbout(String number) {
		return Mails.to(DemoUsers.AGENT.email()).stream().filter((mail) -> {
			try {
				return mail.getSubject().contains(number);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String page(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body()).replace('\u00a0', ' ');
	}

	private HttpTestClient signIn(DemoUsers user) {
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(user.email(), DemoUsers.PASSWORD);
		return client;
	}

}
