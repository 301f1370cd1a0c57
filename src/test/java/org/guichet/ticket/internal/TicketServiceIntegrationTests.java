package org.guichet.ticket.internal;

import java.util.List;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.support.DemoUsers;
import org.guichet.support.GuichetWebTest;
import org.guichet.ticket.ArticleKind;
import org.guichet.shared.storage.FileStore;
import org.guichet.ticket.ArticleView;
import org.guichet.ticket.AttachmentView;
import org.guichet.ticket.Channel;
import org.guichet.ticket.Impact;
import org.guichet.ticket.NewTicket;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.TransitionRefusedException;
import org.guichet.ticket.Upload;
import org.guichet.ticket.Urgency;
import org.guichet.ticket.internal.TicketService.TicketInputException;
import org.guichet.ticket.internal.TicketService.TicketNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The staff and requester actions on a ticket, at service level until the portal and desk
 * pages call them: each moves the workflow and writes the history in one transaction, and
 * bad input saves nothing.
 */
@GuichetWebTest
class TicketServiceIntegrationTests {

	@Autowired
	TicketService tickets;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTickets() {
		String filed = "select ticket_id from tickets where subject like 'Service %'";
		this.jdbc.update("delete from ticket_attachments where ticket_id in (" + filed + ")");
		this.jdbc.update("delete from ticket_articles where ticket_id in (" + filed + ")");
		this.jdbc.update("delete from tickets where subject like 'Service %'");
	}

	@Test
	void aTicketGoesThroughARefusedSolutionToAnAcceptedOne() {
		UserId member = user(DemoUsers.MEMBER);
		UserId agent = user(DemoUsers.AGENT);
		String number = file(organization("C-1001"), member, "Service : le bulletin ne s'édite pas",
				"<p>Depuis ce matin, <b>aucun</b> bulletin.</p><script>alert(1)</script>", Impact.PARTIAL,
				Urgency.HIGH);
		assertThat(this.tickets.state(number)).contains(TicketState.NEW);

		this.tickets.take(number, agent);
		this.tickets.askRequester(number, agent, "<p>Quel établissement ?</p>");
		assertThat(this.tickets.state(number)).contains(TicketState.WAITING_FOR_REQUESTER);
		this.tickets.requesterReplies(number, member, "<p>Le siège.</p>", List.of());
		assertThat(this.tickets.state(number)).contains(TicketState.IN_PROGRESS);
		this.tickets.reply(number, agent, "<p>Voir le ticket éditeur 4521.</p>", true);
		this.tickets.proposeSolution(number, agent, "<p>Relancez le calcul.</p>");
		assertThat(this.tickets.state(number)).contains(TicketState.RESOLVED);
		this.tickets.refuseSolution(number, member, "Le calcul échoue encore");
		assertThat(this.tickets.state(number)).contains(TicketState.IN_PROGRESS);
		this.tickets.proposeSolution(number, agent, "<p>Correctif 7.2.1 installé.</p>");
		this.tickets.acceptSolution(number, member);
		assertThat(this.tickets.state(number)).contains(TicketState.CLOSED);

		assertThat(this.tickets.history(number, false)).extracting(ArticleView::body)
			.containsExactly("<p>Depuis ce matin, <b>aucun</b> bulletin.</p>", "ticket.history.taken",
					"<p>Quel établissement ?</p>", "<p>Le siège.</p>", "<p>Relancez le calcul.</p>",
					"ticket.history.solutionProposed", "Le calcul échoue encore", "ticket.history.solutionRefused",
					"<p>Correctif 7.2.1 installé.</p>", "ticket.history.solutionProposed", "ticket.history.closed");
		assertThat(this.tickets.history(number, true)).extracting(ArticleView::kind).contains(ArticleKind.INTERNAL);
		assertThat(this.tickets.history(number, false)).extracting(ArticleView::kind)
			.as("requesters never read internal notes")
			.doesNotContain(ArticleKind.INTERNAL);

		assertThatThrownBy(() -> this.tickets.requesterReplies(number, member, "<p>Encore une chose</p>", List.of()))
			.isInstanceOf(TransitionRefusedException.class);
		assertThat(this.tickets.history(number, true)).hasSize(12);
	}

