package org.guichet;

import java.net.http.HttpResponse;
import java.util.Map;

import org.guichet.support.DemoUsers;
import org.guichet.support.GuichetWebTest;
import org.guichet.support.HttpTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation as seen over HTTP: sign-in, sessions in PostgreSQL, security headers,
 * languages, error pages and the operations endpoints.
 */
@GuichetWebTest
class WebFoundationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	HttpTestClient browser;

	@BeforeEach
	void openBrowser() {
		this.browser = new HttpTestClient(this.port);
	}

	@Test
	void signInPageAnswersInFrenchByDefault() {
		HttpResponse<String> page = this.browser.get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"fr\"").contains("Connexion à votre espace");
	}

	@Test
	void signInPageFollowsTheBrowsersLanguage() {
		HttpResponse<String> page = this.browser.acceptLanguage("en-GB,en;q=0.9").get("/login");
		assertThat(page.body()).contains("<html lang=\"en\"").contains("Sign in to your space");
	}

	@Test
	void aLanguageWeDoNotSpeakFallsBackToFrench() {
		HttpResponse<String> page = this.browser.acceptLanguage("de-DE").get("/login");
		assertThat(page.body()).contains("<html lang=\"fr\"");
	}

	@Test
	void pagesCarryTheSecurityHeaders() {
		HttpResponse<String> page = this.browser.get("/login");
		String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
		assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
	}

	@ParameterizedTest
	@EnumSource(DemoUsers.class)
	void eachDemoUserLandsOnTheirHome(DemoUsers user) {
		HttpResponse<String> signIn = this.browser.signIn(user.email(), DemoUsers.PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).contains(this.browser.url(user.home()));
		assertThat(this.browser.get(user.home()).body())
			.contains("<h1>" + user.homeHeading().replace("'", "&#39;") + "</h1>");
	}

	@Test
	void signInRenewsTheSessionIdAndKeepsTheSessionInPostgres() {
		this.browser.get("/login");
		String before = this.browser.sessionId().orElseThrow();
		this.browser.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		String after = this.browser.sessionId().orElseThrow();
		assertThat(after).isNotEqualTo(before);
		Integer sessions = this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, DemoUsers.MEMBER.email());
		assertThat(sessions).isPositive();
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessage() {
		HttpResponse<String> signIn = this.browser.signIn(DemoUsers.AGENT.email(), "not-the-password");
		assertThat(signIn.headers().firstValue("Location")).contains(this.browser.url("/login?error"));
		assertThat(this.browser.get("/login?error").body()).contains("Adresse e-mail ou mot de passe incorrect.");
		assertThat(this.browser.get("/desk").statusCode()).isEqualTo(302);
	}

	@Test
	void anUnknownAddressGetsTheSameMessageAsAWrongPassword() {
		HttpResponse<String> signIn = this.browser.signIn("nobody@example.org", "whatever-password");
		assertThat(signIn.headers().firstValue("Location")).contains(this.browser.url("/login?error"));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		this.browser.get("/login");
		HttpResponse<String> post = this.browser.post("/login",
				Map.of("email", DemoUsers.MEMBER.email(), "password", DemoUsers.PASSWORD));
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(post.body()).contains("Accès refusé").doesNotContain("Exception");
	}

	@Test
	void signOutEndsTheSession() {
		this.browser.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		HttpResponse<String> signOut = this.browser.submit("/", "/logout", Map.of());
		assertThat(signOut.headers().firstValue("Location")).contains(this.browser.url("/login?logout"));
		assertThat(this.browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void customersCannotOpenTheDeskNorAgentsAdmin() {
		HttpTestClient customer = new HttpTestClient(this.port);
		customer.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		assertThat(customer.get("/desk").statusCode()).isEqualTo(403);
		assertThat(customer.get("/admin").statusCode()).isEqualTo(403);
		HttpTestClient agent = new HttpTestClient(this.port);
		agent.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		assertThat(agent.get("/desk").statusCode()).isEqualTo(200);
		assertThat(agent.get("/admin").statusCode()).isEqualTo(403);
	}

	@Test
	void staffOpeningThePortalHomeAreSentToTheirs() {
		this.browser.signIn(DemoUsers.MANAGER.email(), DemoUsers.PASSWORD);
		assertThat(this.browser.get("/").headers().firstValue("Location")).contains(this.browser.url("/desk"));
	}

	@Test
	void anUnknownPageShowsAFriendlyNotFoundPage() {
		this.browser.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		HttpResponse<String> page = this.browser.get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page introuvable").contains("Marie Durand");
	}

	@Test
	void aFailureShowsAFriendlyPageWithoutDetails() {
		this.browser.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		HttpResponse<String> page = this.browser.acceptLanguage("en").get("/failing-page");
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Something went wrong")
			.doesNotContain("secret-detail-42")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at org.");
	}

	@Test
	void noFreeDatabaseConnectionIsABusyPageToRetryNotAServerError() {
		this.browser.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		HttpResponse<String> page = this.browser.get("/busy-page");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.body()).contains("Guichet est très sollicité")
			.contains("Réessayez dans quelques secondes")
			.doesNotContain("secret-detail-43")
			.doesNotContain("HikariPool");
	}

	@Test
	void healthProbesArePublicAndReadinessChecksTheDatabase() {
		assertThat(this.browser.get("/actuator/health/liveness").body()).contains("\"UP\"");
		HttpResponse<String> readiness = this.browser.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"db\"");
	}

	@Test
	void prometheusMetricsAreForAdministratorsOnly() {
		HttpResponse<String> anonymous = this.browser.get("/actuator/prometheus");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		HttpTestClient agent = new HttpTestClient(this.port);
		agent.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		assertThat(agent.get("/actuator/prometheus").statusCode()).isEqualTo(403);
		HttpTestClient admin = new HttpTestClient(this.port);
		admin.signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		HttpResponse<String> metrics = admin.get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		HttpTestClient admin = new HttpTestClient(this.port);
		admin.signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		assertThat(admin.get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(admin.get("/actuator/beans").statusCode()).isEqualTo(404);
	}

	@Test
	void theLanguageChosenInTheHeaderIsRememberedForTheNextSignIn() {
		HttpTestClient first = new HttpTestClient(this.port);
		first.signIn(DemoUsers.HOUSEHOLD_MEMBER.email(), DemoUsers.PASSWORD);
		assertThat(first.get("/?lang=en").body()).contains("<html lang=\"en\"");
		HttpTestClient second = new HttpTestClient(this.port);
		second.signIn(DemoUsers.HOUSEHOLD_MEMBER.email(), DemoUsers.PASSWORD);
		assertThat(second.get("/").body()).contains("<html lang=\"en\"").contains("Dashboard");
		second.get("/?lang=fr");
	}

	@Test
	void theProfileSavesTheLanguagePreferenceAndRefusesUnknownOnes() {
		this.browser.signIn(DemoUsers.TECHNICAL_CONTACT.email(), DemoUsers.PASSWORD);
		HttpResponse<String> saved = this.browser.submit("/profile", "/profile",
				Map.of("displayName", "Luc Moreau", "phone", "", "language", "en"));
		assertThat(saved.headers().firstValue("Location")).contains(this.browser.url("/profile"));
		assertThat(this.browser.get("/profile").body()).contains("Your details are saved.")
			.contains("<option value=\"en\" lang=\"en\" selected=\"selected\">");

		HttpResponse<String> refused = this.browser.submit("/profile", "/profile",
				Map.of("displayName", "", "phone", "not a phone", "language", "klingon"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("This field is required.")
			.contains("Enter a phone number")
			.contains("Choose one of the languages offered.");
		assertThat(this.browser.get("/profile").body())
			.contains("<option value=\"en\" lang=\"en\" selected=\"selected\">");

		this.browser.submit("/profile", "/profile", Map.of("displayName", "Luc Moreau", "phone", "", "language", ""));
		assertThat(this.browser.get("/profile").body()).contains("<option value=\"\" selected=\"selected\">");
	}

	@Test
	void aFormLeftOpenAfterTheSessionExpiredLeadsBackToSignIn() {
		this.browser.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		String token = HttpTestClient.csrfToken(this.browser.get("/").body());
		this.jdbc.update("delete from spring_session where principal_name = ?", DemoUsers.MEMBER.email());
		HttpResponse<String> signOut = this.browser.post("/logout", Map.of("_csrf", token));
		assertThat(signOut.headers().firstValue("Location")).contains(this.browser.url("/login?expired"));
		assertThat(this.browser.get("/login?expired").body()).contains("Votre session a expiré");
	}

}
