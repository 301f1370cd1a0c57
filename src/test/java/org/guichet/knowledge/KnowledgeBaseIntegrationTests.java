package org.guichet.knowledge;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.guichet.knowledge.internal.ArticleDraft;
import org.guichet.knowledge.internal.Audience;
import org.guichet.knowledge.internal.KnowledgeArticles;
import org.guichet.knowledge.internal.KnowledgeCategories;
import org.guichet.shared.PdfDocuments;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.KnowledgeWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base over HTTP against PostgreSQL: French search (stems, accents,
 * phrases, PDF text), what each reader may read, versions, bad input, feedback, and the
 * suggestions of the request form with the requests they spare.
 */
@KnowledgeWebTest
class KnowledgeBaseIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KnowledgeArticles articles;

	@Autowired
	KnowledgeCategories categories;

	@Test
	void aVerbFindsTheNounOfItsStemAndWordsWithoutAccentsFindAccentedOnes() {
		String closing = published("Clôture de l'exercice comptable " + tag(),
				"<p>La clôture annuelle se prépare en décembre.</p>", Audience.PUBLIC, null);
		String logout = published("Déconnexion intempestive du portail " + tag(),
				"<p>Après une déconnexion, videz le cache du navigateur.</p>", Audience.PUBLIC, null);
		HttpTestClient anonymous = new HttpTestClient(this.port);

		assertThat(search(anonymous, "clôturer")).contains(closing).doesNotContain(logout);
		assertThat(search(anonymous, "deconnexion")).contains(logout).doesNotContain(closing);
		assertThat(search(anonymous, "DECONNEXION intempestive")).contains(logout);
		// the found words are marked, and only they
		assertThat(anonymous.get("/kb/search?q=deconnexion").body()).contains("<mark>déconnexion</mark>");
		// a visitor's searches store no session
		assertThat(anonymous.sessionId()).isEmpty();
	}

	@Test
	void aPhraseInQuotesFindsOnlyArticlesWithTheseWordsTogether() {
		String together = published("Mot de passe oublié " + tag(), "<p>Cliquez sur mot de passe oublié.</p>",
				Audience.PUBLIC, null);
		String apart = published("Oublié au bureau " + tag(),
				"<p>Le passe du bureau est un mot que le gardien a oublié.</p>", Audience.PUBLIC, null);
		HttpTestClient anonymous = new HttpTestClient(this.port);

		assertThat(search(anonymous, "\"mot de passe oublié\"")).contains(together).doesNotContain(apart);
		assertThat(search(anonymous, "passe oublié")).contains(together, apart);
	}

	@Test
	void theTextOfAPdfAttachmentIsSearchedAndAnOversizedFileIsRefusedWithNothingKept() {
		String number = this.articles
			.create(draft("Guide d'installation " + tag(), "<p>Voir le guide joint.</p>", Audience.PUBLIC, null), null);
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		byte[] pdf = PdfDocuments.fromXhtml(
				"<html><body><p>Le paramétrage du serveur zéphyrine se fait en trois" + " étapes.</p></body></html>");
		HttpResponse<String> attached = agent.upload("/desk/kb/" + number, "/desk/kb/" + number + "/files", Map.of(),
				"file", "guide.pdf", pdf);
		assertThat(attached.statusCode()).isEqualTo(302);
		this.articles.publish(number, null);

		assertThat(search(new HttpTestClient(this.port), "zephyrine")).contains(number);
		assertThat(page(new HttpTestClient(this.port).get("/kb/" + number))).contains("guide.pdf");

		byte[] huge = new byte[300 * 1024];
		System.arraycopy(pdf, 0, huge, 0, Math.min(pdf.length, huge.length));
		assertThat(
				agent.upload("/desk/kb/" + number, "/desk/kb/" + number + "/files", Map.of(), "file", "autre.pdf", pdf)
					.statusCode())
			.as("a published article's files are the publishers'")
			.isEqualTo(403);
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		HttpResponse<String> refused = manager.upload("/desk/kb/" + number, "/desk/kb/" + number + "/files", Map.of(),
				"file", "énorme.pdf", huge);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(page(refused)).contains("dépasse la taille permise");
		assertThat(this.jdbc.queryForObject("select count(*) from kb_attachments a join kb_articles k"
				+ " on k.article_id = a.article_id where k.number = ?", Integer.class, number))
			.isEqualTo(1);
	}

	@Test
	void eachReaderFindsAndOpensOnlyWhatTheirAudienceAndContractsAllow() {
		String word = tag();
		String everyone = published("Imprimante publique " + word, "<p>Texte</p>", Audience.PUBLIC, null);
		String customers = published("Imprimante clients " + word, "<p>Texte</p>", Audience.CUSTOMERS, null);
		String staff = published("Imprimante interne " + word, "<p>Texte</p>", Audience.STAFF, null);
		String winpaie = published("Imprimante Winpaie " + word, "<p>Texte</p>", Audience.CUSTOMERS,
				product("WINPAIE"));
		String notilus = published("Imprimante Notilus " + word, "<p>Texte</p>", Audience.CUSTOMERS,
				product("NOTILUS"));

		HttpTestClient anonymous = new HttpTestClient(this.port);
		assertThat(search(anonymous, word)).contains(everyone).doesNotContain(customers, staff, winpaie, notilus);
		assertThat(anonymous.get("/kb/" + customers).statusCode()).isEqualTo(404);

		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		assertThat(search(marie, word)).contains(everyone, customers, winpaie).doesNotContain(staff, notilus);
		assertThat(marie.get("/kb/" + notilus).statusCode()).isEqualTo(404);
		assertThat(marie.get("/kb/" + staff).statusCode()).isEqualTo(404);
		assertThat(marie.get("/kb/" + winpaie).statusCode()).isEqualTo(200);
		assertThat(marie.get("/kb/suggest?q=" + word).body()).contains(winpaie, customers)
			.doesNotContain("Notilus", "interne");

		HttpTestClient agent = signIn(DemoUsers.AGENT);
		assertThat(search(agent, word)).contains(everyone, customers, staff, winpaie, notilus);
	}

	@Test
	void staffReadAnOldVersionWithWhatTheNextChangedAndCustomersLandOnTheLatest() {
		String number = this.articles.create(draft("Messagerie : première version " + tag(),
				"<p>Configurer le serveur IMAP.</p>", Audience.CUSTOMERS, null), null);
		this.articles.publish(number, null);
		this.articles.update(number, draft("Messagerie : seconde version",
				"<p>Configurer le serveur IMAP.</p>" + "<p>Activer le chiffrement TLS.</p>", Audience.CUSTOMERS, null),
				true, null);
		assertThat(this.jdbc.queryForObject("select count(*) from kb_article_versions v join kb_articles a"
				+ " on a.article_id = v.article_id where a.number = ?", Integer.class, number))
			.isEqualTo(2);

		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		assertThat(page(manager.get("/kb/" + number + "?version=1"))).contains("première version",
				"Vous lisez la version 1");
		String diff = page(manager.get("/desk/kb/" + number + "/versions/2"));
		assertThat(diff).contains("Changements depuis la version 1")
			.as("the new paragraph is marked as added")
			.containsPattern("class=\"kb-diff-added\">\\s*<span[^>]*>ajouté</span>\\s*Activer le chiffrement TLS.")
			.as("the paragraph both versions share is not marked")
			.doesNotContainPattern(
					"kb-diff-(added|removed)\">\\s*<span[^>]*>[^<]*</span>\\s*Configurer le serveur IMAP");

		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		HttpResponse<String> old = marie.get("/kb/" + number + "?version=1");
		assertThat(old.statusCode()).isEqualTo(200);
		assertThat(page(old)).contains("seconde version", "voici la dernière version", "Dernière version (v2)")
			.doesNotContain("première version");
		assertThat(marie.get("/desk/kb/" + number + "/versions/1").statusCode()).isEqualTo(403);
	}

	@Test
	void anAgentDraftsButOnlyAManagerPublishes() {
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		Map<String, String> fields = new HashMap<>(Map.of("title", "Brouillon d'agent " + tag(), "summary", "", "body",
				"<p>Texte</p><script>alert(1)</script><img src=x onerror=alert(2)>", "language", "fr", "audience",
				"PUBLIC"));
		HttpResponse<String> saved = agent.submit("/desk/kb/new", "/desk/kb", fields);
		assertThat(saved.statusCode()).isEqualTo(302);
		String number = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
		assertThat(this.jdbc.queryForObject("select body from kb_articles where number = ?", String.class, number))
			.doesNotContain("script", "onerror", "alert");

		fields.put("publish", "true");
		assertThat(agent.submit("/desk/kb/" + number, "/desk/kb/" + number, fields).statusCode()).isEqualTo(403);
		assertThat(new HttpTestClient(this.port).get("/kb/" + number).statusCode()).isEqualTo(404);

		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		assertThat(manager.submit("/desk/kb/" + number, "/desk/kb/" + number, fields).statusCode()).isEqualTo(302);
		assertThat(new HttpTestClient(this.port).get("/kb/" + number).statusCode()).isEqualTo(200);

		fields.put("title", " ");
		HttpResponse<String> empty = manager.submit("/desk/kb/" + number, "/desk/kb/" + number, fields);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(page(empty)).contains("Donnez un titre à l'article.");
	}

	@Test
	void oddSearchInputIsReadAsWordsNeverAsAnError() {
		published("Sauvegarde quotidienne " + tag(), "<p>Texte</p>", Audience.PUBLIC, null);
		HttpTestClient anonymous = new HttpTestClient(this.port);
		for (String odd : List.of("\"", "\"mot de", "' or 1=1 --", "&|!():*", "<script>alert(1)</script>",
				"sauvegarde".repeat(200), "imprimante 🖨️ 😀", "imprimante\u0000réseau", "-", "or", "KB12", "KB0000000",
				"a:b & !c | (d")) {
			HttpResponse<String> response = anonymous.get("/kb/search?q=" + encode(odd));
			assertThat(response.statusCode()).as(odd).isEqualTo(200);
			assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
			assertThat(anonymous.get("/kb/suggest?q=" + encode(odd)).statusCode()).as(odd).isEqualTo(200);
		}
		assertThat(anonymous.get("/kb/search?q=x&page=abc&sort=nope&category=zz&product=1").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aTypedNumberOpensItsArticleAndATypoGetsASuggestion() {
		String number = published("Installer une imprimante réseau " + tag(), "<p>Texte</p>", Audience.PUBLIC, null);
		HttpTestClient anonymous = new HttpTestClient(this.port);
		HttpResponse<String> typed = anonymous.get("/kb/search?q=" + number.toLowerCase());
		assertThat(typed.statusCode()).isEqualTo(302);
		assertThat(typed.headers().firstValue("Location").orElseThrow()).endsWith("/kb/" + number);

		String typo = page(anonymous.get("/kb/search?q=imprimente"));
		assertThat(typo).contains("Aucun article", "Vouliez-vous dire", "imprimante");
	}

	@Test
	void aViewCountsOncePerSessionAndAnswersAreKept() {
		String number = published("Réinitialiser son mot de passe " + tag(), "<p>Texte</p>", Audience.PUBLIC, null);
		HttpTestClient anonymous = new HttpTestClient(this.port);
		anonymous.get("/kb/" + number);
		anonymous.get("/kb/" + number);
		new HttpTestClient(this.port).get("/kb/" + number);
		assertThat(counter(number, "views")).isEqualTo(2);

		HttpResponse<String> answered = anonymous.submit("/kb/" + number, "/kb/" + number + "/feedback",
				Map.of("helpful", "no", "comment", "Il manque la capture d'écran", "rating", "5"));
		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(counter(number, "helpful_no")).isEqualTo(1);
		// stars need signing in
		assertThat(counter(number, "rating_count")).isZero();
		anonymous.submit("/kb/" + number, "/kb/" + number + "/feedback", Map.of("helpful", "no"));
		assertThat(counter(number, "helpful_no")).isEqualTo(1);

		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		marie.submit("/kb/" + number, "/kb/" + number + "/feedback", Map.of("helpful", "yes", "rating", "2"));
		assertThat(counter(number, "rating_sum")).isEqualTo(2);
		assertThat(counter(number, "helpful_yes")).isEqualTo(1);

		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		assertThat(page(manager.get("/desk/kb/" + number + "/feedback"))).contains("Il manque la capture d'écran");
		assertThat(page(manager.get("/desk/kb/poorly-rated"))).contains(number);
	}

	@Test
	void yesToASuggestionFilesNoTicketAndCountsADeflection() {
		String word = tag();
		String number = published("Imprimante bloquée " + word, "<p>Éteignez l'imprimante.</p>", Audience.CUSTOMERS,
				null);
		UUID article = articleId(number);
		UUID incident = this.jdbc.queryForObject("select request_type_id from request_types where code = 'INCIDENT'",
				UUID.class);
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		String suggestions = marie
			.get("/kb/suggest?subject=" + encode("Mon imprimante " + word) + "&description="
					+ encode("<p>Elle est bloquée</p>") + "&requestTypeId=" + incident)
			.body();
		assertThat(suggestions).contains(number, "Un article a-t-il répondu").contains(article.toString());
		assertThat(marie.get("/tickets/new?type=" + incident).body()).contains("id=\"kb-suggest\" aria-live=\"polite\"",
				"hx-get=\"/kb/suggest\"");

		int tickets = this.jdbc.queryForObject("select count(*) from tickets", Integer.class);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("kbArticle", article.toString());
		fields.add("kbShown", article.toString());
		fields.add("requestTypeId", incident.toString());
		fields.add("subject", "Mon imprimante " + word);
		HttpResponse<String> deflected = marie.submit("/tickets/new?type=" + incident, "/kb/deflection", fields);
		assertThat(deflected.statusCode()).isEqualTo(303);
		assertThat(deflected.headers().firstValue("Location")).hasValue("/kb/deflected");
		assertThat(page(marie.get("/kb/deflected"))).contains("aucune demande n'a été envoyée");
		assertThat(this.jdbc.queryForObject("select count(*) from tickets", Integer.class)).isEqualTo(tickets);
		assertThat(this.jdbc.queryForObject("select count(*) from kb_suggestion_events where article_id = ?"
				+ " and kind = 'DEFLECTED' and request_type_id = ?", Integer.class, article, incident))
			.isEqualTo(1);
		assertThat(page(signIn(DemoUsers.MANAGER).get("/desk/kb/statistics"))).contains(number);
	}

	@Test
	void aTicketFiledAfterSuggestionsKeepsThemForTheAgent() {
		String number = published("Messagerie en panne " + tag(), "<p>Texte</p>", Audience.CUSTOMERS, null);
		UUID article = articleId(number);
		UUID incident = this.jdbc.queryForObject("select request_type_id from request_types where code = 'INCIDENT'",
				UUID.class);
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("requestTypeId", incident.toString());
		fields.add("productId",
				this.jdbc.queryForObject("select product_id::text from products where code = 'WINPAIE'", String.class));
		fields.add("subject", "Messagerie " + tag());
		fields.add("description", "<p>Plus de courriels depuis ce matin</p>");
		fields.add("impact", "PARTIAL");
		fields.add("urgency", "HIGH");
		fields.add("kbShown", article.toString());
		fields.add("kbShown", UUID.randomUUID().toString());
		HttpResponse<String> filed = marie.submit("/tickets/new?type=" + incident, "/tickets", fields);
		assertThat(filed.statusCode()).isEqualTo(302);
		String ticket = filed.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from kb_ticket_links l join tickets t"
						+ " on t.ticket_id = l.ticket_id where t.number = ? and l.kind = 'SUGGESTED'",
				Integer.class, ticket))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from kb_suggestion_events where article_id = ? and kind = 'SHOWN'", Integer.class,
				article))
			.isEqualTo(1);
	}

	@Test
	void anAgentDraftsAnArticleFromATicketAndLinksAnotherToIt() {
		String existing = published("Paramétrer la messagerie " + tag(), "<p>Texte</p>", Audience.CUSTOMERS, null);
		UUID incident = this.jdbc.queryForObject("select request_type_id from request_types where code = 'INCIDENT'",
				UUID.class);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("requestTypeId", incident.toString());
		fields.add("productId",
				this.jdbc.queryForObject("select product_id::text from products where code = 'WINPAIE'", String.class));
		String subject = "Imprimante hors ligne " + tag();
		fields.add("subject", subject);
		fields.add("description", "<p>Elle ne répond plus</p>");
		fields.add("impact", "PARTIAL");
		fields.add("urgency", "HIGH");
		HttpResponse<String> filed = signIn(DemoUsers.MEMBER).submit("/tickets/new?type=" + incident, "/tickets",
				fields);
		String ticket = filed.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");

		HttpTestClient agent = signIn(DemoUsers.AGENT);
		String page = "/desk/tickets/" + ticket + "?mode=read";
		HttpResponse<String> drafted = agent.submit(page, "/desk/tickets/" + ticket + "/kb-article", Map.of());
		assertThat(drafted.statusCode()).isEqualTo(302);
		String draft = drafted.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
		assertThat(this.jdbc.queryForObject("select title from kb_articles where number = ? and status = 'DRAFT'",
				String.class, draft))
			.isEqualTo(subject);

		assertThat(
				agent.submit(page, "/desk/tickets/" + ticket + "/kb-links", Map.of("article", existing)).statusCode())
			.isEqualTo(302);
		String withArticles = page(agent.get(page));
		assertThat(withArticles).contains(existing, "lié par l'équipe")
			.as("the draft opens in the editor, as drafts are not published")
			.contains("href=\"/desk/kb/" + draft + "\"");
		assertThat(agent.get("/desk/kb/" + draft).statusCode()).isEqualTo(200);

		HttpTestClient reader = signIn(DemoUsers.READER);
		assertThat(
				reader.submit(page, "/desk/tickets/" + ticket + "/kb-links", Map.of("article", existing)).statusCode())
			.as("who only consults the ticket links nothing")
			.isEqualTo(403);
	}

	@Test
	void theDemoDataHoldsFrenchArticlesSomeWithASearchablePdfGuide() {
		assertThat(this.jdbc.queryForObject("select count(*) from kb_articles where author_id is null"
				+ " and status = 'PUBLISHED' and number <= 'KB0000031'", Integer.class))
			.isGreaterThanOrEqualTo(30);
		assertThat(this.jdbc.queryForObject("select count(*) from kb_attachments where media_type = 'application/pdf'",
				Integer.class))
			.isGreaterThanOrEqualTo(4);
		String twoFactor = this.jdbc.queryForObject(
				"select number from kb_articles where title = 'Activer la double authentification'", String.class);
		assertThat(page(signIn(DemoUsers.MEMBER).get("/kb/" + twoFactor)))
			.containsPattern("<img src=\"/kb/images/[0-9a-f-]{36}\" alt=\"Schéma : le téléphone affiche un code");
		assertThat(page(signIn(DemoUsers.MEMBER).get("/kb/search?q=" + encode("étape mise à jour winpaie"))))
			.contains("Mise à jour de Winpaie");
		HttpTestClient anonymous = new HttpTestClient(this.port);
		assertThat(page(anonymous.get("/kb/search?q=imprimante+reseau"))).contains("Installer une imprimante réseau");
		assertThat(page(anonymous.get("/kb/search?q=sauvegarde+nocturne"))).doesNotContain("procédure support");
		assertThat(anonymous.get("/kb").statusCode()).isEqualTo(200);
	}

	@Test
	void aCategoryChosenTakesItsSubCategoriesAlongAndCountsThem() {
		String word = tag();
		UUID parent = this.categories.create("Réseau " + word, null);
		UUID child = this.categories.create("Wi-Fi " + word, parent);
		String inChild = this.articles.create(
				new ArticleDraft("Borne Wi-Fi " + word, "", "<p>Texte</p>", child, null, null, "fr", Audience.PUBLIC),
				null);
		this.articles.publish(inChild, null);
		String inParent = this.articles.create(
				new ArticleDraft("Câblage " + word, "", "<p>Texte</p>", parent, null, null, "fr", Audience.PUBLIC),
				null);
		this.articles.publish(inParent, null);
		HttpTestClient anonymous = new HttpTestClient(this.port);

		String all = page(anonymous.get("/kb/search?q=" + word));
		assertThat(facet(all, parent)).as("the top category counts its sub-category's article").isEqualTo("2");
		assertThat(numbers(anonymous.get("/kb/search?q=" + word + "&category=" + parent))).contains(inChild, inParent);
		String inTree = page(anonymous.get("/kb/search?q=" + word + "&category=" + parent));
		assertThat(inTree).containsPattern("aria-current=\"true\"[^>]*>Réseau " + word);
		assertThat(facet(inTree, child)).isEqualTo("1");
		assertThat(numbers(anonymous.get("/kb/search?q=" + word + "&category=" + child))).contains(inChild)
			.doesNotContain(inParent);
	}

	@Test
	void anArticleShowsOnlyItsOwnImagesWithTheirDescriptions() throws IOException {
		String number = this.articles
			.create(draft("Écran de connexion " + tag(), "<p>Texte</p>", Audience.CUSTOMERS, null), null);
		UUID article = articleId(number);
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		byte[] png = png();
		HttpResponse<String> undescribed = agent.upload("/desk/kb/" + number, "/desk/kb/" + number + "/files",
				Map.of("alt", " "), "file", "ecran.png", png);
		assertThat(undescribed.statusCode()).isEqualTo(400);
		assertThat(page(undescribed)).contains("Décrivez ce que montre l'image");
		assertThat(attachments(article)).isZero();
		HttpResponse<String> described = agent.upload("/desk/kb/" + number, "/desk/kb/" + number + "/files",
				Map.of("alt", "Le formulaire de connexion, champ « Mot de passe » entouré"), "file", "ecran.png", png);
		assertThat(described.statusCode()).isEqualTo(302);
		UUID image = this.jdbc.queryForObject("select attachment_id from kb_attachments where article_id = ?",
				UUID.class, article);

		this.articles.update(number,
				draft("Écran de connexion",
						"<p>Voici l'écran :</p><img src=\"/kb/images/" + image
								+ "\" alt=\"x\" onerror=\"alert(1)\"><img src=\"https://ailleurs.example/suivi.png\">"
								+ "<img src=\"/kb/images/" + UUID.randomUUID() + "\">",
						Audience.CUSTOMERS, null),
				true, null);

		String body = this.jdbc.queryForObject("select body from kb_articles where article_id = ?", String.class,
				article);
		assertThat(HtmlUtils.htmlUnescape(body))
			.contains("<img src=\"/kb/images/" + image
					+ "\" alt=\"Le formulaire de connexion, champ « Mot de passe » entouré\" />")
			.doesNotContain("onerror", "ailleurs.example");
		assertThat(body.split("<img", -1)).as("one image kept").hasSize(2);
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		assertThat(marie.get("/kb/" + number).body()).contains("/kb/images/" + image);
		HttpResponse<byte[]> served = marie.bytes("/kb/images/" + image);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(served.body()).isEqualTo(png);
		assertThat(new HttpTestClient(this.port).get("/kb/images/" + image).statusCode())
			.as("a customers' article's image is not a visitor's")
			.isEqualTo(404);
		assertThat(marie.get("/kb/images/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(marie.get("/kb/images/pas-un-id").statusCode()).isEqualTo(404);

		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		HttpResponse<String> removal = manager.submit("/desk/kb/" + number,
				"/desk/kb/" + number + "/files/" + image + "/remove", Map.of());
		assertThat(removal.statusCode()).isEqualTo(400);
		assertThat(page(removal)).contains("Cette image est montrée dans le contenu");
		assertThat(attachments(article)).isEqualTo(1);

		String describe = "/desk/kb/" + number + "/files/" + image + "/description";
		HttpResponse<String> blank = manager.submit("/desk/kb/" + number, describe, Map.of("alt", "  "));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(page(blank)).contains("La description précédente est gardée");
		assertThat(manager
			.submit("/desk/kb/" + number, describe,
					Map.of("alt", "Le formulaire de connexion, lien « Mot de passe oublié » entouré"))
			.statusCode()).isEqualTo(302);
		assertThat(HtmlUtils.htmlUnescape(page(marie.get("/kb/" + number))))
			.contains("alt=\"Le formulaire de connexion, lien « Mot de passe oublié » entouré\"")
			.doesNotContain("champ « Mot de passe » entouré");
		String other = this.articles.create(draft("Autre article " + tag(), "<p>Texte</p>", Audience.CUSTOMERS, null),
				null);
		assertThat(manager
			.submit("/desk/kb/" + other, "/desk/kb/" + other + "/files/" + image + "/description",
					Map.of("alt", "Détournée"))
			.statusCode()).as("another article's image").isEqualTo(404);
	}

	private int attachments(UUID article) {
		return this.jdbc.queryForObject("select count(*) from kb_attachments where article_id = ?", Integer.class,
				article);
	}

	/**
	 * @return the count shown beside the category's filter link
	 */
	private static String facet(String page, UUID category) {
		Matcher matcher = Pattern.compile("category=" + category + "[^>]*>[^<]*</a>\\s*<span[^>]*>(\\d+)</span>")
			.matcher(page);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x1b365d);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private String published(String title, String body, Audience audience, UUID product) {
		String number = this.articles.create(draft(title, body, audience, product), null);
		this.articles.publish(number, null);
		return number;
	}

	private static ArticleDraft draft(String title, String body, Audience audience, UUID product) {
		return new ArticleDraft(title, "", body, null, product, null, "fr", audience);
	}

	private UUID product(String code) {
		return this.jdbc.queryForObject("select product_id from products where code = ?", UUID.class, code);
	}

	private UUID articleId(String number) {
		return this.jdbc.queryForObject("select article_id from kb_articles where number = ?", UUID.class, number);
	}

	private long counter(String number, String column) {
		return this.jdbc.queryForObject("select " + column + " from kb_articles where number = ?", Long.class, number);
	}

	/**
	 * @return the numbers of the articles found
	 */
	private static String search(HttpTestClient client, String text) {
		return numbers(client.get("/kb/search?q=" + encode(text)));
	}

	/**
	 * @return the numbers of the articles listed
	 */
	private static String numbers(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		StringBuilder numbers = new StringBuilder();
		Matcher matcher = Pattern.compile("href=\"/kb/(KB\\d{7})\"").matcher(response.body());
		while (matcher.find()) {
			numbers.append(matcher.group(1)).append(' ');
		}
		return numbers.toString();
	}

	/**
	 * @return a made-up word, so that each test finds its own articles
	 */
	private static String tag() {
		StringBuilder word = new StringBuilder("zq");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			word.append((char) ('a' + Character.digit(c, 16)));
		}
		return word.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
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
