package org.guichet.organization;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.OrganizationsWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff import organizations, contracts and members from CSV files, checked line by line
 * before anything is saved, and export the result of a search.
 */
@OrganizationsWebTest
class OrganizationImportIntegrationTests {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeImportedOrganizations() {
		String imported = "select organization_id from organizations where customer_code like 'IMP-%'";
		this.jdbc.update("delete from contracts where organization_id in (" + imported + ")");
		this.jdbc.update("delete from memberships where organization_id in (" + imported + ")");
		this.jdbc.update("delete from organizations where customer_code like 'IMP-%'");
		this.jdbc.update("delete from contracts where licence_number like 'IMP-%'");
	}

	@Test
	void aWindows1252FileIsCheckedThenImportedOnceConfirmed() {
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		String csv = """
				Code client;Nom;Type;SIRET;Ville;Code postal;Actif
				IMP-001;Collège Émile Zola;Collectivité;;Saint-Étienne;42000;oui
				IMP-002;Boulangerie Lefèvre;Société;73282932000074;Lyon;69003;non
				""";
		String report = uploadAndFollow(manager, "ORGANIZATIONS", "établissements.csv", csv.getBytes(WINDOWS_1252));
		assertThat(report).contains("Collège Émile Zola").contains("À créer : 1").contains("En erreur : 1");
		assertThat(report).as("the SIRET belongs to Transports Dupuis")
			.contains("SIRET : Ce SIRET est déjà celui d'une autre organisation.");
		assertThat(count("select count(*) from organizations where customer_code like 'IMP-%'")).isZero();

		String importPath = reportPath(manager, csv.getBytes(WINDOWS_1252), "ORGANIZATIONS");
		HttpResponse<String> refused = manager.submit(importPath, importPath, Map.of("wrongLines", "1"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(page(refused)).contains("Rien n'a été importé");
		assertThat(count("select count(*) from organizations where customer_code like 'IMP-%'")).isZero();

		HttpResponse<String> unseen = manager.submit(importPath, importPath,
				Map.of("excludeWrongLines", "true", "wrongLines", "0"));
		assertThat(unseen.statusCode()).as("leaving out lines the user was not shown").isEqualTo(409);
		assertThat(count("select count(*) from organizations where customer_code like 'IMP-%'")).isZero();
		HttpResponse<String> applied = manager.submit(importPath, importPath,
				Map.of("excludeWrongLines", "true", "wrongLines", "1"));
		assertThat(applied.statusCode()).isEqualTo(302);
		assertThat(page(manager.get(importPath))).contains("Une ligne importée.");
		assertThat(this.jdbc.queryForMap(
				"select name, kind, city, postcode, active from organizations where customer_code = 'IMP-001'"))
			.containsEntry("name", "Collège Émile Zola")
			.containsEntry("kind", "PUBLIC_BODY")
			.containsEntry("city", "Saint-Étienne")
			.containsEntry("postcode", "42000")
			.containsEntry("active", true);

		HttpResponse<String> again = manager.submit("/desk/organizations/import", importPath,
				Map.of("excludeWrongLines", "true"));
		assertThat(again.statusCode()).as("a second confirmation").isEqualTo(409);
		assertThat(count("select count(*) from organizations where customer_code like 'IMP-%'")).isEqualTo(1);
	}

	@Test
	void aUtf8FileWithCommasUpdatesWhatExistsAndNamesEveryWrongLine() {
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		apply(manager, "ORGANIZATIONS", "code_client;nom;ville\nIMP-010;Régie Sud;Nîmes\n");
		String csv = """
				\uFEFFcustomer_code,name,city,kind,siret,couleur
				IMP-010,Régie Sud,Arles,,,bleu
				IMP-011,"Syndicat des eaux, Nord",Lille,PUBLIC_BODY,,vert
				IMP-012,Mauvais SIRET,Paris,,12345678901234,
				IMP-011,Doublon,Paris,,,
				IMP-013,Type inconnu,Paris,magasin,,
				,Sans code,Paris,,,
				""";
		String report = uploadAndFollow(manager, "ORGANIZATIONS", "export.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report).contains("À mettre à jour : 1")
			.contains("À créer : 1")
			.contains("En erreur : 4")
			.contains("Colonnes ignorées (inconnues) : couleur")
			.contains("Syndicat des eaux, Nord")
			.contains("SIRET : Un SIRET compte 14 chiffres")
			.contains("Code client : Même valeur qu'à la ligne 3.")
			.contains("Type : Choisissez un type proposé.")
			.contains("Code client : Ce champ est obligatoire.");

		String importPath = reportPath(manager, csv.getBytes(StandardCharsets.UTF_8), "ORGANIZATIONS");
		assertThat(manager.submit(importPath, importPath, Map.of("excludeWrongLines", "true", "wrongLines", "4"))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select city from organizations where customer_code = 'IMP-010'",
				String.class))
			.isEqualTo("Arles");
		assertThat(this.jdbc.queryForObject("select kind from organizations where customer_code = 'IMP-011'",
				String.class))
			.isEqualTo("PUBLIC_BODY");
		assertThat(count("select count(*) from organizations where customer_code in ('IMP-012', 'IMP-013')")).isZero();
	}

	@Test
	void contractsNeedAKnownOrganizationAndProductAndDatesInOrder() {
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		String csv = """
				code_client;produit;numero;licence;signature;fin;suspendu
				C-1003;WINPAIE;CT-IMP-1;IMP-L1;01/02/2026;31/01/2029;non
				C-1003;LOGICIEL-X;CT-IMP-2;IMP-L2;01/02/2026;;
				C-9999;WINPAIE;CT-IMP-3;IMP-L3;01/02/2026;;
				C-1003;WINPAIE;CT-IMP-4;IMP-L4;01/02/2026;01/01/2020;
				C-1003;WINPAIE;CT-IMP-5;IMP-L5;31/02/2026;;
				""";
		String report = uploadAndFollow(manager, "CONTRACTS", "contrats.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report).contains("À créer : 1")
			.contains("En erreur : 4")
			.contains("Produit : Aucun produit n'a ce code.")
			.contains("Code client : Aucune organisation n'a ce code client.")
			.contains("Date de fin :")
			.contains("Date de signature :");
		String importPath = reportPath(manager, csv.getBytes(StandardCharsets.UTF_8), "CONTRACTS");
		assertThat(manager.submit(importPath, importPath, Map.of("wrongLines", "4")).statusCode()).isEqualTo(400);
		assertThat(count("select count(*) from contracts where licence_number like 'IMP-%'")).isZero();
		assertThat(manager.submit(importPath, importPath, Map.of("excludeWrongLines", "true", "wrongLines", "4"))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForMap("""
				select c.number, c.signed_on::text as signed, c.ends_on::text as ends, p.code
				from contracts c join products p on p.product_id = c.product_id where c.licence_number = 'IMP-L1'"""))
			.containsEntry("number", "CT-IMP-1")
			.containsEntry("signed", "2026-02-01")
			.containsEntry("ends", "2029-01-31")
			.containsEntry("code", "WINPAIE");
	}

	@Test
	void membersAreInvitedOrAddedWithTheirRole() {
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		apply(manager, "ORGANIZATIONS", "code_client;nom\nIMP-020;Importée Vingt\nIMP-021;Importée Vingt et un\n");
		String csv = """
				code_client;email;role
				IMP-020;nouvelle.personne@importee.example;administrateur
				IMP-021;nouvelle.personne@importee.example;membre
				IMP-020;marie.durand@saint-exemple.fr;
				IMP-020;agent@editions-exemple.fr;membre
				IMP-020;pas-une-adresse;membre
				IMP-020;autre@importee.example;chef
				""";
		String report = uploadAndFollow(manager, "MEMBERS", "membres.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report).contains("À inviter : 2")
			.contains("À ajouter : 1")
			.contains("En erreur : 3")
			.contains("E-mail : Cette adresse est celle d'un membre du personnel.")
			.contains("E-mail : Cette adresse e-mail n'est pas valide.")
			.contains("Rôle : Indiquez membre, administrateur ou référent technique.");
		String importPath = reportPath(manager, csv.getBytes(StandardCharsets.UTF_8), "MEMBERS");
		assertThat(manager.submit(importPath, importPath, Map.of("excludeWrongLines", "true", "wrongLines", "3"))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("""
				select u.email || ' ' || m.role || ' ' || u.state from memberships m
				join users u on u.user_id = m.user_id join organizations o on o.organization_id = m.organization_id
				where o.customer_code = 'IMP-020' order by u.email""", String.class)).containsExactly(
				"marie.durand@saint-exemple.fr MEMBER ACTIVE", "nouvelle.personne@importee.example ADMIN INVITED");
		assertThat(count("select count(*) from outbound_emails where recipient = 'nouvelle.personne@importee.example'"))
			.as("one invitation, the second organization added to it")
			.isEqualTo(1);
		assertThat(count("""
				select count(*) from memberships m join users u on u.user_id = m.user_id
				where u.email = 'nouvelle.personne@importee.example'""")).isEqualTo(2);
	}

	@Test
	void aFileThatCannotBeReadIsRefusedNextToTheField() {
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		HttpResponse<String> missing = upload(manager, "CONTRACTS", "code_client;numero\nC-1001;X\n");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(page(missing)).contains("id=\"file-error\"")
			.contains("Il manque des colonnes obligatoires dans l'en-tête : produit, signature.");
		HttpResponse<String> tooLarge = upload(manager, "ORGANIZATIONS",
				"code_client;nom\n" + "IMP-1;X\n".repeat(1_400_000));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(page(tooLarge)).contains("id=\"file-error\"").contains("Le fichier dépasse 10 Mo ; découpez-le.");
		assertThat(page(upload(manager, "ORGANIZATIONS", ""))).contains("Choisissez un fichier CSV.");
		assertThat(page(upload(manager, "ORGANIZATIONS", "\n  \n"))).contains("Le fichier est vide.");
		assertThat(page(upload(manager, "ORGANIZATIONS", "code_client;nom\n")))
			.contains("Le fichier n'a aucune ligne après l'en-tête.");
		assertThat(page(upload(manager, "ORGANIZATIONS", "code_client;nom\n\"IMP-1;Sans fin\n")))
			.contains("Le fichier n'est pas un CSV lisible");
		HttpResponse<String> noKind = upload(manager, "SHOPS", "code_client;nom\nIMP-1;X\n");
		assertThat(noKind.statusCode()).isEqualTo(400);
		assertThat(page(noKind)).contains("Choisissez le contenu du fichier.");
		assertThat(count("select count(*) from organization_imports where content like '%IMP-1;%'")).isZero();

		HttpTestClient agent = signIn(DemoUsers.AGENT);
		assertThat(agent.get("/desk/organizations/import").statusCode()).isEqualTo(403);
		assertThat(agent
			.get(reportPath(manager, "code_client;nom\nIMP-030;X\n".getBytes(StandardCharsets.UTF_8), "ORGANIZATIONS"))
			.statusCode()).isEqualTo(403);
		assertThat(manager.get("/desk/organizations/import/00000000-0000-0000-0000-000000000000").statusCode())
			.isEqualTo(404);
		assertThat(signIn(DemoUsers.ORGANIZATION_ADMIN).get("/desk/organizations/import").statusCode()).isEqualTo(403);
	}

	@Test
	void theSearchResultIsExportedWithFormulasDefused() {
		this.jdbc.update("insert into organizations (organization_id, name, kind, customer_code, active, city,"
				+ " created_at) values (gen_random_uuid(), '=HYPERLINK(\"http://x.invalid\")', 'COMPANY', 'IMP-040',"
				+ " true, '@Saint-Exemple', now())");
		assertThat(signIn(DemoUsers.AGENT).get("/desk/organizations/export.csv").statusCode()).as("managers only")
			.isEqualTo(403);
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		HttpResponse<String> export = manager.get("/desk/organizations/export.csv?q=saint-exemple");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(export.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment"));
		String[] lines = export.body().split("\r\n");
		assertThat(lines[0]).isEqualTo(
				"\uFEFFcode_client;nom;raison_sociale;type;siret;actif;adresse;code_postal;ville;pays;email;telephone;fax;membres");
		assertThat(export.body()).contains("C-1001;Mairie de Saint-Exemple;")
			.contains("21750001600019")
			.contains("C-1003;Régie des eaux de Saint-Exemple")
			.contains("\"'=HYPERLINK(\"\"http://x.invalid\"\")\"")
			.contains(";'@Saint-Exemple;")
			.doesNotContain("Transports Dupuis");

		String report = uploadAndFollow(manager, "ORGANIZATIONS", "organisations.csv",
				export.body().getBytes(StandardCharsets.UTF_8));
		assertThat(report).as("an export reads back as an import that changes nothing")
			.contains("Inchangée : ")
			.contains("Colonnes ignorées (inconnues) : membres")
			.doesNotContain("À créer")
			.doesNotContain("À mettre à jour")
			.doesNotContain("En erreur :");
	}

	private String uploadAndFollow(HttpTestClient client, String kind, String fileName, byte[] content) {
		HttpResponse<String> uploaded = client.upload("/desk/organizations/import", "/desk/organizations/import",
				Map.of("kind", kind), "file", fileName, content);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		return page(client
			.get(uploaded.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")));
	}

	/**
	 * @return the page's text as read: entities decoded, no-break spaces as spaces
	 */
	private static String page(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body()).replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	private String reportPath(HttpTestClient client, byte[] content, String kind) {
		HttpResponse<String> uploaded = client.upload("/desk/organizations/import", "/desk/organizations/import",
				Map.of("kind", kind), "file", "import.csv", content);
		assertThat(uploaded.statusCode()).isEqualTo(302);
		return uploaded.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private HttpResponse<String> upload(HttpTestClient client, String kind, String content) {
		return client.upload("/desk/organizations/import", "/desk/organizations/import", Map.of("kind", kind), "file",
				"import.csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private void apply(HttpTestClient client, String kind, String csv) {
		String path = reportPath(client, csv.getBytes(StandardCharsets.UTF_8), kind);
		assertThat(client.submit(path, path, Map.of()).statusCode()).isEqualTo(302);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private HttpTestClient signIn(DemoUsers user) {
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(user.email(), DemoUsers.PASSWORD);
		return client;
	}

}
