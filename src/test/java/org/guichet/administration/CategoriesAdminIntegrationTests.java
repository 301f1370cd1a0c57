package org.guichet.administration;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.guichet.support.DemoUsers;
import org.guichet.support.GuichetWebTest;
import org.guichet.support.HttpTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Catégories" in admin: a category is created, renamed and closed, staff get and lose a
 * right on it from either side, and bad input is named with nothing saved. Every category
 * made here is named "IT …", removed after each test.
 */
@GuichetWebTest
class CategoriesAdminIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestCategories() {
		this.jdbc.update(
				"delete from category_rights where category_id in (select category_id from categories where name like 'IT %')");
		this.jdbc.update("delete from categories where name like 'IT %'");
	}

	@Test
	void administratorsCreateACategoryAndGiveRightsFromBothSides() {
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		HttpResponse<String> created = admin.submit("/admin/categories", "/admin/categories",
				Map.of("name", "IT Scolarité", "description", "Inscriptions et cantine"));
		assertThat(created.statusCode()).isEqualTo(302);
		String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
		assertThat(page(admin.get(path))).contains("La catégorie est créée.").contains("<h1>IT Scolarité</h1>");

		HttpResponse<String> twice = admin.submit("/admin/categories", "/admin/categories",
				Map.of("name", "it scolarité", "description", ""));
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(page(twice)).contains("id=\"name-error\"").contains("Une autre catégorie porte déjà ce nom.");
		assertThat(count()).isOne();

		String sophie = userId("agent@editions-exemple.fr");
		assertThat(admin.submit(path, path + "/rights", Map.of("user", sophie, "access", "READ")).statusCode())
			.isEqualTo(302);
		assertThat(access(id, sophie)).isEqualTo("READ");
		String userPage = "/admin/users/" + sophie + "/categories";
		assertThat(page(admin.get(userPage))).contains("IT Scolarité").contains("Consultation");
		assertThat(admin.submit(userPage, path + "/rights", Map.of("user", sophie, "access", "MANAGE", "back", "user"))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith(userPage);
		assertThat(access(id, sophie)).isEqualTo("MANAGE");
		admin.submit(userPage, path + "/rights", Map.of("user", sophie, "access", "NONE", "back", "user"));
		assertThat(access(id, sophie)).isNull();
		assertThat(admin.submit(userPage, userPage, Map.of("category", id.toString(), "access", "WRITE")).statusCode())
			.isEqualTo(302);
		assertThat(access(id, sophie)).isEqualTo("WRITE");

		String marie = userId("marie.durand@saint-exemple.fr");
		assertThat(admin.submit(path, path + "/rights", Map.of("user", marie, "access", "WRITE")).statusCode())
			.as("a customer gets no right on a category")
			.isEqualTo(404);
		assertThat(admin.submit(path, path + "/rights", Map.of("user", sophie, "access", "ALL")).statusCode())
			.isEqualTo(400);

		String version = this.jdbc.queryForObject("select version::text from categories where category_id = ?",
				String.class, id);
		assertThat(admin
			.submit(path, path,
					Map.of("version", version, "name", "IT Scolarité 1er degré", "description", "", "active", "false"))
			.statusCode()).isEqualTo(302);
		String list = page(admin.get("/admin/categories"));
		assertThat(list).contains("IT Scolarité 1er degré").contains("Inactive");
		HttpResponse<String> stale = admin.submit(path, path,
				Map.of("version", version, "name", "IT Autre nom", "description", ""));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(page(stale)).contains("Quelqu'un a modifié cette catégorie entre-temps");
		assertThat(admin.get("/admin/categories/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAdministratorsManageCategories() {
		assertThat(signIn(DemoUsers.MANAGER).get("/admin/categories").statusCode()).isEqualTo(403);
		assertThat(signIn(DemoUsers.MEMBER).get("/admin/categories").statusCode()).isEqualTo(403);
	}

	private String access(UUID category, String user) {
		return this.jdbc.query("select access from category_rights where category_id = ? and user_id = ?::uuid",
				(rs) -> rs.next() ? rs.getString(1) : null, category, user);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from categories where name like 'IT %'", Long.class);
	}

	private String userId(String email) {
		return this.jdbc.queryForObject("select user_id::text from users where email = ?", String.class, email);
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
