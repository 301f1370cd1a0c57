package org.guichet.ticket;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.guichet.support.DemoUsers;
import org.guichet.support.GuichetWebTest;
import org.guichet.support.HttpTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request types and their themes: administrators keep them in admin, the ticket module
 * offers them through {@link RequestTypes}, and bad input is named with nothing saved.
 * Every type made here has a code starting with {@code IT-}, removed after each test.
 */
@GuichetWebTest
class RequestTypesIntegrationTests {

	private static final String LIST = "/admin/request-types";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RequestTypes requestTypes;

	@Autowired
	Categories categories;

	@AfterEach
	void removeTestTypes() {
		String made = "select request_type_id from request_types where code ilike 'IT-%'";
		this.jdbc.update("delete from request_themes where request_type_id in (" + made + ")");
		this.jdbc.update("delete from request_types where code ilike 'IT-%'");
		this.jdbc.update("delete from categories where name like 'IT %'");
	}

	@Test
	void administratorsCreateARequestTypeAndEditItsSettings() {
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		assertThat(admin.get("/admin").body()).as("in the admin menu").contains("href=\"/admin/request-types\"");
		assertThat(admin.get(LIST).body()).contains("<h1>Types de demande</h1>").contains("INCIDENT");

		Map<String, String> form = settings("IT-Create", "Demander un devis");
		form.put("description", "Pour un nouveau module.");
		form.put("contractRequired", "true");
		HttpResponse<String> created = admin.submit(LIST + "/new", LIST + "/new", form);
		assertThat(created.statusCode()).isEqualTo(302);
		String page = path(created);
		UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
		assertThat(admin.get(page).body()).contains("Le type de demande est créé")
			.contains("<h1>Demander un devis</h1>");
		RequestTypeView saved = this.requestTypes.find(id).orElseThrow();
		assertThat(saved.code()).isEqualTo("IT-Create");
		assertThat(saved.description()).isEqualTo("Pour un nouveau module.");
		assertThat(saved.contractRequired()).isTrue();
		assertThat(saved.showsImpact()).isTrue();
		assertThat(saved.showsBeneficiary()).isFalse();
		assertThat(saved.active()).isTrue();

		Map<String, String> edited = settings("IT-Quote", "Demander un devis détaillé");
		edited.remove("showsImpact");
		edited.put("showsBeneficiary", "true");
		UUID commercial = this.categories.create("IT Commercial", null);
		edited.put("category", commercial.toString());
		assertThat(admin.submit(page, page, edited).statusCode()).isEqualTo(302);
		assertThat(admin.get(page).body()).contains("Les réglages sont enregistrés.");
		RequestTypeView changed = this.requestTypes.find(id).orElseThrow();
		assertThat(changed.code()).isEqualTo("IT-Quote");
		assertThat(changed.name()).isEqualTo("Demander un devis détaillé");
		assertThat(changed.categoryId()).isEqualTo(commercial);
		assertThat(changed.description()).as("left blank").isNull();
		assertThat(changed.contractRequired()).isFalse();
		assertThat(changed.showsImpact()).isFalse();
		assertThat(changed.showsBeneficiary()).isTrue();
		assertThat(admin.get(LIST).body()).contains("IT-Quote").contains("IT Commercial");

		UUID closed = this.categories.create("IT Fermée", null);
		CategoryView closedView = this.categories.find(closed).orElseThrow();
		this.categories.update(closed, closedView.version(), "IT Fermée", null, false);
		Map<String, String> toInactive = settings("IT-Quote", "Demander un devis détaillé");
		toInactive.put("category", closed.toString());
		HttpResponse<String> inactive = admin.submit(page, page, toInactive);
		assertThat(inactive.statusCode()).isEqualTo(400);
		assertThat(inactive.body()).contains("id=\"category-error\"")
			.contains("Choisissez une catégorie active de la liste.");
		assertThat(this.requestTypes.find(id).orElseThrow().categoryId()).isEqualTo(commercial);

		Map<String, String> tooLong = settings("IT-Quote", "x".repeat(201));
		tooLong.put("position", "premier");
		HttpResponse<String> refused = admin.submit(page, page, tooLong);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"name-error\"")
			.contains("Ce champ compte au plus 200 caractères.")
			.contains("aria-describedby=\"name-error name-help\"")
			.contains("id=\"position-error\"");
		assertThat(this.requestTypes.find(id).orElseThrow().name()).isEqualTo("Demander un devis détaillé");
	}

	@Test
	void managersConfigureTheTypesOfTheCategoriesTheyManageOnly() {
		assertThat(signIn(DemoUsers.AGENT).get(LIST).statusCode()).isEqualTo(403);
		String henri = this.jdbc.queryForObject("select user_id::text from users where email = ?", String.class,
				DemoUsers.MANAGER.email());
		String software = this.jdbc
			.queryForObject("select category_id::text from categories where name = 'Support logiciel'", String.class);
		String assistance = this.jdbc
			.queryForObject("select category_id::text from categories where name = 'Assistance'", String.class);
		this.jdbc.update(
				"update category_rights set access = 'WRITE' where user_id = ?::uuid and category_id <> ?::uuid", henri,
				software);
		try {
			HttpTestClient manager = signIn(DemoUsers.MANAGER);
			String list = manager.get(LIST).body();
			assertThat(list).contains("INCIDENT").doesNotContain("QUESTION").doesNotContain("ETAT_CIVIL");
			String question = this.jdbc.queryForObject(
					"select request_type_id::text from request_types where code = 'QUESTION'", String.class);
			assertThat(manager.get(LIST + "/" + question).statusCode()).isEqualTo(404);

			Map<String, String> elsewhere = settings("IT-Managed", "Type d'un responsable");
			elsewhere.put("category", assistance);
			HttpResponse<String> refused = manager.submit(LIST + "/new", LIST + "/new", elsewhere);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("id=\"category-error\"")
				.contains("Choisissez une des catégories que vous gérez.");
			Map<String, String> his = settings("IT-Managed", "Type d'un responsable");
			his.put("category", software);
			assertThat(manager.submit(LIST + "/new", LIST + "/new", his).statusCode()).isEqualTo(302);
			assertThat(manager.get(LIST).body()).contains("IT-Managed");
		}
		finally {
			this.jdbc.update("update category_rights set access = 'MANAGE' where user_id = ?::uuid", henri);
		}
	}

	@Test
	void themesFormAThreeLevelTreeListedDepthFirst() {
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		UUID type = create(admin, "IT-Tree");
		String page = LIST + "/" + type;
		UUID payroll = addTheme(admin, type, null, "Paie");
		UUID accounting = addTheme(admin, type, null, "Comptabilité");
		UUID payslips = addTheme(admin, type, payroll, "Bulletins");
		addTheme(admin, type, payroll, "Déclarations");
		UUID contributions = addTheme(admin, type, payslips, "Calcul des cotisations");
		addTheme(admin, type, accounting, "Clôture annuelle");
		assertThat(admin.get(page).body()).contains("Le thème est ajouté.");
		assertThat(paths(type)).containsExactly("Paie", "Paie › Bulletins", "Paie › Bulletins › Calcul des cotisations",
				"Paie › Déclarations", "Comptabilité", "Comptabilité › Clôture annuelle");

		assertThat(admin.submit(page, page + "/themes/" + accounting + "/up", Map.of()).statusCode()).isEqualTo(302);
		assertThat(admin.submit(page, page + "/themes/" + payslips + "/down", Map.of()).statusCode()).isEqualTo(302);
		assertThat(paths(type)).containsExactly("Comptabilité", "Comptabilité › Clôture annuelle", "Paie",
				"Paie › Déclarations", "Paie › Bulletins", "Paie › Bulletins › Calcul des cotisations");
		ThemeView deepest = this.requestTypes.find(type).orElseThrow().activeTheme(contributions).orElseThrow();
		assertThat(deepest.depth()).isEqualTo(3);
		assertThat(deepest.parentId()).isEqualTo(payslips);

		HttpResponse<String> fourthLevel = admin.submit(page, page + "/themes",
				Map.of("parentId", contributions.toString(), "name", "Taux réduit"));
		assertThat(fourthLevel.statusCode()).isEqualTo(400);
		assertThat(fourthLevel.body()).contains("Une précision ne peut pas avoir de sous-thème");
		assertThat(this.requestTypes.find(type).orElseThrow().themes()).hasSize(6);
		assertThat(admin.get(page).body()).as("no form to add under a précision")
			.contains("id=\"theme-new-" + payslips + "\"")
			.doesNotContain("id=\"theme-new-" + contributions + "\"");
	}

	@Test
	void aDuplicateCodeInAnotherCaseIsRefusedWithNothingSaved() {
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		UUID first = create(admin, "IT-Dup");
		HttpResponse<String> duplicate = admin.submit(LIST + "/new", LIST + "/new", settings("it-dup", "Doublon"));
		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(duplicate.body()).contains("id=\"code-error\"")
			.contains("Ce code est déjà celui d&#39;un autre type de demande.")
			.contains("aria-invalid=\"true\"");
		assertThat(this.jdbc.queryForObject("select count(*) from request_types where lower(code) = 'it-dup'",
				Integer.class))
			.isEqualTo(1);

		UUID second = create(admin, "IT-Other");
		String page = LIST + "/" + second;
		HttpResponse<String> renamed = admin.submit(page, page, settings("IT-DUP", "Autre"));
		assertThat(renamed.statusCode()).isEqualTo(400);
		assertThat(renamed.body()).contains("Ce code est déjà celui d&#39;un autre type de demande.");
		assertThat(this.requestTypes.find(second).orElseThrow().code()).isEqualTo("IT-Other");
		assertThat(this.requestTypes.find(first).orElseThrow().code()).isEqualTo("IT-Dup");

		HttpResponse<String> badCode = admin.submit(LIST + "/new", LIST + "/new", settings("IT dup!", "Espace"));
		assertThat(badCode.statusCode()).isEqualTo(400);
		assertThat(badCode.body()).contains("Le code compte de 1 à 40 lettres");
	}

	@Test
	void aThemeCannotTakeTheNameOfASibling() {
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		UUID type = create(admin, "IT-Names");
		String page = LIST + "/" + type;
		UUID payroll = addTheme(admin, type, null, "Paie");
		UUID payslips = addTheme(admin, type, payroll, "Bulletins");
		addTheme(admin, type, payroll, "Déclarations");
		addTheme(admin, type, null, "Déclarations");

		HttpResponse<String> rename = admin.submit(page, page + "/themes/" + payslips + "/rename",
				Map.of("name", "DÉCLARATIONS"));
		assertThat(rename.statusCode()).isEqualTo(400);
		assertThat(rename.body()).contains("Un thème du même niveau porte déjà ce nom.")
			.contains("id=\"theme-name-" + payslips + "-error\"")
			.contains("value=\"DÉCLARATIONS\"");
		HttpResponse<String> added = admin.submit(page, page + "/themes", Map.of("name", " paie "));
		assertThat(added.statusCode()).isEqualTo(400);
		assertThat(added.body()).contains("id=\"theme-new-error\"");
		assertThat(paths(type)).containsExactly("Paie", "Paie › Bulletins", "Paie › Déclarations", "Déclarations");

		assertThat(admin.submit(page, page + "/themes/" + payslips + "/rename", Map.of("name", "Bulletins de paie"))
			.statusCode()).isEqualTo(302);
		assertThat(paths(type)).contains("Paie › Bulletins de paie");
	}

	@Test
	void aDeactivatedThemeIsNoLongerOfferedNorAreItsChildren() {
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		UUID type = create(admin, "IT-Off");
		String page = LIST + "/" + type;
		UUID payroll = addTheme(admin, type, null, "Paie");
		UUID payslips = addTheme(admin, type, payroll, "Bulletins");
		addTheme(admin, type, null, "Comptabilité");

		assertThat(admin.submit(page, page + "/themes/" + payroll + "/deactivate", Map.of()).statusCode())
			.isEqualTo(302);
		RequestTypeView view = this.requestTypes.find(type).orElseThrow();
		assertThat(view.activeThemes()).extracting(ThemeView::path).containsExactly("Comptabilité");
		assertThat(view.themes()).as("still listed, marked").hasSize(3);
		assertThat(view.activeTheme(payslips)).isEmpty();
		assertThat(admin.get(page).body()).contains("Réactiver").contains("Masqué : un thème parent est désactivé");

		assertThat(admin.submit(page, page + "/themes/" + payroll + "/activate", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.requestTypes.find(type).orElseThrow().activeThemes()).extracting(ThemeView::path)
			.containsExactly("Paie", "Paie › Bulletins", "Comptabilité");
	}

	@Test
	void anInactiveTypeIsListedButNotOffered() {
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		UUID type = create(admin, "IT-Inactive");
		assertThat(this.requestTypes.active()).extracting(RequestTypeView::id).contains(type);
		Map<String, String> form = settings("IT-Inactive", "Type IT-Inactive");
		form.remove("active");
		assertThat(admin.submit(LIST + "/" + type, LIST + "/" + type, form).statusCode()).isEqualTo(302);
		assertThat(this.requestTypes.active()).extracting(RequestTypeView::id).doesNotContain(type);
		assertThat(this.requestTypes.all()).extracting(RequestTypeView::id).contains(type);
		assertThat(this.requestTypes.find(type).orElseThrow().active()).isFalse();
	}

	@Test
	void theDemoOffersIncidentsQuestionsAndCivilStatusRequests() {
		assertThat(this.requestTypes.active()).extracting(RequestTypeView::code)
			.containsSubsequence("INCIDENT", "QUESTION", "ETAT_CIVIL");
		RequestTypeView incident = this.requestTypes.active()
			.stream()
			.filter((type) -> type.code().equals("INCIDENT"))
			.findFirst()
			.orElseThrow();
		assertThat(incident.contractRequired()).isTrue();
		assertThat(incident.activeThemes()).extracting(ThemeView::path)
			.contains("Paie › Bulletins › Calcul des cotisations", "Paie › Déclarations › DSN",
					"Comptabilité › Clôture annuelle");
	}

	@Test
	void onlyAdministratorsAndManagersOfACategoryConfigureRequestTypes() {
		assertThat(signIn(DemoUsers.MEMBER).get(LIST).statusCode()).isEqualTo(403);
		assertThat(signIn(DemoUsers.AGENT).get(LIST).statusCode()).isEqualTo(403);
		String henri = this.jdbc.queryForObject("select user_id::text from users where email = ?", String.class,
				DemoUsers.MANAGER.email());
		this.jdbc.update("update category_rights set access = 'WRITE' where user_id = ?::uuid", henri);
		try {
			assertThat(signIn(DemoUsers.MANAGER).get(LIST + "/new").statusCode())
				.as("a manager who manages no category")
				.isEqualTo(403);
		}
		finally {
			this.jdbc.update("update category_rights set access = 'MANAGE' where user_id = ?::uuid", henri);
		}
	}

	@Test
	void anUnknownTypeOrThemeIsNotFound() {
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		assertThat(admin.get(LIST + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		UUID type = create(admin, "IT-Lost");
		UUID other = create(admin, "IT-Elsewhere");
		UUID elsewhere = addTheme(admin, other, null, "Ailleurs");
		String page = LIST + "/" + type;
		assertThat(
				admin.submit(page, page + "/themes/" + UUID.randomUUID() + "/rename", Map.of("name", "X")).statusCode())
			.isEqualTo(404);
		assertThat(admin.submit(page, page + "/themes/" + elsewhere + "/deactivate", Map.of()).statusCode())
			.as("another type's theme")
			.isEqualTo(404);
		assertThat(admin.submit(page, page + "/themes", Map.of("parentId", elsewhere.toString(), "name", "X"))
			.statusCode()).isEqualTo(404);
		assertThat(admin.submit(page, LIST + "/" + UUID.randomUUID(), settings("IT-Ghost", "Fantôme")).statusCode())
			.isEqualTo(404);
		assertThat(this.requestTypes.find(type).orElseThrow().themes()).isEmpty();
	}

	private UUID create(HttpTestClient admin, String code) {
		HttpResponse<String> created = admin.submit(LIST + "/new", LIST + "/new", settings(code, "Type " + code));
		assertThat(created.statusCode()).isEqualTo(302);
		String page = path(created);
		return UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
	}

	private UUID addTheme(HttpTestClient admin, UUID type, UUID parent, String name) {
		String page = LIST + "/" + type;
		Map<String, String> fields = new HashMap<>(Map.of("name", name));
		if (parent != null) {
			fields.put("parentId", parent.toString());
		}
		assertThat(admin.submit(page, page + "/themes", fields).statusCode()).isEqualTo(302);
		return this.requestTypes.find(type)
			.orElseThrow()
			.themes()
			.stream()
			.filter((theme) -> theme.name().equals(name) && Objects.equals(theme.parentId(), parent))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private List<String> paths(UUID type) {
		return this.requestTypes.find(type).orElseThrow().themes().stream().map(ThemeView::path).toList();
	}

	private static Map<String, String> settings(String code, String name) {
		return new HashMap<>(Map.of("code", code, "name", name, "description", "", "category", "", "position", "500",
				"showsImpact", "true", "showsUrgency", "true", "showsWatchers", "true", "active", "true"));
	}

	private static String path(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/admin"));
	}

	private HttpTestClient signIn(DemoUsers user) {
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(user.email(), DemoUsers.PASSWORD);
		return client;
	}

}
