package org.guichet.ticket;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guichet.account.UserId;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.TicketsWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requester's pages over HTTP: filing from the form of a request type, the list and
 * its filters, the ticket's page and what its owner may do there, files and prints, and
 * who may see what.
 */
@TicketsWebTest
class TicketPortalIntegrationTests {

	private static final Pattern NUMBER = Pattern.compile("/tickets/(DI-\\d{4}-\\d{6})");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Tickets tickets;

	@Test
	void aMemberFilesAnIncidentWithAFileAndFindsItInTheListAndTheOutbox() {
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		UUID incident = type("INCIDENT");
		String subject = "Bulletins faux " + UUID.randomUUID();
		Map<String, String> fields = incidentFields(incident, subject);
		fields.put("watchers", "compta@saint-exemple.fr");
		HttpResponse<String> filed = marie.upload("/tickets/new?type=" + incident, "/tickets", fields, "attachments",
				"capture.png", PNG);
		assertThat(filed.statusCode()).isEqualTo(302);
		String number = number(filed.headers().firstValue("Location").orElseThrow());

		String page = page(marie.get("/tickets/" + number));
		assertThat(page).contains(subject)
			.contains("À traiter")
			.contains("Winpaie")
			.contains("capture.png")
			.contains("compta@saint-exemple.fr")
			.contains("1 place de la Mairie");
		assertThat(page(marie.get("/tickets?q=" + subject.substring(15)))).contains(number);
		assertThat(page(marie.get("/tickets?q=" + UUID.randomUUID()))).doesNotContain(number);

		String file = this.jdbc.queryForObject("select a.attachment_id::text from ticket_attachments a"
				+ " join tickets t on t.ticket_id = a.ticket_id where t.number = ?", String.class, number);
		HttpResponse<String> download = marie.get("/tickets/" + number + "/files/" + file);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("capture.png");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("sandbox");
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");

		HttpResponse<String> pdf = marie.get("/tickets/" + number + "/print.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF-");

		assertThat(outbox(number)).as("the acknowledgement to the requester and the watcher")
			.containsExactlyInAnyOrder("marie.durand@saint-exemple.fr", "compta@saint-exemple.fr");
		String text = this.jdbc.queryForObject(
				"select text_body from outbound_emails where recipient = 'compta@saint-exemple.fr' and subject like ?",
				String.class, "%" + number + "%");
		assertThat(text).contains("e-mails de suivi").contains("/tickets/" + number);
	}