	@Test
	void aSolutionLeftUnansweredClosesTheTicketAfterTheConfiguredDelay(@Autowired UnansweredSolutions job) {
		UserId member = user(DemoUsers.MEMBER);
		UserId agent = user(DemoUsers.AGENT);
		OrganizationId townHall = organization("C-1001");
		String old = file(townHall, member, "Service : ancien", "<p>Texte</p>", Impact.MINOR, Urgency.LOW);
		String recent = file(townHall, member, "Service : récent", "<p>Texte</p>", Impact.MINOR, Urgency.LOW);
		for (String number : new String[] { old, recent }) {
			this.tickets.take(number, agent);
			this.tickets.proposeSolution(number, agent, "<p>Voici la solution.</p>");
		}
		this.jdbc.update("update tickets set resolved_at = now() - interval '11 days' where number = ?", old);
		this.jdbc.update("update tickets set resolved_at = now() - interval '9 days' where number = ?", recent);

		assertThat(job.closeDue()).hasValueSatisfying((closed) -> assertThat(closed).isPositive());
		assertThat(this.tickets.state(old)).contains(TicketState.CLOSED);
		assertThat(this.tickets.state(recent)).as("10 days by default").contains(TicketState.RESOLVED);
		assertThat(this.tickets.history(old, false)).last()
			.extracting(ArticleView::body)
			.isEqualTo("ticket.history.closedAutomatically");
		assertThat(this.jdbc.queryForObject("select closure from tickets where number = ?", String.class, old))
			.isEqualTo("AUTOMATIC");
	}

	@Test
	void filesAttachedToTheDescriptionAreCheckedThenKeptByTheirContent(@Autowired FileStore files) {
		UserId member = user(DemoUsers.MEMBER);
		OrganizationId townHall = organization("C-1001");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 };
		Upload capture = new Upload("C:\\Users\\marie\\capture.png", png.length, new ByteArrayResource(png));
		Upload forged = new Upload("facture.pdf", program.length, new ByteArrayResource(program));
		Upload huge = new Upload("journal.txt", 21L * 1024 * 1024, new ByteArrayResource(new byte[] { 'a' }));
		for (Upload refused : List.of(forged, huge)) {
			assertThatThrownBy(() -> file(townHall, member, "Service : pièces", "<p>Voir pièces</p>", Impact.MINOR,
					Urgency.LOW, List.of(capture, refused)))
				.isInstanceOfSatisfying(TicketInputException.class,
						(ex) -> assertThat(ex.field()).isEqualTo("attachments"));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from tickets where subject like 'Service %'", Long.class))
			.as("nothing saved")
			.isZero();

		String number = file(townHall, member, "Service : pièces", "<p>Voir pièces</p>", Impact.MINOR, Urgency.LOW,
				List.of(capture, capture));
		List<AttachmentView> attached = this.tickets.attachments(number);
		assertThat(attached).extracting(AttachmentView::fileName).containsExactly("capture.png", "capture.png");
		assertThat(attached).extracting(AttachmentView::mediaType).containsOnly("image/png");
		assertThat(attached.get(0).sha256()).as("one content, stored once").isEqualTo(attached.get(1).sha256());
		assertThat(files.contains(attached.get(0).sha256())).isTrue();
	}

