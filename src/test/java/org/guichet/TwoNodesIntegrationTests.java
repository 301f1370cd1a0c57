package org.guichet;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.guichet.notification.Outbox;
import org.guichet.notification.OutgoingMail;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.sla.internal.SlaJob;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.Mails;
import org.guichet.support.TestDatabase;
import org.guichet.support.TestMailServer;
import org.guichet.support.TicketFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Guichet nodes, as two instances behind a load balancer: one database, one file
 * store, one SMTP server. A session opened on one node serves on the other, a desk lock
 * taken on one is seen on the other, and each scheduled job works on one node at a time,
 * so that no mail goes out twice. Each node is a whole application context on a port of
 * its own; the jobs are called here rather than scheduled, to know when they overlap.
 */
class TwoNodesIntegrationTests {

	private static final String DATABASE = "guichet_two_nodes";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void startTwoNodesOnOneDatabaseAndOneFileStore() {
		Path sharedDataDir = Path.of("target", "two-nodes", UUID.randomUUID().toString());
		nodeA = start(sharedDataDir);
		nodeB = start(sharedDataDir);
		jdbc = nodeA.getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void stopBothNodes() {
		try (ConfigurableApplicationContext a = nodeA; ConfigurableApplicationContext b = nodeB) {
			TestMailServer.clear();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// The test initializer gives each node a pool of five connections at most.
		return new SpringApplicationBuilder(GuichetApplication.class).run("--server.port=0",
				"--guichet.test.database=" + DATABASE, "--guichet.data-dir=" + dataDir,
				"--guichet.notification.batch-size=3", "--spring.jmx.enabled=false");
	}

	@Test
	void aSessionOpenedOnOneNodeServesOnTheOtherUntilSignedOutThere() {
		HttpTestClient onA = new HttpTestClient(port(nodeA));
		assertThat(onA.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD).statusCode()).isEqualTo(302);
		HttpTestClient onB = onA.sameBrowserOn(port(nodeB));

		HttpResponse<String> desk = onB.get("/desk");
		assertThat(desk.statusCode()).as("signed in on A, served by B").isEqualTo(200);
		assertThat(page(desk)).contains("Tâches").contains("Sophie Agent");

		// a form rendered by A posted to B: its CSRF token is in the shared session
		String tokenFromA = HttpTestClient.csrfToken(onA.get("/desk").body());
		HttpResponse<String> signOut = onB.post("/logout", Map.of("_csrf", tokenFromA));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).as("signed out, not refused").endsWith("/login?logout"));

		HttpResponse<String> afterwards = onA.get("/desk");
		assertThat(afterwards.statusCode()).as("signed out on B, gone on A").isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void aPublicFormRenderedByOneNodeIsAcceptedOnceByEither() {
		HttpTestClient onA = new HttpTestClient(port(nodeA));
		HttpTestClient onB = onA.sameBrowserOn(port(nodeB));
		String form = onA.get("/password/forgot").body();
		Map<String, String> fields = Map.of("_csrf", HttpTestClient.csrfToken(form), "email", "personne@example.org",
				"altcha", HttpTestClient.solveBotChallenge(form).orElseThrow());

		HttpResponse<String> sent = onB.post("/password/forgot", fields);
		assertThat(sent.statusCode()).as("the challenge of A checked by B").isEqualTo(200);
		assertThat(page(sent)).contains("Si un compte existe pour cette adresse");
		assertThat(onA.post("/password/forgot", fields).statusCode()).as("no replay on the other node").isEqualTo(400);
	}

