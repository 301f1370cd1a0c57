package org.guichet.account;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.guichet.account.internal.AccountSettings;
import org.guichet.account.internal.AccountSettingsService;
import org.guichet.support.AccountsWebTest;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Règles des comptes": an administrator chooses the password policy, the password's
 * maximum age and two-factor authentication for staff, and they apply at once.
 */
@AccountsWebTest
class AccountSettingsIntegrationTests {

	private static final String PAGE = "/admin/account-settings";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountSettingsService settings;

	@AfterEach
	void restoreTheDefaults() {
		this.settings.update(this.settings.defaults(), administratorId());
	}

	@Test
	void theRulesChosenApplyToTheNextSignInAndPassword() {
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		assertThat(admin.get(PAGE).body()).contains("Règles des mots de passe").contains("Compatible CegidLife");

		HttpResponse<String> saved = admin.submit(PAGE, PAGE,
				Map.of("passwordRules", "CEGIDLIFE", "expire", "true", "maxAgeDays", "1", "twoFactorForStaff", "true"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(admin.get(PAGE).body()).contains("Les règles sont enregistrées.");
		assertThat(this.settings.current()).isEqualTo(new AccountSettings(PasswordPolicy.Rules.CEGIDLIFE, 1, true));
		assertThat(this.jdbc.queryForObject("select count(*) from security_events where type = 'SETTINGS_CHANGED'"
				+ " and details like '%policy=CEGIDLIFE, maxAgeDays=1, staff2fa=true'", Integer.class))
			.isEqualTo(1);

		String email = DemoUsers.MEMBER.email();
		this.jdbc.update("update users set password_changed_at = now() - interval '2 days' where email = ?", email);
		HttpTestClient member = new HttpTestClient(this.port);
		assertThat(member.signIn(email, DemoUsers.PASSWORD).headers().firstValue("Location"))
			.as("two days old is expired under a one-day maximum age")
			.contains(member.url("/profile"));
		HttpResponse<String> changed = member.submit("/profile", "/profile/password", Map.of("currentPassword",
				DemoUsers.PASSWORD, "password", "Bateau7!", "passwordConfirmation", "Bateau7!"));
		assertThat(changed.statusCode()).as("8 characters of 4 kinds pass CegidLife's rules").isEqualTo(302);
		assertThat(member.get("/").statusCode()).isEqualTo(200);

		HttpTestClient agent = new HttpTestClient(this.port);
		assertThat(agent.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD).headers().firstValue("Location"))
			.contains(agent.url("/profile/two-factor"));
	}

	@Test
	void theStandardRulesRefuseAShortPassword() {
		HttpTestClient member = signIn(DemoUsers.TECHNICAL_CONTACT);
		HttpResponse<String> refused = member.submit("/profile", "/profile/password", Map.of("currentPassword",
				DemoUsers.PASSWORD, "password", "Bateau7!", "passwordConfirmation", "Bateau7!"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("compter au moins 12 caractères");
	}

	@Test
	void aWrongValueIsNamedNextToItsFieldAndNothingChanges() {
		AccountSettings before = this.settings.current();
		HttpTestClient admin = signIn(DemoUsers.ADMINISTRATOR);
		HttpResponse<String> badAge = admin.submit(PAGE, PAGE,
				Map.of("passwordRules", "CEGIDLIFE", "expire", "true", "maxAgeDays", "quatre-vingt-dix"));
		assertThat(badAge.statusCode()).isEqualTo(400);
		assertThat(badAge.body()).contains("id=\"maxAgeDays-error\"")
			.contains("Indiquez un nombre de jours entre 1 et");
		HttpResponse<String> tooLong = admin.submit(PAGE, PAGE,
				Map.of("passwordRules", "STANDARD", "expire", "true", "maxAgeDays", "99999"));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		HttpResponse<String> badRules = admin.submit(PAGE, PAGE, Map.of("passwordRules", "NONE"));
		assertThat(badRules.statusCode()).isEqualTo(400);
		assertThat(badRules.body()).contains("Choisissez l&#39;une des règles proposées.");
		assertThat(this.settings.current()).isEqualTo(before);
		assertThat(
				admin.submit(PAGE, PAGE, Map.of("passwordRules", "STANDARD", "expire", "abc", "twoFactorForStaff", "2"))
					.statusCode())
			.as("a box sending something else is unticked, not a failure")
			.isEqualTo(302);
		assertThat(this.settings.current()).isEqualTo(new AccountSettings(PasswordPolicy.Rules.STANDARD, null, false));
	}

	@Test
	void onlyAdministratorsSeeTheRules() {
		assertThat(signIn(DemoUsers.MANAGER).get(PAGE).statusCode()).isEqualTo(403);
		assertThat(signIn(DemoUsers.ORGANIZATION_ADMIN).get(PAGE).statusCode()).isEqualTo(403);
	}

	private HttpTestClient signIn(DemoUsers user) {
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(user.email(), DemoUsers.PASSWORD);
		return client;
	}

	private UserId administratorId() {
		return new UserId(this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class,
				DemoUsers.ADMINISTRATOR.email()));
	}

}
