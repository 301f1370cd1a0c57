package org.guichet.organization;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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
 * Household accounts: the staff search, opening one at the counter, its people and
 * states, what its own administrator may do, and staff acting for it ("mode guichet"),
 * logged with both names.
 */
@OrganizationsWebTest
class HouseholdsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restoreTheMartins() {
		String opened = "select organization_id from organizations where customer_code like 'F-3%'";
		this.jdbc.update("delete from individuals where organization_id in (" + opened + ")");
		this.jdbc.update("delete from memberships where organization_id in (" + opened + ")");
		this.jdbc.update("delete from households where organization_id in (" + opened + ")");
		this.jdbc.update("delete from organizations where customer_code like 'F-3%'");
		this.jdbc.update("delete from individuals where first_name = 'Nina'");
		this.jdbc.update("update individuals set responsible = false where organization_id = ?", martins());
		this.jdbc.update("update individuals set responsible = true where first_name = 'Claire'");
		this.jdbc.update("update individuals set user_id = null where first_name = 'Thomas'");
		this.jdbc.update("delete from memberships where user_id in (select user_id from users where email = ?)",
				"thomas.martin@example.org");
		this.jdbc.update("update households set state = 'VALID' where organization_id = ?", martins());
		this.jdbc.update("update organizations set phone = null, active = true where customer_code = 'F-2001'");
	}

	@Test
	void staffFindPeopleByNameOrNumberWithFiltersAndSorts() {
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		assertThat(page(agent.get("/desk/households?lastName=MARTIN"))).contains("Martin Claire")
			.contains("Martin Thomas")
			.contains("Martin Léa")
			.contains("Martin Hugo")
			.contains("12/03/1984");
		assertThat(page(agent.get("/desk/households?firstName=lea"))).as("accents ignored")
			.contains("Martin Léa")
			.doesNotContain("Martin Hugo");
		String responsibleOnly = page(agent.get("/desk/households?lastName=martin&responsible=true"));
		assertThat(responsibleOnly).contains("Martin Claire").doesNotContain("Martin Thomas");
		String byName = page(agent.get("/desk/households?number=f-2001"));
		assertThat(byName.indexOf("Martin Hugo")).as("by name: Hugo before Thomas")
			.isPositive()
			.isLessThan(byName.indexOf("Martin Thomas"));
		String byNumber = page(agent.get("/desk/households?number=f-2001&sort=NUMBER"));
		assertThat(byNumber.indexOf("Martin Thomas")).as("by number: adults first")
			.isPositive()
			.isLessThan(byNumber.indexOf("Martin Hugo"));
		assertThat(page(agent.get("/desk/households?number=f-2001&sort=CREATED"))).contains("Martin Hugo");
		assertThat(page(agent.get("/desk/households?firstName=hugo&responsible=true")))
			.as("a child's name finds the household's responsible adult")
			.contains("Martin Claire")
			.doesNotContain("Martin Hugo");
		assertThat(page(agent.get("/desk/households?lastName=martin&state=ARCHIVED")))
			.contains("Aucun foyer ne correspond.");
		assertThat(page(agent.get("/desk/households?lastName=martin&active=false")))
			.contains("Aucun foyer ne correspond.");
		assertThat(page(agent.get("/desk/households?lastName=martin&state=VALID&active=true&sort=NUMBER")))
			.contains("Martin Claire");
		assertThat(agent.get("/desk/households?state=LOST").statusCode()).isEqualTo(400);
		assertThat(agent.get("/desk/households?sort=AGE").statusCode()).isEqualTo(400);
		assertThat(agent.get("/desk/households?page=0").statusCode()).isEqualTo(400);
		assertThat(signIn(DemoUsers.HOUSEHOLD_MEMBER).get("/desk/households").statusCode()).isEqualTo(403);
	}

	@Test
	void anAgentWithTheCounterRightOpensAHouseholdAndInvitesItsResponsibleAdult() {
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		long before = count("select count(*) from households");
		Map<String, String> form = new HashMap<>(Map.of("civility", "MADAME", "firstName", "", "lastName", "Bernard",
				"birthDate", "2999-01-01", "street", "5 rue des Lilas", "postcode", "38000", "city", "Saint-Exemple",
				"email", "", "phone", "04 76 00 00 99", "invite", "true"));
		HttpResponse<String> refused = agent.submit("/desk/households/new", "/desk/households/new", form);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(page(refused)).contains("Ce champ est obligatoire.")
			.contains("Indiquez une date de naissance passée")
			.contains("Indiquez l'adresse e-mail à laquelle envoyer l'invitation.");
		assertThat(count("select count(*) from households")).isEqualTo(before);

		form.putAll(Map.of("firstName", "Nadia", "birthDate", "1990-05-17", "email", DemoUsers.MANAGER.email()));
		HttpResponse<String> staffAddress = agent.submit("/desk/households/new", "/desk/households/new", form);
		assertThat(staffAddress.statusCode()).isEqualTo(400);
		assertThat(page(staffAddress)).contains("id=\"email-error\"")
			.contains("Cette adresse est celle d'un membre du personnel.");
		assertThat(count("select count(*) from households")).as("nothing of the household saved").isEqualTo(before);

		form.put("email", "nadia.bernard@example.org");
		HttpResponse<String> opened = agent.submit("/desk/households/new", "/desk/households/new", form);
		assertThat(opened.statusCode()).isEqualTo(302);
		String card = page(agent.get(path(opened)));
		assertThat(card).contains("Foyer Bernard").contains("Le compte foyer est créé.").contains("Valide");
		Map<String, Object> household = this.jdbc.queryForMap("""
				select o.customer_code, o.kind, h.state, i.first_name, i.responsible, u.email, m.role
				from organizations o join households h on h.organization_id = o.organization_id
				join individuals i on i.organization_id = o.organization_id
				join users u on u.user_id = i.user_id
				join memberships m on m.organization_id = o.organization_id and m.user_id = u.user_id
				where o.name = 'Foyer Bernard'""");
		assertThat((String) household.get("customer_code")).matches("F-3\\d{3}");
		assertThat(household).containsEntry("kind", "HOUSEHOLD")
			.containsEntry("state", "VALID")
			.containsEntry("first_name", "Nadia")
			.containsEntry("responsible", true)
			.containsEntry("email", "nadia.bernard@example.org")
			.containsEntry("role", "ADMIN");
		assertThat(count("select count(*) from outbound_emails where recipient = 'nadia.bernard@example.org'"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList("select details from security_events where type = 'HOUSEHOLD_CHANGED'"
				+ " and organization_id = (select organization_id from organizations where name = 'Foyer Bernard')"
				+ " order by occurred_at", String.class))
			.containsExactlyInAnyOrder(household.get("customer_code") + ": opened",
					household.get("customer_code") + ": portal sign-in given to Nadia Bernard");
	}

	@Test
	void aHouseholdKeepsOneResponsibleAdultAndMovesBetweenStatesAsAllowed() {
		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		String martins = "/desk/households/" + martins();
		HttpResponse<String> noBirthDate = manager.submit(martins, martins + "/individuals",
				Map.of("kind", "CHILD", "civility", "", "firstName", "Nina", "lastName", "Martin", "birthDate", ""));
		assertThat(noBirthDate.statusCode()).isEqualTo(400);
		assertThat(page(noBirthDate)).contains("Indiquez la date de naissance de l'enfant.");
		assertThat(
				manager
					.submit(martins, martins + "/individuals",
							Map.of("kind", "CHILD", "civility", "", "firstName", "Nina", "lastName", "Martin",
									"birthDate", "2021-01-30"))
					.statusCode())
			.isEqualTo(302);

		UUID nina = individual("Nina");
		HttpResponse<String> childResponsible = manager.submit(martins,
				martins + "/individuals/" + nina + "/responsible", Map.of());
		assertThat(childResponsible.statusCode()).isEqualTo(409);
		assertThat(page(childResponsible)).contains("Le responsable du compte est un adulte.");
		assertThat(manager.submit(martins, martins + "/individuals/" + individual("Claire") + "/remove", Map.of())
			.statusCode()).isEqualTo(409);
		assertThat(manager.submit(martins, martins + "/individuals/" + individual("Thomas") + "/responsible", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(
				this.jdbc.queryForList("select first_name from individuals where responsible and organization_id = ?",
						String.class, martins()))
			.containsExactly("Thomas");
		this.jdbc.update("update individuals set responsible = false where organization_id = ?", martins());
		this.jdbc.update("update individuals set responsible = true where first_name = 'Claire'");
		assertThat(manager.submit(martins, martins + "/individuals/" + nina + "/remove", Map.of()).statusCode())
			.isEqualTo(302);

		assertThat(manager.submit(martins, martins + "/state", Map.of("state", "ARCHIVED")).statusCode())
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select active from organizations where organization_id = ?", Boolean.class,
				martins()))
			.as("an archived account is inactive")
			.isFalse();
		assertThat(manager.submit(martins, martins + "/state", Map.of("state", "INVALID")).statusCode()).isEqualTo(409);
		assertThat(manager.submit(martins, martins + "/active", Map.of("active", "true")).statusCode()).isEqualTo(409);
		assertThat(manager.submit(martins, martins + "/state", Map.of("state", "VALID")).statusCode()).isEqualTo(302);
		assertThat(manager.submit(martins, martins + "/state", Map.of("state", "LOST")).statusCode()).isEqualTo(400);

		HttpTestClient agentWithoutRight = signIn(DemoUsers.AGENT);
		this.jdbc.update("update users set counter_mode = false where email = ?", DemoUsers.AGENT.email());
		assertThat(agentWithoutRight.get("/desk/households/new").statusCode()).isEqualTo(403);
		assertThat(agentWithoutRight.get(martins).statusCode()).as("agents read").isEqualTo(200);
		assertThat(manager.get("/desk/households/" + organization("C-1001")).statusCode())
			.as("an organization that is not a household")
			.isEqualTo(404);
		assertThat(manager.get(martins + "/individuals/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void anAdultOfTheHouseholdIsGivenAPortalSignIn() {
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		String thomas = "/desk/households/" + martins() + "/individuals/" + individual("Thomas");
		HttpResponse<String> staffAddress = agent.submit(thomas, thomas + "/login",
				Map.of("email", DemoUsers.MANAGER.email()));
		assertThat(staffAddress.statusCode()).isEqualTo(400);
		assertThat(page(staffAddress)).contains("Cette adresse est celle d'un membre du personnel.");
		String lea = "/desk/households/" + martins() + "/individuals/" + individual("Léa");
		assertThat(page(agent.submit(lea, lea + "/login", Map.of("email", "lea.martin@example.org"))))
			.contains("Seul un adulte se connecte au portail.");
		assertThat(agent.submit(thomas, thomas + "/login", Map.of("email", "thomas.martin@example.org")).statusCode())
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("""
				select u.email || ' ' || m.role from individuals i join users u on u.user_id = i.user_id
				join memberships m on m.user_id = u.user_id and m.organization_id = i.organization_id
				where i.first_name = 'Thomas'""", String.class)).isEqualTo("thomas.martin@example.org MEMBER");
		assertThat(count("select count(*) from outbound_emails where recipient = 'thomas.martin@example.org'"))
			.isEqualTo(1);
		assertThat(page(agent.submit(thomas, thomas + "/login", Map.of("email", "thomas.martin@example.org"))))
			.contains("Cette personne se connecte déjà au portail.");

		assertThat(agent.submit(thomas, thomas + "/remove", Map.of()).statusCode()).isEqualTo(302);
		assertThat(count("""
				select count(*) from memberships m join users u on u.user_id = m.user_id
				where u.email = 'thomas.martin@example.org'""")).as("a person removed no longer signs in to it")
			.isZero();
		this.jdbc.update("""
				insert into individuals (individual_id, organization_id, kind, civility, first_name, last_name,
				  birth_date, created_at)
				values (gen_random_uuid(), ?, 'ADULT', 'MONSIEUR', 'Thomas', 'Martin', date '1982-11-02', now())""",
				martins());
	}

	@Test
	void theResponsibleAdultDeclaresAPersonWhichStaffThenValidate() {
		HttpTestClient claire = signIn(DemoUsers.HOUSEHOLD_MEMBER);
		assertThat(page(claire.get("/organization/individuals"))).contains("Léa Martin")
			.contains("né(e) le 04/09/2018");
		HttpResponse<String> declared = claire.submit("/organization/individuals", "/organization/individuals", Map
			.of("kind", "CHILD", "civility", "", "firstName", "Nina", "lastName", "Martin", "birthDate", "2024-02-29"));
		assertThat(declared.statusCode()).isEqualTo(302);
		assertThat(page(claire.get("/organization/individuals"))).contains("Nina Martin")
			.contains("les services valideront la modification");
		assertThat(state()).isEqualTo("PENDING");
		assertThat(page(signIn(DemoUsers.AGENT).get("/desk/households?state=PENDING"))).contains("Martin Nina");

		HttpTestClient manager = signIn(DemoUsers.MANAGER);
		String martins = "/desk/households/" + martins();
		assertThat(manager.submit(martins, martins + "/state", Map.of("state", "VALID")).statusCode()).isEqualTo(302);
		assertThat(state()).isEqualTo("VALID");

		assertThat(signIn(DemoUsers.MEMBER).get("/organization/individuals").statusCode())
			.as("a town hall is not a household")
			.isEqualTo(404);
	}

	@Test
	void staffActForAHouseholdAtTheCounterAndTheLogNamesBoth() {
		HttpTestClient agent = signIn(DemoUsers.AGENT);
		String martins = "/desk/households/" + martins();
		assertThat(agent.get("/").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/desk"));
		HttpResponse<String> started = agent.submit(martins, martins + "/counter", Map.of());
		assertThat(started.statusCode()).isEqualTo(302);

		String home = page(agent.get("/"));
		assertThat(home).contains("Vous agissez pour le foyer N° F-2001 (Foyer Martin)")
			.contains("href=\"/organization\"");
		assertThat(page(agent.get("/organization/individuals"))).contains("Hugo Martin")
			.contains("Vous agissez pour le foyer N° F-2001");
		assertThat(page(agent.get("/desk/households"))).as("the banner follows them everywhere")
			.contains("Vous agissez pour le foyer N° F-2001");
		HttpResponse<String> contact = agent.submit("/organization/contact", "/organization/contact", Map.of("street",
				"", "postcode", "", "city", "", "country", "FR", "email", "", "phone", "04 76 12 34 56", "fax", ""));
		assertThat(contact.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select phone from organizations where organization_id = ?", String.class,
				martins()))
			.isEqualTo("04 76 12 34 56");

		assertThat(agent.submit("/colleagues", "/colleagues/invite", Map.of("addresses", "x@example.org")).statusCode())
			.as("staff manage people's access from the desk")
			.isEqualTo(403);
		HttpResponse<String> ended = agent.submit("/", "/counter/end", Map.of());
		assertThat(path(ended)).isEqualTo(martins);
		assertThat(agent.get("/").statusCode()).isEqualTo(302);
		assertThat(agent.get("/organization").statusCode()).isEqualTo(404);

		assertThat(this.jdbc.queryForList("""
				select type from security_events
				where organization_id = ? and actor_user_id = (select user_id from users where email = ?)
				order by occurred_at""", String.class, martins(), DemoUsers.AGENT.email()))
			.containsSubsequence("COUNTER_MODE_STARTED", "HOUSEHOLD_CHANGED", "COUNTER_MODE_ENDED");

		assertThat(agent.submit(martins, martins + "/counter", Map.of()).statusCode()).isEqualTo(302);
		this.jdbc.update("update users set counter_mode = false where email = ?", DemoUsers.AGENT.email());
		assertThat(agent.get("/organization").statusCode()).as("acting ends with the right").isEqualTo(404);
		assertThat(page(agent.get("/desk/households"))).doesNotContain("Vous agissez pour le foyer");
		assertThat(count("select count(*) from security_events where type = 'COUNTER_MODE_ENDED'"
				+ " and details like '%no longer allowed%'"))
			.isPositive();
		this.jdbc.update("update users set counter_mode = true where email = ?", DemoUsers.AGENT.email());

		assertThat(signIn(DemoUsers.MANAGER).submit(martins, martins + "/counter", Map.of()).statusCode())
			.as("managers without the right")
			.isEqualTo(403);
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		String agentCard = "/admin/users/" + user(DemoUsers.AGENT);
		assertThat(admin.submit(agentCard, agentCard + "/counter-mode", Map.of()).statusCode()).isEqualTo(302);
		assertThat(count("select count(*) from security_events where type = 'COUNTER_RIGHT_CHANGED'"
				+ " and details = 'may no longer act for households'"))
			.as("the demo only ever gave the right")
			.isPositive();
		assertThat(agent.submit(martins, martins + "/counter", Map.of()).statusCode()).isEqualTo(403);
		String claireCard = "/admin/users/" + user(DemoUsers.HOUSEHOLD_MEMBER);
		assertThat(admin.submit(claireCard, claireCard + "/counter-mode", Map.of("allowed", "true")).statusCode())
			.as("customers never act at the counter")
			.isEqualTo(409);
	}

	private String state() {
		return this.jdbc.queryForObject("select state from households where organization_id = ?", String.class,
				martins());
	}

	private UUID martins() {
		return organization("F-2001");
	}

	private UUID organization(String code) {
		return this.jdbc.queryForObject("select organization_id from organizations where customer_code = ?", UUID.class,
				code);
	}

	private UUID individual(String firstName) {
		return this.jdbc.queryForObject("select individual_id from individuals where first_name = ?", UUID.class,
				firstName);
	}

	private UUID user(DemoUsers user) {
		return this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class, user.email());
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static String path(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
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
