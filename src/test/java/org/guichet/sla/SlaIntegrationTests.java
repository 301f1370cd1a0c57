package org.guichet.sla;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.guichet.account.UserId;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.sla.internal.SlaJob;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.Mails;
import org.guichet.support.MutableClock;
import org.guichet.support.RestoreDemoUsersExtension;
import org.guichet.support.TestMailServer;
import org.guichet.support.TicketFixtures;
import org.guichet.ticket.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Service levels as time passes, on a clock the test moves: the clock pauses while the
 * requester is to answer, the stored flags turn urgent then late when the job runs, the
 * desk counts them, alerts go out once per threshold and only in working hours, and a
 * changed policy recomputes open tickets from their history.
 */
@ExtendWith(RestoreDemoUsersExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "guichet.test.database=guichet_sla")
@Import(SlaIntegrationTests.MovingClock.class)
class SlaIntegrationTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** Tuesday 1 December 2026, 9:00 in Paris. */
	private static final Instant START = LocalDateTime.of(2026, 12, 1, 9, 0).atZone(PARIS).toInstant();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	SlaJob job;

	@Autowired
	OutboxSender outbox;

	@Autowired
	Tickets tickets;

	@TestConfiguration(proxyBeanMethods = false)
	static class MovingClock {

		@Bean
		@Primary
		MutableClock movingClock() {
			return new MutableClock(START);
		}

	}

	@AfterEach
	void defaultLevelsOnly() {
		this.jdbc.update("delete from sla_type_policies");
	}

	@Test
	void flagsTurnUrgentThenLateAsTimePassesWithAlertsOncePerThresholdInWorkingHours() throws MessagingException {
		this.clock.set(START);
		String number = TicketFixtures.fileIncident(this.port, this.jdbc, "Délai " + UUID.randomUUID(),
				"<p>La paie ne se calcule plus.</p>", false);
		UserId sophie = user(DemoUsers.AGENT);
		this.tickets.take(number, sophie);
		assertThat(clockOf(number)).containsEntry("state", "RUNNING").containsEntry("status", "ON_TIME");
		assertThat(dueAt(number)).as("ten calendar days by default").isEqualTo(START.plus(Duration.ofDays(10)));
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		assertThat(page(marie.get("/tickets/" + number))).as("the requester sees the due date")
			.contains("Réponse prévue avant le")
			.contains(shown(START.plus(Duration.ofDays(10))));
		TestMailServer.clear();

		// Tuesday 8 December, 10:00: inside the three days' reminder window
		this.clock.set(at(2026, 12, 8, 10, 0));
		this.job.run();
		assertThat(status(number)).isEqualTo("URGENT");
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		assertThat(page(agent.get("/desk"))).containsPattern("id=\"tile-urgent\"[^>]*>\\s*<span class=\"card-body\">"
				+ "<span class=\"d-block display-6\">" + urgentCountFor(DemoUsers.AGENT) + "</span>");
		assertThat(page(agent.get("/desk/tickets?deadline=URGENT"))).contains(">" + number + "<");
		assertThat(page(agent.get("/desk/tickets?deadline=LATE"))).doesNotContain(">" + number + "<");
		drainOutbox();
		assertThat(alertsAbout(number, DemoUsers.AGENT)).as("the assigned agent is reminded").hasSize(1);
		assertThat(alertsAbout(number, DemoUsers.MANAGER)).as("so is the manager of the category").hasSize(1);
		this.job.run();
		drainOutbox();
		assertThat(alertsAbout(number, DemoUsers.AGENT)).as("once per threshold").hasSize(1);

		// the agent asks a question: the clock pauses until Thursday's answer
		this.tickets.askRequester(number, sophie, "<p>Quelle version ?</p>");
		assertThat(clockOf(number)).containsEntry("state", "PAUSED");
		this.clock.set(at(2026, 12, 10, 10, 0));
		this.job.run();
		assertThat(clockOf(number)).as("the question paused the clock")
			.containsEntry("state", "PAUSED")
			.containsEntry("status", "ON_TIME");
		String ticket = "/tickets/" + number;
		assertThat(marie.submit(ticket, ticket + "/complement", Map.of("complement", "La 12.4")).statusCode())
			.isEqualTo(302);
		assertThat(clockOf(number)).containsEntry("state", "RUNNING").containsEntry("status", "URGENT");
		assertThat(dueAt(number)).as("two days paused push the due date by two days")
			.isEqualTo(START.plus(Duration.ofDays(12)));

		// Sunday 13 December, noon: late, but nobody is alerted on a Sunday
		this.clock.set(at(2026, 12, 13, 12, 0));
		this.job.run();
		assertThat(status(number)).isEqualTo("LATE");
		assertThat(page(agent.get("/desk/tickets?deadline=LATE"))).contains(">" + number + "<");
		drainOutbox();
		assertThat(breachesAbout(number, DemoUsers.AGENT)).isEmpty();

		// Monday 9:30: the breach alert goes out, once
		this.clock.set(at(2026, 12, 14, 9, 30));
		this.job.run();
		this.job.run();
		drainOutbox();
		assertThat(breachesAbout(number, DemoUsers.AGENT)).hasSize(1);
		assertThat(breachesAbout(number, DemoUsers.MANAGER)).hasSize(1);

		String explained = text(agent.get("/desk/tickets/" + number));
		assertThat(explained).contains("Délai (SLA)")
			.contains("Échéance dépassée depuis le " + shown(START.plus(Duration.ofDays(12))))
			.contains("Pause (attente du demandeur ou validation)")
			.contains("Reprise")
			.contains("Temps consommé :");

		this.tickets.proposeSolution(number, sophie, "<p>Corrigé.</p>");
		assertThat(clockOf(number)).containsEntry("state", "PAUSED");
	}

	@Test
	void aManagerGivesTheRequestTypeItsOwnLevelAndOpenTicketsAreRecomputed() {
		this.clock.set(START);
		String number = TicketFixtures.fileIncident(this.port, this.jdbc, "Politique " + UUID.randomUUID(),
				"<p>Imprimante hors ligne.</p>", false);
		String incident = this.jdbc
			.queryForObject("select request_type_id::text from request_types where code = 'INCIDENT'", String.class);
		String page = "/admin/request-types/" + incident + "/sla";

		HttpTestClient nadia = signIn(DemoUsers.LAWYER);
		assertThat(nadia.get(page).statusCode()).as("an agent who manages no category").isEqualTo(403);

		HttpTestClient henri = signIn(DemoUsers.MANAGER);
		HttpResponse<String> wrong = henri.submit(page, page, level("WORKING_TIME", "2", "DAYS", "3", "DAYS"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(page(wrong)).contains("Le rappel doit venir avant l'échéance");
		Map<String, String> notANumber = level("WORKING_TIME", "deux", "DAYS", "1", "HOURS");
		HttpResponse<String> typo = henri.submit(page, page, notANumber);
		assertThat(typo.statusCode()).isEqualTo(400);
		assertThat(page(typo)).contains("Saisissez un nombre entier positif et son unité.");
		assertThat(this.jdbc.queryForObject("select count(*) from sla_type_policies", Long.class)).as("nothing saved")
			.isZero();

		assertThat(henri.submit(page, page, level("WORKING_TIME", "2", "DAYS", "4", "HOURS")).statusCode())
			.isEqualTo(302);
		// two working days of nine hours from Tuesday 9:00: Wednesday 18:00
		Instant expected = at(2026, 12, 2, 18, 0);
		await().atMost(Duration.ofSeconds(20)).until(() -> expected.equals(dueAt(number)));
		assertThat(text(henri.get("/desk/tickets/" + number))).contains("Objectif modifié : 10 j calendaires")
			.contains("Objectif du type de demande : 18 h ouvrées, rappel 4 h");

		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		MultiValueMap<String, String> badZone = settings("10", "Lune/Cratère");
		badZone.set("detailedAlerts", "peut-être");
		HttpResponse<String> refused = admin.submit("/admin/sla", "/admin/sla", badZone);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(page(refused)).contains("Ce fuseau horaire est inconnu");

		assertThat(henri.submit(page, page + "/delete", Map.of()).statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).until(() -> START.plus(Duration.ofDays(10)).equals(dueAt(number)));

		// the default level changes: the type now follows it, and its open tickets move
		// too
		assertThat(admin.submit("/admin/sla", "/admin/sla", settings("5", "Europe/Paris")).statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).until(() -> START.plus(Duration.ofDays(5)).equals(dueAt(number)));
		assertThat(admin.submit("/admin/sla", "/admin/sla", settings("10", "Europe/Paris")).statusCode())
			.isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).until(() -> START.plus(Duration.ofDays(10)).equals(dueAt(number)));
	}

	/**
	 * @return the settings form: the standard calendar, the default level of
	 * {@code targetDays} calendar days with a reminder 3 days before
	 */
	private MultiValueMap<String, String> settings(String targetDays, String zone) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		level("CALENDAR_TIME", targetDays, "DAYS", "3", "DAYS")
			.forEach((key, value) -> form.add("level." + key, value));
		List.of("1", "2", "3", "4", "5").forEach((day) -> form.add("workingDays", day));
		form.add("opens", "09:00");
		form.add("closes", "18:00");
		form.add("zone", zone);
		form.add("frenchHolidays", "true");
		form.add("detailedAlerts", "true");
		form.add("version", this.jdbc.queryForObject("select version::text from sla_settings", String.class));
		return form;
	}

	private static Map<String, String> level(String measure, String target, String targetUnit, String reminder,
			String reminderUnit) {
		Map<String, String> fields = new HashMap<>();
		fields.put("measure", measure);
		fields.put("target", target);
		fields.put("targetUnit", targetUnit);
		fields.put("reminder", reminder);
		fields.put("reminderUnit", reminderUnit);
		fields.put("firstResponse", "");
		fields.put("firstResponseUnit", "HOURS");
		fields.put("shownToRequester", "true");
		return fields;
	}

	private void drainOutbox() {
		while (this.outbox.sendDue().orElse(0) > 0) {
			// until every due mail is sent
		}
	}

	private long urgentCountFor(DemoUsers user) {
		return this.jdbc.queryForObject(
				"""
						select count(*) from tickets t where t.sla_status = 'URGENT' and t.state not in ('CLOSED', 'CANCELLED')
						  and t.category_id in (select r.category_id from category_rights r join users u on u.user_id = r.user_id
						    where u.email = ?)
						""",
				Long.class, user.email());
	}

	private List<MimeMessage> alertsAbout(String number, DemoUsers user) {
		return about(number, user, "Rappel de délai");
	}

	private List<MimeMessage> breachesAbout(String number, DemoUsers user) {
		return about(number, user, "Retard :");
	}

	private static List<MimeMessage> about(String number, DemoUsers user, String subjectPart) {
		return Mails.to(user.email()).stream().filter((mail) -> {
			try {
				return mail.getSubject().contains(subjectPart) && Mails.text(mail).contains(number);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private Map<String, Object> clockOf(String number) {
		return this.jdbc.queryForMap("select c.state, c.status from ticket_clocks c"
				+ " join tickets t on t.ticket_id = c.ticket_id where t.number = ?", number);
	}

	private String status(String number) {
		return this.jdbc.queryForObject("select sla_status from tickets where number = ?", String.class, number);
	}

	private Instant dueAt(String number) {
		Timestamp due = this.jdbc.queryForObject("select sla_due_at from tickets where number = ?", Timestamp.class,
				number);
		return (due != null) ? due.toInstant() : null;
	}

	private UserId user(DemoUsers user) {
		return new UserId(
				this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class, user.email()));
	}

	/**
	 * @return the moment as pages show it
	 */
	private static String shown(Instant instant) {
		return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.systemDefault()).format(instant);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(PARIS).toInstant();
	}

	/**
	 * @return the page's text, without its tags, its spaces collapsed
	 */
	private static String text(HttpResponse<String> response) {
		return page(response).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").replace(" ,", ",");
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