	@Test
	void badInputIsShownNextToItsFieldAndNothingIsSaved() {
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		UUID incident = type("INCIDENT");
		long before = count();
		Map<String, String> empty = incidentFields(incident, "  ");
		HttpResponse<String> noSubject = marie.submit("/tickets/new?type=" + incident, "/tickets", empty);
		assertThat(noSubject.statusCode()).isEqualTo(400);
		assertThat(page(noSubject)).contains("Ce champ est obligatoire.")
			.contains("Une imprimante ne marche plus")
			.contains("id=\"subject-error\"");

		Map<String, String> forged = incidentFields(incident, "Fichier " + UUID.randomUUID());
		HttpResponse<String> exe = marie.upload("/tickets/new?type=" + incident, "/tickets", forged, "attachments",
				"photo.png", "MZ this is no picture".getBytes(StandardCharsets.UTF_8));
		assertThat(exe.statusCode()).isEqualTo(400);
		assertThat(page(exe)).contains("Le contenu de ce fichier ne correspond pas à son extension.")
			.contains("choisissez-les de nouveau");

		Map<String, String> otherProduct = incidentFields(incident, "Produit " + UUID.randomUUID());
		otherProduct.put("productId",
				this.jdbc.queryForObject("select product_id::text from products where code = 'NOTILUS'", String.class));
		assertThat(page(marie.submit("/tickets/new?type=" + incident, "/tickets", otherProduct)))
			.contains("Choisissez un produit couvert par un contrat actif de votre organisation.");

		byte[] huge = new byte[21 * 1024 * 1024];
		System.arraycopy(PNG, 0, huge, 0, PNG.length);
		HttpResponse<String> tooLarge = marie.upload("/tickets/new?type=" + incident, "/tickets",
				incidentFields(incident, "Gros fichier " + UUID.randomUUID()), "attachments", "scan.png", huge);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(page(tooLarge)).doesNotContain("Exception").contains("<h1");

		Map<String, String> noType = incidentFields(incident, "Type " + UUID.randomUUID());
		noType.put("requestTypeId", "not-a-type");
		assertThat(marie.submit("/tickets/new?type=" + incident, "/tickets", noType).statusCode()).isEqualTo(400);
		Map<String, String> forgedImpact = incidentFields(incident, "Impact " + UUID.randomUUID());
		forgedImpact.put("impact", "APOCALYPSE");
		HttpResponse<String> badImpact = marie.submit("/tickets/new?type=" + incident, "/tickets", forgedImpact);
		assertThat(badImpact.statusCode()).isEqualTo(400);
		assertThat(page(badImpact)).contains("Cette valeur n'est pas valable.").doesNotContain("Failed to convert");
		assertThat(marie.get("/tickets?q=%00abc").statusCode()).isEqualTo(200);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theOwnerRefusesThenAcceptsWithTheSurveyAndAColleagueOnlyReads() {
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		String number = fileAsMarie(marie, "Refus puis accord " + UUID.randomUUID());
		UserId agent = user("agent@editions-exemple.fr");
		this.tickets.take(number, agent);
		this.tickets.reply(number, agent, "<p>Note entre agents : client connu</p>", true);
		this.tickets.proposeSolution(number, agent, "<p>Première solution</p>");
		String ticket = "/tickets/" + number;
		assertThat(page(marie.get(ticket))).contains("Clôture à valider")
			.contains("Première solution")
			.doesNotContain("Note entre agents");

		assertThat(marie.submit(ticket, ticket + "/reply", Map.of("body", "Toujours en panne")).statusCode())
			.as("a solution is refused with a reason, not answered beside")
			.isEqualTo(409);
		HttpResponse<String> noReason = marie.submit(ticket, ticket + "/refuse", Map.of("reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(page(noReason)).contains("Ce champ est obligatoire.");
		assertThat(marie.submit(ticket, ticket + "/refuse", Map.of("reason", "Toujours en panne")).statusCode())
			.isEqualTo(302);
		assertThat(state(number)).isEqualTo("IN_PROGRESS");
		this.tickets.askRequester(number, agent, "<p>Quel navigateur ?</p>");
		assertThat(marie.submit(ticket, ticket + "/complement", Map.of("complement", "Firefox")).statusCode())
			.isEqualTo(302);
		assertThat(state(number)).as("a complement answers the question").isEqualTo("IN_PROGRESS");

		this.tickets.proposeSolution(number, agent, "<p>Seconde solution</p>");
		HttpResponse<String> eleven = marie.submit(ticket, ticket + "/accept", Map.of("score", "11"));
		assertThat(eleven.statusCode()).isEqualTo(400);
		assertThat(page(eleven)).contains("La note va de 0 à 10.");
		assertThat(state(number)).isEqualTo("RESOLVED");
		assertThat(marie
			.submit(ticket, ticket + "/accept",
					Map.of("score", "9", "delay", "SATISFIED", "human", "VERY_SATISFIED", "comment", "Merci"))
			.statusCode()).isEqualTo(302);
		assertThat(state(number)).isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForMap("select score, human, comment from ticket_surveys s join tickets t"
				+ " on t.ticket_id = s.ticket_id where t.number = ?", number))
			.containsEntry("score", 9)
			.containsEntry("human", "VERY_SATISFIED")
			.containsEntry("comment", "Merci");
		assertThat(page(marie.get(ticket))).contains("Note donnée : 9 sur 10");

		HttpTestClient paul = signIn(DemoUsers.ORGANIZATION_ADMIN);
		assertThat(page(paul.get(ticket))).contains("Seul son demandeur, Marie Durand, peut y répondre");
		assertThat(paul.submit(ticket, ticket + "/reply", Map.of("body", "Moi aussi")).statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForList(
				"select recipient from outbound_emails where template = 'ticket/update'" + " and subject like ?",
				String.class, "%" + number + "%"))
			.as("filed, taken, solution, question, solution, closed: to the requester only, none for the note")
			.hasSize(6)
			.containsOnly("marie.durand@saint-exemple.fr");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from outbound_emails where subject like ?"
						+ " and (text_body like '%Note entre agents%' or html_body like '%Note entre agents%')",
				Long.class, "%" + number + "%"))
			.isZero();
	}

