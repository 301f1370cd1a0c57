package org.guichet.account;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guichet.support.AccountsWebTest;
import org.guichet.support.DemoUsers;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.support.HttpTestClient;
import org.guichet.support.Mails;
import org.guichet.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mon profil": password change, open sessions, and a password that expired.
 */
@AccountsWebTest
class ProfileIntegrationTests {

	@AfterEach
	void restoreTheChangedAddress(@Autowired JdbcTemplate jdbcTemplate) {
		jdbcTemplate.update("update users set email = ? where email = ?", DemoUsers.TECHNICAL_CONTACT.email(),
				"luc.moreau@nouvelle-adresse.fr");
	}

	private static final Pattern END_SESSION = Pattern.compile("action=\"(/profile/sessions/[0-9a-f]+/end)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxSender outbox;

	@Autowired
	NotificationPreferences preferences;

	@Test
	void changingThePasswordNeedsTheCurrentOneAndCanCloseOtherSessions() {
		String email = "agent@editions-exemple.fr";
		HttpTestClient phone = signIn(email, DemoUsers.PASSWORD);
		HttpTestClient laptop = signIn(email, DemoUsers.PASSWORD);

		HttpResponse<String> wrong = laptop.submit("/profile", "/profile/password",
				Map.of("currentPassword", "not it", "password", "Trois tickets urgents ce matin",
						"passwordConfirmation", "Trois tickets urgents ce matin", "endOtherSessions", "true"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Le mot de passe actuel n&#39;est pas le bon.");
		assertThat(phone.get("/desk").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = laptop.submit("/profile", "/profile/password",
				Map.of("currentPassword", DemoUsers.PASSWORD, "password", "Trois tickets urgents ce matin",
						"passwordConfirmation", "Trois tickets urgents ce matin", "endOtherSessions", "true"));
		assertThat(changed.headers().firstValue("Location")).contains(laptop.url("/profile"));
		assertThat(laptop.get("/profile").body()).contains("Votre mot de passe est changé.");
		assertThat(phone.get("/desk").statusCode()).as("the other session is closed").isEqualTo(302);
		assertThat(signIn(email, "Trois tickets urgents ce matin").get("/desk").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from security_events where type = 'PASSWORD_CHANGED' and subject_email = ?",
				Integer.class, email))
			.isEqualTo(1);
	}

	@Test
	void aUserSeesAndClosesTheirOtherSessions() {
		String email = DemoUsers.ORGANIZATION_ADMIN.email();
		HttpTestClient other = signIn(email, DemoUsers.PASSWORD);
		HttpTestClient me = signIn(email, DemoUsers.PASSWORD);
		String page = me.get("/profile").body();
		assertThat(page).contains("Cette session").contains("Java-http-client");
		Matcher end = END_SESSION.matcher(page);
		int closed = 0;
		while (end.find()) {
			assertThat(me.submit("/profile", end.group(1), Map.of()).statusCode()).isEqualTo(302);
			closed++;
		}
		assertThat(closed).isPositive();
		assertThat(other.get("/").statusCode()).isEqualTo(302);
		assertThat(me.get("/").statusCode()).isEqualTo(200);
		assertThat(me.submit("/profile", "/profile/sessions/00000000000000000000abcd/end", Map.of()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void anExpiredPasswordMustBeChangedBeforeAnythingElse() {
		String email = DemoUsers.MEMBER.email();
		this.jdbc.update("update users set password_changed_at = now() - interval '91 days' where email = ?", email);
		HttpTestClient user = new HttpTestClient(this.port);
		HttpResponse<String> signIn = user.signIn(email, DemoUsers.PASSWORD);
		assertThat(signIn.headers().firstValue("Location")).contains(user.url("/profile"));
		assertThat(user.get("/").headers().firstValue("Location")).contains(user.url("/profile"));
		assertThat(user.get("/colleagues").headers().firstValue("Location")).contains(user.url("/profile"));
		assertThat(user.get("/profile").body()).contains("Votre mot de passe a expiré");

		user.submit("/profile", "/profile/password", Map.of("currentPassword", DemoUsers.PASSWORD, "password",
				"Le marché de la place du village", "passwordConfirmation", "Le marché de la place du village"));
		assertThat(user.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void anAddressChangeIsConfirmedFromTheNewAddress() {
		String email = DemoUsers.TECHNICAL_CONTACT.email();
		this.jdbc.update("delete from outbound_emails");
		TestMailServer.clear();
		HttpTestClient user = signIn(email, DemoUsers.PASSWORD);
		HttpResponse<String> wrongPassword = user.submit("/profile", "/profile/email",
				Map.of("newEmail", "luc.moreau@nouvelle-adresse.fr", "emailPassword", "nope"));
		assertThat(wrongPassword.statusCode()).isEqualTo(400);
		HttpResponse<String> used = user.submit("/profile", "/profile/email",
				Map.of("newEmail", DemoUsers.AGENT.email(), "emailPassword", DemoUsers.PASSWORD));
		assertThat(used.body()).contains("Cette adresse est déjà celle d&#39;un autre compte.");

		HttpResponse<String> sent = user.submit("/profile", "/profile/email",
				Map.of("newEmail", "Luc.Moreau@Nouvelle-Adresse.fr", "emailPassword", DemoUsers.PASSWORD));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(this.outbox.sendDue()).contains(2);
		assertThat(Mails.text(Mails.to(email).get(0))).contains("luc.moreau@nouvelle-adresse.fr");
		String link = Mails.linkPath(Mails.to("luc.moreau@nouvelle-adresse.fr").get(0), "/email/confirm/");
		assertThat(new HttpTestClient(this.port).signIn(email, DemoUsers.PASSWORD).headers().firstValue("Location"))
			.as("nothing changes before confirmation")
			.contains(user.url("/"));

		HttpTestClient fromMail = new HttpTestClient(this.port);
		assertThat(fromMail.get(link).body()).contains("Confirmer la nouvelle adresse");
		assertThat(this.jdbc.queryForObject("select count(*) from users where email = ?", Integer.class, email))
			.as("opening the link changes nothing")
			.isEqualTo(1);
		assertThat(fromMail.submit(link, link, Map.of()).headers().firstValue("Location"))
			.contains(user.url("/login?emailChanged"));
		assertThat(user.get("/").statusCode()).as("sessions end").isEqualTo(302);
		assertThat(signIn("luc.moreau@nouvelle-adresse.fr", DemoUsers.PASSWORD).get("/").statusCode()).isEqualTo(200);
		assertThat(fromMail.post(link, Map.of("_csrf", HttpTestClient.csrfToken(fromMail.get("/login").body())))
			.statusCode()).as("single use").isEqualTo(410);
		assertThat(fromMail.get(link).statusCode()).isEqualTo(410);
	}

	@Test
	void aUserChoosesTheirCivilityAndWhichEmailsTheyWant() {
		String email = DemoUsers.HOUSEHOLD_MEMBER.email();
		UserId id = new UserId(
				this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class, email));
		assertThat(this.preferences.whoWants(List.of(id), NotificationTopic.ORGANIZATION_REQUESTS)).as("off by default")
			.isEmpty();
		HttpTestClient user = signIn(email, DemoUsers.PASSWORD);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("civility", "MADAME");
		form.add("displayName", "Claire Martin");
		form.add("phone", "01 23 45 67 89");
		form.add("language", "fr");
		form.add("notifications", "OWN_REQUESTS");
		form.add("notifications", "ORGANIZATION_REQUESTS");
		form.add("preferredContact", "SMS");
		assertThat(user.submit("/profile", "/profile", form).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select preferred_contact from users where email = ?", String.class, email))
			.isEqualTo("SMS");
		String page = user.get("/profile").body();
		assertThat(page).contains("<option value=\"MADAME\" selected=\"selected\">Madame</option>")
			.containsPattern("value=\"ORGANIZATION_REQUESTS\"\\s+checked=\"checked\"");
		assertThat(this.preferences.whoWants(List.of(id), NotificationTopic.ORGANIZATION_REQUESTS)).containsExactly(id);
		assertThat(this.preferences.whoWants(List.of(id), NotificationTopic.SERVICE_STATUS)).as("unticked").isEmpty();

		MultiValueMap<String, String> wrong = new LinkedMultiValueMap<>(form);
		wrong.set("civility", "Docteur");
		wrong.set("notifications", "EVERYTHING");
		wrong.set("preferredContact", "PIGEON");
		HttpResponse<String> refused = user.submit("/profile", "/profile", wrong);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Choisissez une civilité proposée.")
			.contains("Choisissez parmi les messages proposés.")
			.contains("Choisissez un moyen de la liste.");
		assertThat(this.jdbc.queryForObject("select civility from users where email = ?", String.class, email))
			.isEqualTo("MADAME");
	}

	private HttpTestClient signIn(String email, String password) {
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(email, password);
		return client;
	}

}