	@Test
	void aDeskLockTakenOnOneNodeKeepsTheTicketReadOnlyOnTheOtherUntilReleased() {
		String number = TicketFixtures.fileIncident(port(nodeA), jdbc, "Deux nœuds " + UUID.randomUUID(),
				"<p>Un agent sur chaque nœud.</p>", true);
		HttpTestClient sophieOnA = signIn(DemoUsers.AGENT, nodeA);
		assertThat(page(sophieOnA.get("/desk/tickets/" + number))).contains("Vous traitez cette demande");

		HttpTestClient henriOnB = signIn(DemoUsers.MANAGER, nodeB);
		assertThat(page(henriOnB.get("/desk/tickets/" + number)))
			.containsPattern("Verrouillée par Sophie Agent depuis \\d\\d:\\d\\d")
			.doesNotContain("id=\"write-form\"");
		HttpResponse<String> refused = henriOnB.submit("/desk", "/desk/tickets/" + number + "/take", Map.of("version",
				jdbc.queryForObject("select version::text from tickets where number = ?", String.class, number)));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(page(refused)).contains("Sophie Agent traite cette demande depuis");

		// the file uploaded through A is in the shared store, so B serves it
		String file = jdbc.queryForObject("select a.attachment_id::text from ticket_attachments a"
				+ " join tickets t on t.ticket_id = a.ticket_id where t.number = ?", String.class, number);
		HttpResponse<byte[]> download = henriOnB.bytes("/desk/tickets/" + number + "/files/" + file);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(TicketFixtures.PNG);

		assertThat(sophieOnA.submit("/desk", "/desk/tickets/" + number + "/unlock", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(page(henriOnB.get("/desk/tickets/" + number))).as("released on A, free on B")
			.contains("Vous traitez cette demande");
		assertThat(page(sophieOnA.get("/desk/tickets/" + number)))
			.containsPattern("Verrouillée par Henri Manager depuis \\d\\d:\\d\\d");
	}

	@Test
	void theOutboxJobWorksOnOneNodeAtATimeAndSendsEveryMailOnce() throws Exception {
		drainOutbox();
		TestMailServer.clear();
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String recipient = "two-nodes-" + i + "-" + UUID.randomUUID() + "@example.org";
			recipients.add(recipient);
			enqueue((i % 2 == 0) ? nodeA : nodeB, recipient);
		}
		OutboxSender senderA = nodeA.getBean(OutboxSender.class);
		OutboxSender senderB = nodeB.getBean(OutboxSender.class);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// A's run is held inside the job: it has sent one mail and waits to record it
			CompletableFuture<Optional<Integer>> runOnA;
			try (Connection holder = rowLock("select 1 from outbound_emails where state = 'PENDING' for update")) {
				runOnA = CompletableFuture.supplyAsync(senderA::sendDue, threads);
				awaitBlockedOnARowLock();
				assertThat(TestMailServer.received()).as("A sent its first mail").hasSize(1);
				// B finds the job's lock taken and does nothing; without the lock it
				// would
				// send that mail again, still pending
				assertThat(CompletableFuture.supplyAsync(senderB::sendDue, threads))
					.as("B returns at once, the job's lock taken")
					.succeedsWithin(PATIENCE)
					.isEqualTo(Optional.empty());
				assertThat(runOnA).isNotDone();
				holder.rollback();
			}
			assertThat(runOnA.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).contains(3);

			// then both nodes run the job at the same moment until the outbox is empty
			CyclicBarrier together = new CyclicBarrier(2);
			int rounds = 0;
			while (pendingMails() > 0) {
				assertThat(++rounds).as("rounds to drain the outbox").isLessThan(50);
				Future<Optional<Integer>> onA = threads.submit(() -> runTogether(together, senderA::sendDue));
				Future<Optional<Integer>> onB = threads.submit(() -> runTogether(together, senderB::sendDue));
				onA.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
				onB.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		for (String recipient : recipients) {
			assertThat(Mails.to(recipient)).as("mails to " + recipient).hasSize(1);
		}
		List<String> ids = Arrays.stream(TestMailServer.received())
			.map((message) -> header(message, "X-Guichet-Message-Id"))
			.toList();
		assertThat(ids).as("no mail sent twice").doesNotHaveDuplicates().hasSize(recipients.size());
	}

	@Test
	void theSlaJobWorksOnOneNodeAtATimeAndAlertsOnce() throws Exception {
		String number = TicketFixtures.fileIncident(port(nodeA), jdbc, "Délai sur deux nœuds " + UUID.randomUUID(),
				"<p>En retard.</p>", false);
		// alerts go out at any hour, and the ticket's ten days have passed
		jdbc.update("update sla_settings set working_days = '1,2,3,4,5,6,7', opens = '00:00', closes = '23:59:59',"
				+ " french_holidays = false");
		UUID ticket = jdbc.queryForObject("select ticket_id from tickets where number = ?", UUID.class, number);
		jdbc.update("update ticket_clock_events set at = at - interval '11 days' where ticket_id = ?", ticket);
		jdbc.update("update ticket_clocks set next_check_at = now() - interval '1 minute' where ticket_id = ?", ticket);
		drainOutbox();
		TestMailServer.clear();
		SlaJob jobA = nodeA.getBean(SlaJob.class);
		SlaJob jobB = nodeB.getBean(SlaJob.class);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Void> runOnA;
			try (Connection holder = rowLock("select 1 from tickets where ticket_id = '" + ticket + "' for update")) {
				runOnA = CompletableFuture.runAsync(jobA::run, threads);
				awaitBlockedOnARowLock();
				// B finds the job's lock taken and returns at once; without the lock it
				// would
				// wait for the same ticket as A
				assertThat(CompletableFuture.runAsync(jobB::run, threads)).as("B returns at once, the job's lock taken")
					.succeedsWithin(PATIENCE);
				assertThat(slaStatus(number)).as("B did not read the clock").isNotEqualTo("LATE");
				assertThat(runOnA).isNotDone();
				holder.rollback();
			}
			runOnA.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(slaStatus(number)).isEqualTo("LATE");
		jobB.run();
		drainOutbox();
		assertThat(Mails.to(DemoUsers.MANAGER.email())
			.stream()
			.filter((mail) -> subject(mail).contains("Retard :") && Mails.text(mail).contains(number)))
			.as("the manager of the category is alerted once")
			.hasSize(1);
	}

	private static void enqueue(ConfigurableApplicationContext node, String recipient) {
		OutgoingMail invitation = new OutgoingMail(recipient, "account/invitation", Locale.FRENCH,
				Map.of("name", "Jeanne Martin", "organizationName", "Mairie de Saint-Exemple", "email", recipient,
						"activationLink", "http://localhost:8080/activate/abc", "expiresOn", "20/02/2027"),
				List.of());
		node.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> node.getBean(Outbox.class).enqueue(invitation));
	}

	private static Optional<Integer> runTogether(CyclicBarrier barrier, Supplier<Optional<Integer>> job)
			throws Exception {
		barrier.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		return job.get();
	}

	private static void drainOutbox() {
		OutboxSender sender = nodeA.getBean(OutboxSender.class);
		while (sender.sendDue().orElse(0) > 0) {
			// until every due mail is sent
		}
	}

	private static long pendingMails() {
		return jdbc.queryForObject("select count(*) from outbound_emails where state = 'PENDING'", Long.class);
	}

	/**
	 * Locks rows in a transaction of its own, as another node's work in progress would;
	 * closing the connection without commit releases them.
	 */
	private static Connection rowLock(String select) throws SQLException {
		Connection connection = DriverManager.getConnection(TestDatabase.url(DATABASE));
		connection.setAutoCommit(false);
		try (PreparedStatement statement = connection.prepareStatement(select)) {
			statement.executeQuery().close();
		}
		return connection;
	}

	private static void awaitBlockedOnARowLock() {
		await().atMost(PATIENCE)
			.until(() -> jdbc.queryForObject(
					"select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
					Long.class) > 0);
	}

	private static String slaStatus(String number) {
		return jdbc.queryForObject("select sla_status from tickets where number = ?", String.class, number);
	}

	private static HttpTestClient signIn(DemoUsers user, ConfigurableApplicationContext node) {
		HttpTestClient client = new HttpTestClient(port(node));
		assertThat(client.signIn(user.email(), DemoUsers.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private static int port(ConfigurableApplicationContext node) {
		return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	private static String page(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body()).replace('\u00a0', ' ');
	}

	private static String subject(MimeMessage mail) {
		return call(mail, MimeMessage::getSubject);
	}

	private static String header(MimeMessage mail, String name) {
		return call(mail, (message) -> message.getHeader(name)[0]);
	}

	private static String call(MimeMessage mail, MailFunction read) {
		try {
			return read.apply(mail);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface MailFunction {

		String apply(MimeMessage mail) throws MessagingException;

	}

}