	@Test
	void theOwnerWritesCompletesAddsWatchersAndCancelsWhileNew() {
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		String number = fileAsMarie(marie, "À annuler " + UUID.randomUUID());
		String ticket = "/tickets/" + number;
		HttpResponse<String> badWatcher = marie.submit(ticket, ticket + "/watchers", Map.of("watcher", "pas une"));
		assertThat(badWatcher.statusCode()).isEqualTo(400);
		assertThat(page(badWatcher)).contains("Indiquez des adresses e-mail valides.");
		marie.submit(ticket, ticket + "/watchers", Map.of("watcher", "Dgs@Saint-Exemple.fr"));
		assertThat(page(marie.get(ticket))).contains("dgs@saint-exemple.fr");
		assertThat(marie.submit(ticket, ticket + "/complement", Map.of("complement", "<p>Depuis l'export</p>"))
			.statusCode()).isEqualTo(302);
		assertThat(page(marie.get(ticket))).contains("Description complétée").contains("Depuis l'export");
		assertThat(page(marie.get("/tickets?q=l'export"))).as("the text of messages, apostrophes included")
			.contains(">" + number + "</a>");
		assertThat(this.jdbc.queryForList("select recipient from outbound_emails where subject like ?"
				+ " and subject like '%ajouté un message%'", String.class, "%" + number + "%"))
			.as("the watcher reads the complement, the requester is not told of her own message")
			.containsExactly("dgs@saint-exemple.fr");
		assertThat(marie.submit(ticket, ticket + "/cancel", Map.of("reason", "Doublon")).statusCode()).isEqualTo(302);
		assertThat(state(number)).isEqualTo("CANCELLED");
		HttpResponse<String> late = marie.submit("/tickets/new?type=" + type("INCIDENT"), ticket + "/reply",
				Map.of("body", "Encore là ?"));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(page(marie.get("/tickets"))).doesNotContain(number);
		assertThat(page(marie.get("/tickets?closed=true"))).contains(number);
		assertThat(page(marie.get("/tickets?state=CANCELLED"))).contains(number);
	}

	@Test
	void anOrganizationAdministratorGivesATicketToAnotherMember() {
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		String number = fileAsMarie(marie, "À réaffecter " + UUID.randomUUID());
		String ticket = "/tickets/" + number;
		String paulId = user("paul.lefebvre@saint-exemple.fr").value().toString();
		assertThat(marie.submit(ticket, ticket + "/owner", Map.of("owner", paulId)).statusCode()).isEqualTo(403);
		HttpTestClient paul = signIn(DemoUsers.ORGANIZATION_ADMIN);
		HttpResponse<String> stranger = paul.submit(ticket, ticket + "/owner",
				Map.of("owner", user("luc.moreau@transports-dupuis.fr").value().toString()));
		assertThat(stranger.statusCode()).isEqualTo(400);
		assertThat(page(stranger)).contains("Choisissez un membre actif de l'organisation.");
		assertThat(paul.submit(ticket, ticket + "/owner", Map.of("owner", paulId)).statusCode()).isEqualTo(302);
		assertThat(page(paul.get(ticket))).contains("La demande a un nouveau demandeur.")
			.contains("Demande réaffectée à un autre demandeur")
			.doesNotContain("Seul son demandeur");
		assertThat(page(marie.get(ticket))).contains("Seul son demandeur, Paul Lefebvre");

		this.jdbc.update("update users set state = 'BLOCKED' where email = ?", DemoUsers.ORGANIZATION_ADMIN.email());
		assertThat(page(marie.get(ticket))).as("restored after the test").contains("Demande à réaffecter");
	}

