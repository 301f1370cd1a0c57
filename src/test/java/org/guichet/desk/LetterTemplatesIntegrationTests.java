package org.guichet.desk;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letter templates and "contacter le demandeur" over HTTP: templates with a wrong
 * variable are refused, a template is previewed, and a ticket's requester is written to
 * by e-mail, by letter (a PDF with the ticket's values), by text message or called, each
 * recorded in the history.
 */
@TicketsWebTest
class LetterTemplatesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void managersKeepTemplatesWhoseVariablesAreChecked() throws IOException {
		assertThat(signIn(DemoUsers.AGENT).get("/desk/letter-templates").statusCode()).isEqualTo(403);
		HttpTestClient henri = signIn(DemoUsers.MANAGER);
		String label = "IT relance " + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> unknown = henri.submit("/desk/letter-templates/new", "/desk/letter-templates",
				template(label, "<p>Demande #{RQ_NUMERO} du #{RQ_CREATION_DATE}</p>"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(page(unknown)).contains("id=\"body-error\"")
			.contains("Variables inconnues ou mal écrites : #{RQ_NUMERO}")
			.contains("#{RQ_NUMERO}");
		HttpResponse<String> unclosed = henri.submit("/desk/letter-templates/new", "/desk/letter-templates",
				template(label, "<p>Demande #{RQ_ID</p>"));
		assertThat(unclosed.statusCode()).isEqualTo(400);
		assertThat(count(label)).isZero();

		HttpResponse<String> saved = henri.submit("/desk/letter-templates/new", "/desk/letter-templates",
				template(label, "<p>#{RR_TITLE} #{RR_LNAME}, votre demande #{RQ_ID} : #{RQ_OBSERVATION}</p>"));
		assertThat(saved.statusCode()).isEqualTo(302);
		String path = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(page(henri.get(path + "/preview"))).contains("Madame Durand, votre demande DI-2026-000123");
		HttpResponse<byte[]> pdf = henri.bytes(path + "/preview.pdf");
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(text(pdf.body())).contains("DI-2026-000123");

		HttpResponse<String> twice = henri.submit("/desk/letter-templates/new", "/desk/letter-templates",
				template(label.toUpperCase(), "<p>Texte</p>"));
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(page(twice)).contains("Un autre courrier type porte déjà ce libellé court.");
	}

	@Test
	void theRequesterIsContactedByEveryMediumAndEachIsInTheHistory() throws IOException {
		String number = file("Contact " + UUID.randomUUID());
		HttpTestClient sophie = signIn(DemoUsers.AGENT);
		String template = this.jdbc.queryForObject(
				"select template_id::text from letter_templates where short_label = 'Pièce manquante'", String.class);

		HttpResponse<String> mail = post(sophie, "/desk/tickets/" + number + "/contact", Map.of("medium", "EMAIL",
				"template", template, "observation", "la copie du contrat signé", "note", "Relance faite."));
		assertThat(mail.statusCode()).isEqualTo(302);
		String html = this.jdbc.queryForObject(
				"select html_body from outbound_emails where recipient = 'marie.durand@saint-exemple.fr'"
						+ " and subject like ? and subject like '%Demande de pièce complémentaire%'",
				String.class, "%" + number + "%");
		assertThat(HtmlUtils.htmlUnescape(html)).contains("la copie du contrat signé")
			.contains("votre demande n° " + number)
			.contains("Durand");

		HttpResponse<byte[]> letter = sophie.postForBytes("/desk/tickets/" + number + "/contact",
				Map.of("medium", "LETTER", "template", template, "observation",
						"un relevé d'identité bancaire\nà votre nom", "record", "true"));
		assertThat(letter.statusCode()).isEqualTo(200);
		assertThat(letter.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		String printed = text(letter.body());
		assertThat(printed).contains(number)
			.contains("un relevé d'identité bancaire")
			.contains("à votre nom")
			.contains("Mairie de Saint-Exemple")
			.contains("1 place de la Mairie")
			.contains("Marie")
			.contains("Durand")
			.contains("Éditions");

		HttpResponse<String> noPhone = post(sophie, "/desk/tickets/" + number + "/contact",
				Map.of("medium", "SMS", "template", template));
		assertThat(noPhone.statusCode()).isEqualTo(400);
		assertThat(page(noPhone)).contains("Le demandeur n'a pas donné de numéro de téléphone pour cette demande.");
		HttpResponse<String> noTemplate = post(sophie, "/desk/tickets/" + number + "/contact",
				Map.of("medium", "EMAIL"));
		assertThat(noTemplate.statusCode()).isEqualTo(400);
		assertThat(page(noTemplate)).contains("id=\"template-error\"");
		assertThat(post(sophie, "/desk/tickets/" + number + "/contact", Map.of("medium", "PHONE", "note", "Rappelée."))
			.statusCode()).isEqualTo(302);

		String history = page(sophie.get("/desk/tickets/" + number + "?mode=read"));
		assertThat(history).contains("Courriel envoyé au demandeur : Demande de pièce complémentaire")
			.contains("Courrier imprimé pour le demandeur : Demande de pièce complémentaire")
			.contains("Appel téléphonique avec le demandeur")
			.contains("Relance faite.")
			.contains("Rappelée.");
		assertThat(page(signIn(DemoUsers.MEMBER).get("/tickets/" + number))).doesNotContain("Relance faite.");

		this.jdbc.update("update users set preferred_contact = 'PHONE' where email = ?", DemoUsers.MEMBER.email());
		try {
			assertThat(sophie.get("/desk/tickets/" + number + "?mode=read").body())
				.as("the requester's preferred medium is preselected")
				.containsPattern("id=\"medium-PHONE\"[^>]*checked");
		}
		finally {
			this.jdbc.update("update users set preferred_contact = 'EMAIL' where email = ?", DemoUsers.MEMBER.email());
		}

		HttpResponse<String> preview = post(sophie, "/desk/tickets/" + number + "/contact/preview",
				Map.of("template", template, "observation", "une attestation"));
		assertThat(page(preview)).contains("une attestation").contains(number);
		assertThat(signIn(DemoUsers.LAWYER).get("/desk/tickets/" + number + "/contact/letter.pdf?template=" + template)
			.statusCode()).isEqualTo(404);
	}

	private static Map<String, String> template(String shortLabel, String body) {
		return Map.of("shortLabel", shortLabel, "label", "Relance " + shortLabel, "layout", "LETTERHEAD", "body", body,
				"active", "true");
	}

	private long count(String shortLabel) {
		return this.jdbc.queryForObject("select count(*) from letter_templates where short_label = ?", Long.class,
				shortLabel);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static HttpResponse<String> post(HttpTestClient client, String path, Map<String, String> fields) {
		return client.submit("/desk", path, fields);
	}

	private String file(String subject) {
		return TicketFixtures.fileIncident(this.port, this.jdbc, subject, "<p>Contact.</p>", false);
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