	@Test
	void badInputIsNamedAndSavesNothing() {
		UserId member = user(DemoUsers.MEMBER);
		OrganizationId townHall = organization("C-1001");
		assertThatThrownBy(() -> file(townHall, member, "  ", "<p>Texte</p>", Impact.MINOR, Urgency.LOW))
			.isInstanceOfSatisfying(TicketInputException.class,
					(ex) -> assertThat(ex.field() + " " + ex.messageKey()).isEqualTo("subject NotBlank"));
		assertThatThrownBy(
				() -> file(townHall, member, "Service : x".repeat(40), "<p>Texte</p>", Impact.MINOR, Urgency.LOW))
			.isInstanceOfSatisfying(TicketInputException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("ticket.error.tooLong"));
		assertThatThrownBy(
				() -> file(townHall, member, "Service : vide", "<script>x</script>", Impact.MINOR, Urgency.LOW))
			.isInstanceOfSatisfying(TicketInputException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("description"));
		assertThat(this.jdbc.queryForObject("select count(*) from tickets where subject like 'Service %'", Long.class))
			.isZero();

		String number = file(townHall, member, "Service : doublon", "<p>Texte</p>", Impact.MINOR, Urgency.LOW);
		assertThatThrownBy(() -> this.tickets.cancel(number, member, " ")).isInstanceOf(TicketInputException.class);
		assertThat(this.tickets.state(number)).contains(TicketState.NEW);
		this.tickets.cancel(number, member, "Demande en double");
		assertThat(this.tickets.state(number)).contains(TicketState.CANCELLED);
		assertThatThrownBy(() -> this.tickets.take(number, user(DemoUsers.AGENT)))
			.isInstanceOf(TransitionRefusedException.class);
		assertThatThrownBy(() -> this.tickets.take("DI-1999-000000", user(DemoUsers.AGENT)))
			.isInstanceOf(TicketNotFoundException.class);
	}

	@Test
	void moreFilingsAtOnceThanThePoolHasConnectionsAllEndAndARefusedOneUsesNoNumber() throws Exception {
		OrganizationId townHall = organization("C-1001");
		UserId member = user(DemoUsers.MEMBER);
		// four times the test pool's five connections, released together: had a filing
		// held
		// its connection while waiting for another (its number's), they would wait for
		// ever
		int filings = 20;
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(filings);
		try {
			List<java.util.concurrent.Future<String>> numbers = new java.util.ArrayList<>();
			for (int i = 0; i < filings; i++) {
				String subject = "Service : demande simultanée " + i;
				numbers.add(threads.submit(() -> {
					start.await();
					return file(townHall, member, subject, "<p>Texte</p>", Impact.MINOR, Urgency.LOW);
				}));
			}
			start.countDown();
			java.util.Set<String> distinct = new java.util.HashSet<>();
			for (java.util.concurrent.Future<String> number : numbers) {
				// well under the pool's 30 s wait for a connection
				distinct.add(number.get(20, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(distinct).hasSize(filings);
		}
		finally {
			threads.shutdownNow();
		}

		String before = file(townHall, member, "Service : avant", "<p>Texte</p>", Impact.MINOR, Urgency.LOW);
		assertThatThrownBy(() -> file(townHall, member, "Service : sans impact", "<p>Texte</p>", null, Urgency.LOW))
			.isInstanceOf(TicketInputException.class);
		String after = file(townHall, member, "Service : après", "<p>Texte</p>", Impact.MINOR, Urgency.LOW);
		assertThat(Long.parseLong(after.substring(8))).isEqualTo(Long.parseLong(before.substring(8)) + 1);
	}

	private String file(OrganizationId organization, UserId requester, String subject, String description,
			Impact impact, Urgency urgency) {
		return file(organization, requester, subject, description, impact, urgency, List.of());
	}

	/**
	 * Files an incident about Winpaie, under the town hall's contract.
	 */
	private String file(OrganizationId organization, UserId requester, String subject, String description,
			Impact impact, Urgency urgency, List<Upload> uploads) {
		UUID incident = this.jdbc.queryForObject("select request_type_id from request_types where code = 'INCIDENT'",
				UUID.class);
		UUID winpaie = this.jdbc.queryForObject("select product_id from products where code = 'WINPAIE'", UUID.class);
		return this.tickets.file(new NewTicket(organization, requester, Channel.PORTAL, incident, null, winpaie,
				subject, description, impact, urgency, null, null, null, List.of(), uploads, null));
	}

	private OrganizationId organization(String code) {
		return new OrganizationId(this.jdbc
			.queryForObject("select organization_id from organizations where customer_code = ?", UUID.class, code));
	}

	private UserId user(DemoUsers user) {
		return new UserId(
				this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class, user.email()));
	}

}
