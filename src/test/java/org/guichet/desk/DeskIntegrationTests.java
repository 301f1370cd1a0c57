package org.guichet.desk;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.TicketFixtures;
import org.guichet.support.TicketsWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk over HTTP: what each agent sees through their categories' rights, the lock and
 * the version that keep two people from overwriting each other, the search and its
 * export, and bad input.
 */
@TicketsWebTest
class DeskIntegrationTests {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachAgentSeesTheTicketsOfTheirCategoriesOnly() {
		String number = file("Écran figé " + UUID.randomUUID(), "<p>Le logiciel se fige.</p>");

		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		long newInHerCategories = this.jdbc.queryForObject("""
				select count(*) from tickets t join categories c on c.category_id = t.category_id
				where c.name in ('Support logiciel', 'Assistance') and t.state = 'NEW' and t.assigned_agent_id is null
				""", Long.class);
		assertThat(page(sophie.get("/desk")))
			.containsPattern("display-6\">" + newInHerCategories + "</span>\\s*<span>Nouvelles, non attribuées");
		assertThat(page(sophie.get("/desk/tickets?number=" + number))).contains(">" + number + "<");
		String lastClosed = this.jdbc.queryForObject("""
				select t.number from tickets t join categories c on c.category_id = t.category_id
				where c.name in ('Support logiciel', 'Assistance') and t.state = 'CLOSED'
				order by t.closed_at desc, t.ticket_id limit 1
				""", String.class);
		assertThat(page(sophie.get("/desk"))).as("the last closed of her categories").contains(">" + lastClosed + "<");

		HttpTestClient nadia = signIn(DemoUsers.LAWYER);
		assertThat(page(nadia.get("/desk"))).doesNotContain(number)
			.containsPattern("display-6\">0</span>\\s*<span>Nouvelles, non attribuées");
		assertThat(nadia.get("/desk/tickets/" + number).statusCode()).isEqualTo(404);
		HttpResponse<String> searched = nadia.get("/desk/tickets?number=" + number);
		assertThat(searched.statusCode()).isEqualTo(200);
		assertThat(page(searched)).doesNotContain(">" + number + "<");
		HttpResponse<String> exported = nadia.get("/desk/tickets/export.csv?number=" + number);
		assertThat(exported.statusCode()).isEqualTo(200);
		assertThat(page(exported)).as("the header only").doesNotContain(number).contains("Numéro");
		String file = this.jdbc.queryForObject("select a.attachment_id::text from ticket_attachments a"
				+ " join tickets t on t.ticket_id = a.ticket_id where t.number = ?", String.class, number);
		assertThat(nadia.get("/desk/tickets/" + number + "/files/" + file).statusCode()).isEqualTo(404);
		assertThat(sophie.get("/desk/tickets/" + number + "/files/" + file).statusCode()).isEqualTo(200);
		assertThat(post(nadia, "/desk/tickets/" + number + "/take", Map.of("version", "0")).statusCode())
			.isEqualTo(404);

		HttpTestClient paul = signIn(DemoUsers.READER);
		String readOnly = page(paul.get("/desk/tickets/" + number));
		assertThat(readOnly).contains("votre droit sur sa catégorie ne permet pas de la modifier")
			.doesNotContain("id=\"write-form\"");
		assertThat(lockHolder(number)).as("a reader takes no lock").isNull();
		HttpResponse<String> take = post(paul, "/desk/tickets/" + number + "/take", Map.of("version",
				this.jdbc.queryForObject("select version::text from tickets where number = ?", String.class, number)));
		assertThat(take.statusCode()).isEqualTo(403);
		assertThat(page(take)).contains("Votre droit sur la catégorie de cette demande est la consultation");
		assertThat(state(number)).isEqualTo("NEW");

		assertThat(signIn(DemoUsers.ADMINISTRATOR).get("/desk/tickets/" + number + "?mode=read").statusCode())
			.isEqualTo(200);
	}