	@Test
	void staffAtTheCounterFileForTheHouseholdsResponsibleAdult() {
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		assertThat(agent.get("/tickets").statusCode()).as("staff act for nobody outside the counter").isEqualTo(404);
		String martins = "/desk/households/" + this.jdbc.queryForObject(
				"select organization_id::text from organizations where customer_code = 'F-2001'", String.class);
		assertThat(agent.submit(martins, martins + "/counter", Map.of()).statusCode()).isEqualTo(302);
		UUID civilStatus = type("ETAT_CIVIL");
		Map<String, String> fields = new HashMap<>();
		fields.put("requestTypeId", civilStatus.toString());
		fields.put("subject", "Acte de naissance de Léa " + UUID.randomUUID());
		fields.put("description", "<p>Copie intégrale demandée au guichet</p>");
		HttpResponse<String> filed = agent.submit("/tickets/new?type=" + civilStatus, "/tickets", fields);
		assertThat(filed.statusCode()).isEqualTo(302);
		String number = number(filed.headers().firstValue("Location").orElseThrow());
		assertThat(this.jdbc.queryForMap("select t.channel, u.email from tickets t join users u"
				+ " on u.user_id = t.requester_id where t.number = ?", number))
			.containsEntry("channel", "DESK")
			.containsEntry("email", DemoUsers.HOUSEHOLD_MEMBER.email());
		String ticket = "/tickets/" + number;
		assertThat(agent.submit(ticket, ticket + "/reply", Map.of("body", "<p>Pièce d'identité vue</p>")).statusCode())
			.as("staff at the counter act for the household")
			.isEqualTo(302);
		assertThat(this.jdbc.queryForList(
				"select details from security_events where type = 'HOUSEHOLD_CHANGED'" + " and details like ?",
				String.class, "%" + number + "%"))
			.as("both names are in the log: the staff member is its actor")
			.anyMatch((details) -> details.contains("filed ticket " + number))
			.anyMatch((details) -> details.contains("ticket.replied on ticket " + number));
		assertThat(this.jdbc.queryForObject("select u.email from ticket_articles a join tickets t"
				+ " on t.ticket_id = a.ticket_id join users u on u.user_id = a.author_id"
				+ " where t.number = ? order by a.position limit 1", String.class, number))
			.as("the description is written by the staff member")
			.isEqualTo(DemoUsers.AGENT.email());
		agent.post("/counter/end", Map.of("_csrf", HttpTestClient.csrfToken(agent.get(ticket).body())));
		assertThat(agent.get(ticket).statusCode()).isEqualTo(404);
		String claires = page(signIn(DemoUsers.HOUSEHOLD_MEMBER).get(ticket));
		assertThat(claires).contains("Pièce d'identité vue").contains("Répondre");
	}

	@Test
	void anotherOrganizationsTicketIsNotFoundWhateverThePage() {
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		String number = fileAsMarie(marie, "Confidentiel " + UUID.randomUUID());
		String file = this.jdbc.queryForObject("select a.attachment_id::text from ticket_attachments a"
				+ " join tickets t on t.ticket_id = a.ticket_id where t.number = ?", String.class, number);
		HttpTestClient luc = signIn(DemoUsers.TECHNICAL_CONTACT);
		assertThat(luc.get("/tickets/" + number).statusCode()).isEqualTo(404);
		assertThat(luc.get("/tickets/" + number + "/files/" + file).statusCode()).isEqualTo(404);
		assertThat(luc.get("/tickets/" + number + "/print.pdf").statusCode()).isEqualTo(404);
		for (String action : List.of("reply", "complement", "watchers", "watchers/remove", "cancel", "close", "refuse",
				"accept", "owner")) {
			assertThat(luc
				.submit("/tickets", "/tickets/" + number + "/" + action,
						Map.of("reason", "x", "body", "x", "watcher", "a@b.fr", "score", "5", "cause", "x"))
				.statusCode()).as(action).isEqualTo(404);
		}
		assertThat(page(luc.get("/tickets?q=" + number))).doesNotContain(">" + number + "</a>");
		assertThat(luc.get("/tickets/DI-1999-999999").statusCode()).isEqualTo(404);
	}

