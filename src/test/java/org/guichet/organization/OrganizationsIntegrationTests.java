package org.guichet.organization;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.OrganizationsWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizations, contracts and products: the staff back office, "Mon établissement", the
 * switch between customer accounts, and who may see and change what.
 */
@OrganizationsWebTest
class OrganizationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Contracts contracts;

	@Test
	void staffFindOrganizationsByNameCodeSiretCityOrMember() {
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		assertThat(agent.get("/desk/organizations?q=saint").body()).contains("Mairie de Saint-Exemple")
			.contains("Régie des eaux de Saint-Exemple")
			.doesNotContain("Transports Dupuis SARL");
		assertThat(agent.get("/desk/organizations?q=MAIRIE+DE+SAINT-EXEMPLE").body())
			.contains("Mairie de Saint-Exemple");
		assertThat(agent.get("/desk/organizations?q=217+500+016+00019").body()).contains("Mairie de Saint-Exemple")
			.doesNotContain("Régie des eaux");
		assertThat(agent.get("/desk/organizations?q=lyon").body()).contains("Transports Dupuis SARL");
		assertThat(agent.get("/desk/organizations?q=luc.moreau").body()).as("a member's address")
			.contains("Transports Dupuis SARL")
			.doesNotContain("Mairie de Saint-Exemple");
		assertThat(agent.get("/desk/organizations?q=PAUL+LEF%C3%89BVRE").body())
			.as("a member's name, accents and case ignored")
			.contains("Mairie de Saint-Exemple")
			.contains("Régie des eaux de Saint-Exemple")
			.doesNotContain("Transports Dupuis SARL");
		assertThat(agent.get("/desk/organizations?kind=HOUSEHOLD").body()).contains("Foyer Martin")
			.doesNotContain("Mairie de Saint-Exemple");
		assertThat(agent.get("/desk/organizations?q=100%25").body()).contains("Aucune organisation ne correspond.");
		assertThat(agent.get("/desk/organizations?kind=SHOP").statusCode()).isEqualTo(400);
		assertThat(agent.get("/desk/organizations?active=maybe").statusCode()).isEqualTo(400);
		assertThat(signIn(DemoUsers.ORGANIZATION_ADMIN).get("/desk/organizations").statusCode()).isEqualTo(403);
	}

	@Test
	void theSearchIsPagedFromTheLastOrganizationShown() {
		for (int i = 0; i < 55; i++) {
			this.jdbc.update(
					"insert into organizations (organization_id, name, kind, customer_code, active, created_at)"
							+ " values (gen_random_uuid(), ?, 'COMPANY', ?, true, now())",
					"Pagination %02d".formatted(i), "PAGE-%02d".formatted(i));
		}
		try {
			HttpTestClient agent = signIn(DemoUsers.AGENT);
			String first = agent.get("/desk/organizations?q=pagination").body();
			assertThat(first).contains("Pagination 00").contains("Pagination 49").doesNotContain("Pagination 50");
			String next = first.replaceAll("(?s).*href=\"(/desk/organizations\\?[^\"]*after=[^\"]+)\".*", "$1")
				.replace("&amp;", "&");
			String second = agent.get(next).body();
			assertThat(second).contains("Pagination 50").contains("Pagination 54").doesNotContain("Pagination 49");
		}
		finally {
			this.jdbc.update("delete from organizations where customer_code like 'PAGE-%'");
		}
	}

	@Test
	void managersCreateOrganizationsAndBadValuesAreNamedWithNothingSaved() {
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		Map<String, String> form = new java.util.HashMap<>(Map.of("name", "Collège Jean Moulin", "kind", "PUBLIC_BODY",
				"customerCode", "C-2001", "siret", "19380000000001", "active", "true", "city", "Grenoble", "email",
				"secretariat@college.example", "country", "FR"));
		HttpResponse<String> badSiret = manager.submit("/desk/organizations/new", "/desk/organizations/new", form);
		assertThat(badSiret.statusCode()).isEqualTo(400);
		assertThat(badSiret.body()).contains("id=\"siret-error\"").contains("clé de contrôle");

		form.put("siret", "21750001600019");
		HttpResponse<String> usedSiret = manager.submit("/desk/organizations/new", "/desk/organizations/new", form);
		assertThat(usedSiret.statusCode()).isEqualTo(400);
		assertThat(usedSiret.body()).contains("Ce SIRET est déjà celui d&#39;une autre organisation.");

		form.put("siret", "");
		form.put("customerCode", "c-1001");
		HttpResponse<String> usedCode = manager.submit("/desk/organizations/new", "/desk/organizations/new", form);
		assertThat(usedCode.body()).contains("Ce code client est déjà celui d&#39;une autre organisation.");
		form.put("customerCode", "C-2001");
		form.put("email", "pas une adresse");
		form.put("country", "France");
		HttpResponse<String> badContact = manager.submit("/desk/organizations/new", "/desk/organizations/new", form);
		assertThat(badContact.body()).contains("id=\"email-error\"").contains("id=\"country-error\"");
		assertThat(this.jdbc.queryForObject("select count(*) from organizations where name = 'Collège Jean Moulin'",
				Integer.class))
			.isZero();

		form.put("email", "secretariat@college.example");
		form.put("country", "fr");
		HttpResponse<String> created = manager.submit("/desk/organizations/new", "/desk/organizations/new", form);
		assertThat(created.statusCode()).isEqualTo(302);
		String card = created.headers().firstValue("Location").orElseThrow();
		assertThat(manager.get(card.substring(card.indexOf("/desk"))).body()).contains("Collège Jean Moulin")
			.contains("L&#39;organisation est créée.")
			.contains("Grenoble");
		this.jdbc.update("delete from organizations where customer_code = 'C-2001'");

		HttpTestClient agent = signIn(DemoUsers.AGENT);
		assertThat(agent.get("/desk/organizations/new").statusCode()).as("agents read only").isEqualTo(403);
		assertThat(agent.get("/desk/organizations/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void contractsBelongToTheirOrganizationAndDecideTheProductsOffered() {
		UUID townHall = organization("C-1001");
		UUID company = organization("C-1002");
		assertThat(this.contracts.productsUnderActiveContract(new OrganizationId(townHall), LocalDate.now())
			.stream()
			.map(ProductView::code)).as("Juridem's contract ended").containsExactly("INDELINE", "WINPAIE");
		assertThat(this.contracts.productsUnderActiveContract(new OrganizationId(company), LocalDate.now())
			.stream()
			.map(ProductView::code)).as("Winpaie's contract is suspended").containsExactly("NOTILUS");

		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		String path = "/desk/organizations/" + company + "/contracts/new";
		UUID juridem = this.jdbc.queryForObject("select product_id from products where code = 'JURIDEM'", UUID.class);
		HttpResponse<String> endsFirst = manager.submit(path, path, Map.of("productId", juridem.toString(), "signedOn",
				"2026-03-01", "endsOn", "2025-03-01", "number", ""));
		assertThat(endsFirst.statusCode()).isEqualTo(400);
		assertThat(endsFirst.body()).contains("La date de fin ne peut pas précéder la date de signature.");
		HttpResponse<String> unknownProduct = manager.submit(path, path,
				Map.of("productId", UUID.randomUUID().toString(), "signedOn", "2026-03-01"));
		assertThat(unknownProduct.body()).contains("Choisissez un produit de la liste.");
		assertThat(manager
			.submit(path, path,
					Map.of("productId", juridem.toString(), "signedOn", LocalDate.now().minusDays(1).toString(),
							"number", ""))
			.statusCode()).isEqualTo(302);
		assertThat(this.contracts.productsUnderActiveContract(new OrganizationId(company), LocalDate.now())
			.stream()
			.map(ProductView::code)).containsExactly("JURIDEM", "NOTILUS");
		UUID added = this.jdbc.queryForObject(
				"select contract_id from contracts where organization_id = ? and number = 'Inconnu'", UUID.class,
				company);
		assertThat(manager.get("/desk/organizations/" + townHall + "/contracts/" + added + "/edit").statusCode())
			.as("another organization's contract")
			.isEqualTo(404);
		this.jdbc.update("delete from contracts where contract_id = ?", added);
	}

	@Test
	void staffAdministratorsManageTheMembersOfAnyOrganization() {
		UUID townHall = organization("C-1001");
		UUID marie = user(DemoUsers.MEMBER);
		String member = "/desk/organizations/" + townHall + "/members/" + marie;
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		assertThat(manager.get(member).body()).contains("Marie Durand").doesNotContain("/role\"");
		assertThat(manager.submit(member, member + "/role", Map.of("role", "ADMIN")).statusCode()).isEqualTo(403);

		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		assertThat(admin.submit(member, member + "/role", Map.of("role", "TECHNICAL_CONTACT")).statusCode())
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select role from memberships where user_id = ?", String.class, marie))
			.isEqualTo("TECHNICAL_CONTACT");
		assertThat(admin.submit(member, member + "/role", Map.of("role", "OWNER")).statusCode()).isEqualTo(400);
		String elsewhere = "/desk/organizations/" + organization("C-1002") + "/members/" + marie;
		assertThat(admin.get(elsewhere).statusCode()).as("not a member there").isEqualTo(404);
		assertThat(admin.submit(member, elsewhere + "/remove", Map.of()).statusCode()).isEqualTo(404);

		HttpTestClient marieBrowser = signIn(DemoUsers.MEMBER);
		assertThat(admin.submit(member, member + "/block", Map.of()).statusCode()).isEqualTo(302);
		assertThat(marieBrowser.get("/").statusCode()).as("her session ends").isEqualTo(302);
		assertThat(admin.submit(member, member + "/unblock", Map.of()).statusCode()).isEqualTo(302);
		String invited = "/desk/organizations/" + townHall + "/members/" + this.jdbc
			.queryForObject("select user_id from users where email = 'julien.bonnet@saint-exemple.fr'", UUID.class);
		HttpResponse<String> notActive = admin.submit(invited, invited + "/block", Map.of());
		assertThat(notActive.statusCode()).as("an account waiting for activation").isEqualTo(409);
		assertThat(notActive.body()).contains("Seul un compte activé peut être bloqué");
		assertThat(admin.submit(member, member + "/role", Map.of("role", "MEMBER")).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from security_events where subject_user_id = ? and type = 'ROLE_CHANGED'",
				Integer.class, marie))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aMemberSeesTheirOrganizationAndItsAdministratorEditsItsContactDetails() {
		HttpTestClient marie = signIn(DemoUsers.MEMBER);
		String page = marie.get("/organization").body();
		assertThat(page).contains("Mairie de Saint-Exemple")
			.contains("21750001600019")
			.doesNotContain("/organization/contact\"");
		assertThat(marie.get("/organization/contracts").body()).contains("CT-2021-0042")
			.contains("Inconnu")
			.contains("Winpaie");
		assertThat(marie.get("/organization/contact").statusCode()).isEqualTo(404);

		HttpTestClient paul = signIn(DemoUsers.ORGANIZATION_ADMIN);
		HttpResponse<String> wrong = paul.submit("/organization/contact", "/organization/contact",
				Map.of("street", "1 place de la Mairie", "email", "accueil@", "phone", "appelez-nous"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"email-error\"").contains("id=\"phone-error\"");
		HttpResponse<String> saved = paul.submit("/organization/contact", "/organization/contact",
				Map.of("street", "2 place de la Mairie", "postcode", "38000", "city", "Saint-Exemple", "country", "FR",
						"email", "mairie@saint-exemple.fr", "phone", "04 76 00 00 01", "name", "Mairie piratée",
						"customerCode", "X"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.jdbc
			.queryForMap("select name, customer_code, street from organizations where customer_code = 'C-1001'"))
			.as("identification is staff's")
			.containsEntry("name", "Mairie de Saint-Exemple")
			.containsEntry("street", "2 place de la Mairie");
		this.jdbc.update("update organizations set street = '1 place de la Mairie', email = 'accueil@saint-exemple.fr'"
				+ " where customer_code = 'C-1001'");
	}

	@Test
	void aUserOfSeveralOrganizationsSwitchesBetweenThemOnly() {
		HttpTestClient paul = signIn(DemoUsers.ORGANIZATION_ADMIN);
		String home = paul.get("/").body();
		assertThat(home).contains("Changer de compte client").contains("Régie des eaux de Saint-Exemple (C-1003)");
		assertThat(paul.get("/organization").body()).contains("<h1>Mairie de Saint-Exemple</h1>");
		assertThat(paul.submit("/", "/organization/switch", Map.of("organizationId", organization("C-1003").toString()))
			.statusCode()).isEqualTo(302);
		assertThat(paul.get("/organization").body()).contains("<h1>Régie des eaux de Saint-Exemple</h1>");
		assertThat(paul.get("/organization/contact").statusCode()).as("only a member of the Régie").isEqualTo(404);
		assertThat(paul.get("/colleagues").body()).contains("Paul Lefebvre").doesNotContain("Marie Durand");
		assertThat(paul.submit("/", "/organization/switch", Map.of("organizationId", organization("C-1002").toString()))
			.statusCode()).as("not his").isEqualTo(404);
		assertThat(signIn(DemoUsers.MEMBER).get("/").body()).as("one organization, no switch")
			.doesNotContain("Changer de compte client");
	}

	private UUID organization(String customerCode) {
		return this.jdbc.queryForObject("select organization_id from organizations where customer_code = ?", UUID.class,
				customerCode);
	}

	private UUID user(DemoUsers user) {
		return this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class, user.email());
	}

	private HttpTestClient signIn(DemoUsers user) {
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(user.email(), DemoUsers.PASSWORD);
		return client;
	}

}