	@Test
	void theLockKeepsOthersReadOnlyAndTheVersionRefusesAStaleAction() {
		String number = file("Verrou " + UUID.randomUUID(), "<p>Deux agents.</p>");
		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		String sophiePage = page(sophie.get("/desk/tickets/" + number));
		assertThat(sophiePage).contains("Vous traitez cette demande");
		assertThat(lockHolder(number)).isEqualTo("agent@editions-exemple.fr");

		HttpTestClient henri = signIn(DemoUsers.MANAGER);
		String henriPage = page(henri.get("/desk/tickets/" + number));
		assertThat(henriPage).containsPattern("Verrouillée par Sophie Agent depuis \\d\\d:\\d\\d")
			.doesNotContain("id=\"write-form\"");
		HttpResponse<String> refused = post(henri, "/desk/tickets/" + number + "/take",
				Map.of("version", version(sophiePage)));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(page(refused)).contains("Sophie Agent traite cette demande depuis");
		assertThat(post(henri, "/desk/tickets/" + number + "/lock", Map.of()).statusCode())
			.as("renewing another's lock")
			.isEqualTo(409);
		assertThat(post(sophie, "/desk/tickets/" + number + "/lock", Map.of()).statusCode()).isEqualTo(204);

		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		HttpResponse<String> requester = marie.submit("/tickets/" + number, "/tickets/" + number + "/reply",
				Map.of("body", "<p>Alors ?</p>"));
		assertThat(requester.statusCode()).isEqualTo(409);
		assertThat(page(requester)).contains("Un agent traite votre demande en ce moment");

		assertThat(
				post(sophie, "/desk/tickets/" + number + "/take", Map.of("version", version(sophiePage))).statusCode())
			.isEqualTo(302);
		assertThat(state(number)).isEqualTo("IN_PROGRESS");
		String stale = version(sophiePage);

		// the lock's time passes: it frees itself, and Henri works on the ticket
		this.jdbc.update("update ticket_locks set expires_at = now() - interval '1 second'"
				+ " where ticket_id = (select ticket_id from tickets where number = ?)", number);
		String henriNow = page(henri.get("/desk/tickets/" + number));
		assertThat(henriNow).contains("Vous traitez cette demande");
		assertThat(post(henri, "/desk/tickets/" + number + "/write",
				Map.of("version", version(henriNow), "kind", "NOTE", "body", "<p>Je regarde.</p>"))
			.statusCode()).isEqualTo(302);
		// a manager frees the lock for a colleague
		assertThat(post(henri, "/desk/tickets/" + number + "/unlock", Map.of()).statusCode()).isEqualTo(302);
		assertThat(lockHolder(number)).isNull();

		HttpResponse<String> late = post(sophie, "/desk/tickets/" + number + "/write",
				Map.of("version", stale, "kind", "NOTE", "body", "<p>Ma note écrite sur une page ancienne.</p>"));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(page(late)).contains("la demande a été modifiée par Henri Manager entre-temps");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ticket_articles a join tickets t"
						+ " on t.ticket_id = a.ticket_id where t.number = ? and a.plain_text like '%page ancienne%'",
				Long.class, number))
			.isZero();
	}

	@Test
	void notesStayInTheDeskAndRepliesReachTheRequester() {
		String number = file("Notes " + UUID.randomUUID(), "<p>Une question.</p>");
		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		String page = page(sophie.get("/desk/tickets/" + number));
		assertThat(post(sophie, "/desk/tickets/" + number + "/take", Map.of("version", version(page))).statusCode())
			.isEqualTo(302);
		page = page(sophie.get("/desk/tickets/" + number));
		String note = "secret-" + UUID.randomUUID();
		assertThat(post(sophie, "/desk/tickets/" + number + "/write",
				Map.of("version", version(page), "kind", "NOTE", "body", "<p>" + note + "</p>"))
			.statusCode()).isEqualTo(302);
		page = page(sophie.get("/desk/tickets/" + number));
		assertThat(page).contains(note).contains("Note interne");
		String reply = "public-" + UUID.randomUUID();
		assertThat(post(sophie, "/desk/tickets/" + number + "/write",
				Map.of("version", version(page), "kind", "REPLY", "body", "<p>" + reply + "</p>"))
			.statusCode()).isEqualTo(302);

		String portal = page(signIn(DemoUsers.MEMBER).get("/tickets/" + number));
		assertThat(portal).contains(reply).doesNotContain(note);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from outbound_emails where recipient = 'marie.durand@saint-exemple.fr'"
						+ " and subject like ? and html_body like ?",
				Long.class, "%" + number + "%", "%" + reply + "%"))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from outbound_emails where html_body like ?", Long.class,
				"%" + note + "%"))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select u.email from tickets t join users u on u.user_id = t.last_agent_id where t.number = ?",
				String.class, number))
			.isEqualTo("agent@editions-exemple.fr");
	}

	@Test
	void theSearchFindsWordsWithoutAccentsInNotesAndFileNamesAndExportsDefusedCells() {
		String marker = Long.toString(System.nanoTime(), 36);
		String inSubject = file("=Chaudière " + marker + " en panne", "<p>Rien d'autre.</p>");
		String inText = file("Autre sujet " + marker, "<p>La chaudière du bâtiment B.</p>");
		HttpTestClient sophie = signIn(DemoUsers.AGENT);

		List<String> found = numbers(page(sophie.get("/desk/tickets?text=chaudiere+" + marker)));
		assertThat(found).containsExactly(inSubject, inText);

		String page = page(sophie.get("/desk/tickets/" + inText));
		post(sophie, "/desk/tickets/" + inText + "/take", Map.of("version", version(page)));
		page = page(sophie.get("/desk/tickets/" + inText));
		String note = "transformateur" + marker;
		post(sophie, "/desk/tickets/" + inText + "/write",
				Map.of("version", version(page), "kind", "NOTE", "body", "<p>Voir le " + note + ".</p>"));
		assertThat(numbers(page(sophie.get("/desk/tickets?text=" + note)))).containsExactly(inText);
		assertThat(numbers(page(sophie.get("/desk/tickets?text=capture+" + marker)))).contains(inSubject, inText);

		assertThat(numbers(page(sophie.get("/desk/tickets?text=" + marker + "&state=NEW")))).containsExactly(inSubject);
		assertThat(numbers(page(sophie.get("/desk/tickets?text=" + marker + "&sort=number&dir=asc"))))
			.containsExactly(inSubject, inText);

		HttpResponse<String> csv = sophie.get("/desk/tickets/export.csv?text=" + marker);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).contains("Numéro;Objet;État").contains(inSubject).contains("'=Chaudière " + marker);
	}

	@Test
	void badInputIsNamedNextToItsFieldAndNothingIsSaved() {
		String number = file("Mauvaise saisie " + UUID.randomUUID(), "<p>Test.</p>");
		HttpTestClient sophie = signIn(DemoUsers.AGENT);

		HttpResponse<String> badDate = sophie.get("/desk/tickets?from=2026-02-31");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(page(badDate)).contains("id=\"from-error\"").contains("Saisissez une date");
		assertThat(sophie.get("/desk/tickets?after=not-a-cursor").statusCode()).isEqualTo(200);
		assertThat(sophie.get("/desk/tickets?text=%00%27%22&sort=nothing&size=7").statusCode()).isEqualTo(200);

		String page = page(sophie.get("/desk/tickets/" + number));
		String nadia = this.jdbc.queryForObject("select user_id::text from users where email = ?", String.class,
				"juriste@editions-exemple.fr");
		HttpResponse<String> noRight = post(sophie, "/desk/tickets/" + number + "/assign",
				Map.of("version", version(page), "agent", nadia));
		assertThat(noRight.statusCode()).isEqualTo(400);
		assertThat(page(noRight)).contains("id=\"agent-error\"")
			.contains("Cet agent n'a pas le droit de traiter les demandes de cette catégorie.");
		assertThat(
				this.jdbc.queryForObject("select assigned_agent_id from tickets where number = ?", UUID.class, number))
			.isNull();

		HttpResponse<String> empty = post(sophie, "/desk/tickets/" + number + "/write",
				Map.of("version", version(page), "kind", "REPLY", "body", "<p> </p>"));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(page(empty)).contains("id=\"body-error\"");
		HttpResponse<String> forgedKind = post(sophie, "/desk/tickets/" + number + "/write",
				Map.of("version", version(page), "kind", "SHOUT", "body", "<p>Bonjour</p>"));
		assertThat(forgedKind.statusCode()).isEqualTo(400);
		assertThat(page(forgedKind)).doesNotContain("Exception");

		String henri = this.jdbc.queryForObject("select user_id::text from users where email = ?", String.class,
				"manager@editions-exemple.fr");
		assertThat(post(sophie, "/desk/tickets/" + number + "/assign", Map.of("version", version(page), "agent", henri))
			.statusCode()).isEqualTo(302);
		assertThat(page(sophie.get("/desk/tickets/" + number)))
			.contains("Attribuée à la catégorie Support logiciel, agent : Henri Manager");
	}

	/**
	 * Posts a desk form with the session's CSRF token, read from the tasks page (the
	 * ticket's page would take its lock).
	 */
	private static HttpResponse<String> post(HttpTestClient client, String path, Map<String, String> fields) {
		return client.submit("/desk", path, fields);
	}

	@Test
	void agentsRequalifyLinkMergeAndPrintTickets() throws IOException {
		String first = file("Doublon " + UUID.randomUUID(), "<p>Premier.</p>");
		String second = file("Original " + UUID.randomUUID(), "<p>Second.</p>");
		HttpTestClient sophie = signIn(DemoUsers.AGENT);

		String question = this.jdbc
			.queryForObject("select request_type_id::text from request_types where code = 'QUESTION'", String.class);
		String payrollTheme = this.jdbc.queryForObject("select theme_id::text from request_themes where name = 'Paie'",
				String.class);
		HttpResponse<String> wrongTheme = post(sophie, "/desk/tickets/" + first + "/requalify",
				Map.of("version", dbVersion(first), "requestType", question, "theme", payrollTheme));
		assertThat(wrongTheme.statusCode()).isEqualTo(400);
		assertThat(page(wrongTheme)).contains("Choisissez un thème actif de ce type de demande.");
		String connection = this.jdbc
			.queryForObject("select theme_id::text from request_themes where name = 'Connexion'", String.class);
		assertThat(post(sophie, "/desk/tickets/" + first + "/requalify",
				Map.of("version", dbVersion(first), "requestType", question, "theme", connection))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select c.name from tickets t join categories c"
				+ " on c.category_id = t.category_id where t.number = ?", String.class, first))
			.isEqualTo("Assistance");
		assertThat(page(sophie.get("/desk/tickets/" + first + "?mode=read")))
			.contains("Requalifiée : Poser une question, thème : Utilisation › Connexion");

		HttpResponse<String> self = post(sophie, "/desk/tickets/" + first + "/links",
				Map.of("version", dbVersion(first), "other", first));
		assertThat(self.statusCode()).isEqualTo(400);
		assertThat(page(self)).contains("Une demande ne peut pas être liée ou fusionnée avec elle-même.");
		HttpResponse<String> unknown = post(sophie, "/desk/tickets/" + first + "/links",
				Map.of("version", dbVersion(first), "other", "DI-1999-000001"));
		assertThat(page(unknown)).contains("Aucune demande de vos catégories ne porte ce numéro.");
		assertThat(post(sophie, "/desk/tickets/" + first + "/links",
				Map.of("version", dbVersion(first), "other", second.toLowerCase()))
			.statusCode()).isEqualTo(302);
		assertThat(page(sophie.get("/desk/tickets/" + second + "?mode=read"))).contains("Liée à la demande " + first);
		assertThat(page(signIn(DemoUsers.MEMBER).get("/tickets/" + second)))
			.as("a link may name another organization's ticket: staff only")
			.doesNotContain("Liée à la demande");
		String otherOrganization = this.jdbc.queryForObject("""
				select t.number from tickets t join organizations o on o.organization_id = t.organization_id
				join categories c on c.category_id = t.category_id
				where o.customer_code = 'C-1002' and c.name = 'Support logiciel'
				  and t.state not in ('CLOSED', 'CANCELLED') order by t.number limit 1
				""", String.class);
		HttpResponse<String> elsewhere = post(sophie, "/desk/tickets/" + first + "/merge",
				Map.of("version", dbVersion(first), "target", otherOrganization));
		assertThat(elsewhere.statusCode()).isEqualTo(400);
		assertThat(page(elsewhere)).contains("Cette demande est celle d'une autre organisation");
		assertThat(
				post(sophie, "/desk/tickets/" + second + "/links", Map.of("version", dbVersion(second), "other", first))
					.statusCode())
			.isEqualTo(400);

		assertThat(
				post(sophie, "/desk/tickets/" + first + "/merge", Map.of("version", dbVersion(first), "target", second))
					.statusCode())
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select state || '/' || closure from tickets where number = ?",
				String.class, first))
			.isEqualTo("CLOSED/MERGED");
		assertThat(page(sophie.get("/desk/tickets/" + second + "?mode=read")))
			.contains("La demande " + first + ", un doublon, a été fusionnée dans celle-ci")
			.contains("Doublon fusionné ici");

		String page = page(sophie.get("/desk/tickets/" + second));
		post(sophie, "/desk/tickets/" + second + "/write",
				Map.of("version", version(page), "kind", "NOTE", "body", "<p>Note pour le PDF.</p>"));
		HttpResponse<byte[]> pdf = sophie.bytes("/desk/tickets/" + second + "/print.pdf");
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains(second).contains("Note pour le PDF.");
		}
		assertThat(signIn(DemoUsers.LAWYER).bytes("/desk/tickets/" + second + "/print.pdf").statusCode())
			.isEqualTo(404);
	}

	@Test
	void searchesAreSavedInTheMenuAndResultsChangedInBulk() {
		HttpTestClient henri = signIn(DemoUsers.MANAGER);
		String name = "Nouvelles " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(post(henri, "/desk/tickets/saved",
				Map.of("name", name, "query", "/desk/tickets?state=NEW&sort=created&dir=asc"))
			.statusCode()).isEqualTo(302);
		String tasks = page(henri.get("/desk"));
		assertThat(tasks).contains(">" + name + "</a>")
			.contains("href=\"/desk/tickets?state=NEW&sort=created&dir=asc\"");
		assertThat(page(signIn(DemoUsers.AGENT).get("/desk"))).as("a saved search is its owner's").doesNotContain(name);
		HttpResponse<String> twice = post(henri, "/desk/tickets/saved",
				Map.of("name", name.toUpperCase(), "query", "/desk/tickets?state=CLOSED"));
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(page(twice)).contains("id=\"saved-name-error\"").contains("Vous avez déjà une recherche de ce nom.");

		String first = file("Lot A " + UUID.randomUUID(), "<p>A.</p>");
		String second = file("Lot B " + UUID.randomUUID(), "<p>B.</p>");
		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		sophie.get("/desk/tickets/" + second);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("numbers", first);
		fields.add("numbers", second);
		fields.add("action", "TAKE");
		fields.add("back", "/desk/tickets?state=NEW");
		HttpResponse<String> bulk = henri.submit("/desk", "/desk/tickets/bulk", fields);
		assertThat(bulk.statusCode()).isEqualTo(302);
		assertThat(bulk.headers().firstValue("Location").orElseThrow()).endsWith("/desk/tickets?state=NEW");
		assertThat(state(first)).isEqualTo("IN_PROGRESS");
		assertThat(state(second)).as("Sophie holds its lock").isEqualTo("NEW");
		assertThat(page(henri.get("/desk/tickets?state=NEW"))).contains("Une demande modifiée.")
			.contains(second + " (verrouillée par un autre agent)");
	}

	@Test
	void agentsCorrectTheDataAndRemoveAFileWithHistory() {
		String number = file("Données " + UUID.randomUUID(), "<p>Données.</p>");
		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		Map<String, String> data = new HashMap<>(
				Map.of("version", dbVersion(number), "subject", "Objet corrigé", "phone", "not a phone", "availability",
						"Le matin", "location", "", "impact", "BLOCKING", "urgency", "HIGH"));
		HttpResponse<String> badPhone = post(sophie, "/desk/tickets/" + number + "/data", data);
		assertThat(badPhone.statusCode()).isEqualTo(400);
		assertThat(page(badPhone)).contains("id=\"data-phone-error\"");
		assertThat(this.jdbc.queryForObject("select subject from tickets where number = ?", String.class, number))
			.startsWith("Données ");
		data.put("phone", "04 76 00 00 01");
		assertThat(post(sophie, "/desk/tickets/" + number + "/data", data).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select priority from tickets where number = ?", String.class, number))
			.as("blocking and high")
			.isEqualTo("CRITICAL");
		String history = page(sophie.get("/desk/tickets/" + number + "?mode=read"));
		assertThat(history).contains("Objet modifié : « Données ")
			.contains("» → « Objet corrigé »")
			.contains("Téléphone modifié : — → 04 76 00 00 01")
			.contains("Impact changé : arrêt complet bloquant");

		String file = this.jdbc.queryForObject("select a.attachment_id::text from ticket_attachments a"
				+ " join tickets t on t.ticket_id = a.ticket_id where t.number = ?", String.class, number);
		assertThat(post(sophie, "/desk/tickets/" + number + "/files/" + file + "/remove",
				Map.of("version", dbVersion(number)))
			.statusCode()).isEqualTo(302);
		assertThat(page(sophie.get("/desk/tickets/" + number + "?mode=read")))
			.contains("Pièce jointe retirée : capture.png");
		assertThat(sophie.get("/desk/tickets/" + number + "/files/" + file).statusCode()).isEqualTo(404);
	}

	@Test
	void theSearchPagesByCursorWithoutRepeatingOrSkippingATicket() {
		HttpTestClient henri = signIn(DemoUsers.MANAGER);
		String first = page(henri.get("/desk/tickets?sort=number&dir=asc&size=25"));
		List<String> one = numbers(first);
		assertThat(one).hasSize(25);
		Matcher next = Pattern.compile("href=\"(/desk/tickets\\?[^\"]*after=[^\"]+)\"").matcher(first);
		assertThat(next.find()).as("a link to the next page").isTrue();
		List<String> two = numbers(page(henri.get(next.group(1))));
		assertThat(two).isNotEmpty().doesNotContainAnyElementsOf(one);
		List<String> both = new ArrayList<>(one);
		both.addAll(two);
		assertThat(both).isEqualTo(this.jdbc.queryForList(
				"select number from tickets where category_id is not null order by number limit ?", String.class,
				both.size()));
	}

	@Test
	void aSearchByRelevanceRanksTheNewestMatchesThatPassTheFiltersNotTheNewestMatches() {
		String old = file("Zéphyrine : imprimante ancienne", "<p>Le bac ne se ferme plus.</p>");
		// more newer matches than the desk ranks (300), none of them passing the number
		// filter
		List<String> columns = this.jdbc.queryForList("select column_name from information_schema.columns"
				+ " where table_name = 'tickets' and column_name not in ('ticket_id', 'number', 'mail_token',"
				+ " 'created_at') and is_generated = 'NEVER'", String.class);
		String copied = String.join(", ", columns);
		this.jdbc.update("insert into tickets (ticket_id, number, mail_token, created_at, " + copied + ")"
				+ " select gen_random_uuid(), 'DI-1999-' || lpad(g::text, 6, '0'), md5(random()::text),"
				+ " t.created_at + g * interval '1 second', " + copied.replaceAll("([a-z_]+)", "t.$1")
				+ " from tickets t, generate_series(1, 301) g where t.number = ?", old);
		try {
			HttpTestClient henri = signIn(DemoUsers.MANAGER);
			assertThat(numbers(page(henri.get("/desk/tickets?text=zephyrine&number=" + old)))).containsExactly(old);
		}
		finally {
			this.jdbc.update("delete from tickets where number like 'DI-1999-%'");
		}
	}

	private String dbVersion(String number) {
		return this.jdbc.queryForObject("select version::text from tickets where number = ?", String.class, number);
	}

	private String file(String subject, String description) {
		return TicketFixtures.fileIncident(this.port, this.jdbc, subject, description, true);
	}

	private String lockHolder(String number) {
		return this.jdbc.query(
				"select u.email from ticket_locks k join tickets t on t.ticket_id = k.ticket_id"
						+ " join users u on u.user_id = k.holder_id where t.number = ? and k.expires_at > now()",
				(rs) -> rs.next() ? rs.getString(1) : null, number);
	}

	private String state(String number) {
		return this.jdbc.queryForObject("select state from tickets where number = ?", String.class, number);
	}

	private static String version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("the page sends the ticket's version").isTrue();
		return matcher.group(1);
	}

	private static List<String> numbers(String page) {
		return Pattern.compile(">(DI-\\d{4}-\\d{6})</a>").matcher(page).results().map((m) -> m.group(1)).toList();
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