	@Test
	void theDashboardCountsTheOrganizationsTicketsPerStateAndMonth() {
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		long fresh = this.jdbc.queryForObject("select count(*) from tickets t join organizations o"
				+ " on o.organization_id = t.organization_id where o.customer_code = 'C-1001' and t.state = 'NEW'",
				Long.class);
		String home = page(marie.get("/"));
		assertThat(home).contains("href=\"/tickets?state=NEW\"")
			.containsPattern(
					"(?s)tile-count d-block\">" + fresh + "</span>\\s*<span class=\"tile-label d-block\">À traiter")
			.contains("Demandes ouvertes par mois");
		assertThat(this.jdbc.queryForObject("select count(distinct date_trunc('month', created_at)) from tickets",
				Long.class))
			.as("the demo tickets spread over the year")
			.isGreaterThanOrEqualTo(8);
		assertThat(this.jdbc.queryForObject("select count(*) from ticket_articles a join tickets t"
				+ " on t.ticket_id = a.ticket_id where a.created_at < t.created_at", Long.class))
			.as("every history after its ticket's filing")
			.isZero();
		fileAsMarie(marie, "Compteur " + UUID.randomUUID());
		assertThat(page(marie.get("/"))).containsPattern(
				"(?s)tile-count d-block\">" + (fresh + 1) + "</span>\\s*<span class=\"tile-label d-block\">À traiter");
	}

	@Test
	void theListGoesOnPageByPageWithoutRepeatingATicket() {
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		for (int i = 0; i < 3; i++) {
			fileAsMarie(marie, "Page " + i + " " + UUID.randomUUID());
		}
		String first = page(marie.get("/tickets?size=10&sort=NUMBER&asc=true"));
		Matcher next = Pattern.compile("after=([A-Za-z0-9_-]+)").matcher(first);
		assertThat(next.find()).isTrue();
		String second = page(marie.get("/tickets?size=10&sort=NUMBER&asc=true&after=" + next.group(1)));
		List<String> firstNumbers = numbers(first);
		List<String> secondNumbers = numbers(second);
		assertThat(firstNumbers).hasSize(10);
		assertThat(secondNumbers).isNotEmpty().doesNotContainAnyElementsOf(firstNumbers);
		assertThat(secondNumbers.get(0)).isGreaterThan(firstNumbers.get(9));
		assertThat(marie.get("/tickets?after=garbage").statusCode()).isEqualTo(200);
		assertThat(marie.get("/tickets?size=10&sort=CREATED&after=" + next.group(1)).statusCode())
			.as("a cursor of another order starts again")
			.isEqualTo(200);
	}

	private List<String> numbers(String page) {
		return Pattern.compile(">(DI-\\d{4}-\\d{6})</a>").matcher(page).results().map((m) -> m.group(1)).toList();
	}

	private String fileAsMarie(HttpTestClient marie, String subject) {
		UUID incident = type("INCIDENT");
		HttpResponse<String> filed = marie.upload("/tickets/new?type=" + incident, "/tickets",
				incidentFields(incident, subject), "attachments", "capture.png", PNG);
		assertThat(filed.statusCode()).isEqualTo(302);
		return number(filed.headers().firstValue("Location").orElseThrow());
	}

	private Map<String, String> incidentFields(UUID type, String subject) {
		Map<String, String> fields = new HashMap<>();
		fields.put("productId",
				this.jdbc.queryForObject("select product_id::text from products where code = 'WINPAIE'", String.class));
		fields.put("requestTypeId", type.toString());
		fields.put("subject", subject);
		fields.put("description", "<p>Une imprimante ne marche plus</p><script>alert(1)</script>");
		fields.put("impact", "PARTIAL");
		fields.put("urgency", "HIGH");
		return fields;
	}

	private UUID type(String code) {
		return this.jdbc.queryForObject("select request_type_id from request_types where code = ?", UUID.class, code);
	}

	private UserId user(String email) {
		return new UserId(this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class, email));
	}

	private String state(String number) {
		return this.jdbc.queryForObject("select state from tickets where number = ?", String.class, number);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from tickets", Long.class);
	}

	private List<String> outbox(String number) {
		return this.jdbc.queryForList("select recipient from outbound_emails where template = 'ticket/update'"
				+ " and subject like ? and subject like '%enregistrée%'", String.class, "%" + number + "%");
	}

	private static String number(String location) {
		Matcher matcher = NUMBER.matcher(location);
		assertThat(matcher.find()).as(location).isTrue();
		return matcher.group(1);
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
