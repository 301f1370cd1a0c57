package org.guichet.account;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.support.AccountsWebTest;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.Mails;
import org.guichet.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Accounts over HTTP, with mail read from a real SMTP server: invitations, activation,
 * forgotten passwords, lockout, blocking, and the walls between organizations.
 */
@AccountsWebTest
class AccountLifecycleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxSender outbox;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void emptyMailbox() {
		this.jdbc.update("delete from outbound_emails");
		TestMailServer.clear();
	}

	@Test
	void anInvitationBatchWithOneBadAddressCreatesNothingAndNamesTheBadLine() {
		HttpTestClient admin = signedIn(DemoUsers.ORGANIZATION_ADMIN);
		HttpResponse<String> result = admin.submit("/colleagues/invite", "/colleagues/invite",
				Map.of("addresses", "lea.blanc@saint-exemple.fr, not-an-address\nhugo.roux@saint-exemple.fr"));
		assertThat(result.statusCode()).isEqualTo(400);
		assertThat(result.body()).contains("not-an-address")
			.contains("Adresse invalide")
			.contains("Rien n&#39;a été envoyé");
		assertThat(this.accounts.findByEmail("lea.blanc@saint-exemple.fr")).isEmpty();
		assertThat(this.accounts.findByEmail("hugo.roux@saint-exemple.fr")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from outbound_emails", Integer.class)).isZero();
	}

	@Test
	void anInviteeActivatesFromTheMailAndSignsIn() {
		HttpTestClient admin = signedIn(DemoUsers.ORGANIZATION_ADMIN);
		HttpResponse<String> result = admin.submit("/colleagues/invite", "/colleagues/invite",
				Map.of("addresses", "Nina.Perrin@Saint-Exemple.fr; nina.perrin@saint-exemple.fr;"
						+ DemoUsers.MEMBER.email() + "\n" + DemoUsers.AGENT.email()));
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("Invitation envoyée")
			.contains("En double dans la liste")
			.contains("Déjà membre de l&#39;organisation")
			.contains("Déjà utilisateur");
		assertThat(this.accounts.findByEmail("nina.perrin@saint-exemple.fr")).map(UserSummary::state)
			.contains(AccountState.INVITED);

		assertThat(this.outbox.sendDue()).contains(1);
		MimeMessage mail = Mails.to("nina.perrin@saint-exemple.fr").get(0);
		assertThat(Mails.text(mail)).contains("Mairie de Saint-Exemple").contains("nina.perrin@saint-exemple.fr");
		String link = Mails.linkPath(mail, "/activate/");

		HttpTestClient invitee = new HttpTestClient(this.port);
		assertThat(invitee.get(link).body()).contains("Activer mon compte").contains("nina.perrin@saint-exemple.fr");
		HttpResponse<String> weak = invitee.submit(link, link, activation("Nina Perrin", "motdepasse", "motdepasse"));
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("Ce mot de passe ne respecte pas les règles");
		HttpResponse<String> personal = invitee.submit(link, link,
				activation("Nina Perrin", "ninaperrin-2026-solide!", "ninaperrin-2026-solide!"));
		assertThat(personal.statusCode()).isEqualTo(400);
		HttpResponse<String> mismatch = invitee.submit(link, link,
				activation("Nina Perrin", "Un jardin sous la pluie", "autre chose"));
		assertThat(mismatch.body()).contains("Les deux mots de passe ne sont pas identiques.");
		assertThat(this.accounts.findByEmail("nina.perrin@saint-exemple.fr")).map(UserSummary::state)
			.contains(AccountState.INVITED);

		HttpResponse<String> activated = invitee.submit(link, link,
				activation("Nina Perrin", "Un jardin sous la pluie", "Un jardin sous la pluie"));
		assertThat(activated.headers().firstValue("Location")).contains(invitee.url("/login?activated"));
		assertThat(invitee.get(link).statusCode()).as("the link dies once used").isEqualTo(410);

		HttpResponse<String> signIn = new HttpTestClient(this.port).signIn("nina.perrin@saint-exemple.fr",
				"Un jardin sous la pluie");
		assertThat(signIn.headers().firstValue("Location")).contains(invitee.url("/"));
		assertThat(this.accounts.findByEmail("nina.perrin@saint-exemple.fr").orElseThrow().displayName())
			.isEqualTo("Nina Perrin");
		assertThat(events("INVITATION_SENT", "nina.perrin@saint-exemple.fr")).isEqualTo(1);
		assertThat(events("ACCOUNT_ACTIVATED", "nina.perrin@saint-exemple.fr")).isEqualTo(1);
	}

	@Test
	void anExpiredActivationLinkOffersANewOne() {
		HttpTestClient admin = signedIn(DemoUsers.ORGANIZATION_ADMIN);
		admin.submit("/colleagues/invite", "/colleagues/invite", Map.of("addresses", "late.comer@saint-exemple.fr"));
		this.outbox.sendDue();
		String link = Mails.linkPath(Mails.to("late.comer@saint-exemple.fr").get(0), "/activate/");
		this.jdbc.update("update account_tokens set expires_at = now() - interval '1 day' where used_at is null");

		HttpTestClient invitee = new HttpTestClient(this.port);
		HttpResponse<String> expired = invitee.get(link);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("Recevoir un nouveau lien");

		TestMailServer.clear();
		HttpResponse<String> resent = invitee.submit(link, "/activate/resend",
				Map.of("email", "late.comer@saint-exemple.fr"));
		assertThat(resent.body()).contains("un nouveau lien vient d&#39;y être envoyé");
		HttpResponse<String> unknown = invitee.submit(link, "/activate/resend", Map.of("email", "who@example.org"));
		assertThat(unknown.body()).contains("un nouveau lien vient d&#39;y être envoyé");
		this.outbox.sendDue();
		assertThat(Mails.to("late.comer@saint-exemple.fr")).hasSize(1);
		assertThat(Mails.to("who@example.org")).isEmpty();
		assertThat(Mails.text(Mails.to("late.comer@saint-exemple.fr").get(0)))
			.contains("Éditions Exemple vous ouvre un compte sur son espace client. Pour y accéder");
		String fresh = Mails.linkPath(Mails.to("late.comer@saint-exemple.fr").get(0), "/activate/");
		assertThat(invitee.get(fresh).statusCode()).isEqualTo(200);
	}

	@Test
	void aForgottenPasswordGetsTheSameAnswerForAnyAddressAndALinkOnlyForAccounts() {
		HttpTestClient anonymous = new HttpTestClient(this.port);
		HttpResponse<String> known = anonymous.submit("/password/forgot", "/password/forgot",
				Map.of("email", DemoUsers.TECHNICAL_CONTACT.email()));
		HttpResponse<String> unknown = anonymous.submit("/password/forgot", "/password/forgot",
				Map.of("email", "nobody@transports-dupuis.fr"));
		assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(200);
		assertThat(section(known.body())).isEqualTo(section(unknown.body()));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from security_events where type = 'PASSWORD_RESET_REQUESTED' and subject_email in (?, ?)",
					Integer.class, DemoUsers.TECHNICAL_CONTACT.email(), "nobody@transports-dupuis.fr") == 2);
		this.outbox.sendDue();
		assertThat(Mails.to("nobody@transports-dupuis.fr")).isEmpty();
		MimeMessage mail = Mails.to(DemoUsers.TECHNICAL_CONTACT.email()).get(0);
		assertThat(Mails.text(mail))
			.contains("Votre identifiant est votre adresse e-mail : " + DemoUsers.TECHNICAL_CONTACT.email());
		String link = Mails.linkPath(mail, "/password/reset/");
		assertThat(this.jdbc.queryForObject(
				"select text_body || html_body from outbound_emails where template = 'account/password-reset'",
				String.class))
			.as("the sent link is not kept")
			.isEmpty();

		HttpTestClient stillSignedIn = signedIn(DemoUsers.TECHNICAL_CONTACT);
		HttpResponse<String> page = anonymous.get(link);
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
		HttpResponse<String> reset = anonymous.submit(link, link,
				Map.of("password", "Des camions sur la route", "passwordConfirmation", "Des camions sur la route"));
		assertThat(reset.headers().firstValue("Location")).contains(anonymous.url("/login?reset"));
		assertThat(anonymous.get("/").statusCode()).as("no automatic sign-in").isEqualTo(302);
		assertThat(stillSignedIn.get("/").statusCode()).as("other sessions end").isEqualTo(302);
		assertThat(anonymous.get(link).statusCode()).as("single use").isEqualTo(410);
		assertThat(new HttpTestClient(this.port).signIn(DemoUsers.TECHNICAL_CONTACT.email(), DemoUsers.PASSWORD)
			.headers()
			.firstValue("Location")).contains(anonymous.url("/login?error"));
		assertThat(new HttpTestClient(this.port).signIn(DemoUsers.TECHNICAL_CONTACT.email(), "Des camions sur la route")
			.headers()
			.firstValue("Location")).contains(anonymous.url("/"));
	}

	@Test
	void fiveFailuresLockTheAccountForAWhileWithoutSayingSo() {
		String email = DemoUsers.HOUSEHOLD_MEMBER.email();
		for (int attempt = 0; attempt < 5; attempt++) {
			new HttpTestClient(this.port).signIn(email, "wrong password " + attempt);
		}
		HttpTestClient rightPassword = new HttpTestClient(this.port);
		HttpResponse<String> locked = rightPassword.signIn(email, DemoUsers.PASSWORD);
		assertThat(locked.headers().firstValue("Location")).contains(rightPassword.url("/login?error"));
		assertThat(events("ACCOUNT_LOCKED", email)).isEqualTo(1);

		this.jdbc.update("update users set locked_until = now() - interval '1 second' where email = ?", email);
		HttpResponse<String> later = new HttpTestClient(this.port).signIn(email, DemoUsers.PASSWORD);
		assertThat(later.headers().firstValue("Location")).contains(rightPassword.url("/"));
		assertThat(this.jdbc.queryForObject("select failed_logins from users where email = ?", Integer.class, email))
			.isZero();
	}

	@Test
	void aBlockedColleagueIsThrownOutAndCannotSignIn() {
		HttpTestClient colleague = signedIn(DemoUsers.MEMBER);
		assertThat(colleague.get("/").statusCode()).isEqualTo(200);
		UserId marie = this.accounts.findByEmail(DemoUsers.MEMBER.email()).orElseThrow().id();

		HttpTestClient admin = signedIn(DemoUsers.ORGANIZATION_ADMIN);
		String card = "/colleagues/" + marie;
		assertThat(admin.get(card).body()).contains("Marie Durand");
		assertThat(admin.submit(card, card + "/block", Map.of()).statusCode()).isEqualTo(302);
		assertThat(admin.get(card).body()).contains("Bloqué");

		assertThat(colleague.get("/").statusCode()).as("session ended").isEqualTo(302);
		HttpTestClient again = new HttpTestClient(this.port);
		assertThat(again.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD).headers().firstValue("Location"))
			.contains(again.url("/login?error"));

		admin.submit(card, card + "/unblock", Map.of());
		assertThat(new HttpTestClient(this.port).signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD)
			.headers()
			.firstValue("Location")).contains(again.url("/"));
		assertThat(events("ACCOUNT_BLOCKED", DemoUsers.MEMBER.email())).isEqualTo(1);
	}

	@Test
	void nobodyReachesTheMembersOfAnotherOrganization() {
		UserId otherOrganizationsMember = this.accounts.findByEmail(DemoUsers.TECHNICAL_CONTACT.email())
			.orElseThrow()
			.id();
		String card = "/colleagues/" + otherOrganizationsMember;
		HttpTestClient admin = signedIn(DemoUsers.ORGANIZATION_ADMIN);
		assertThat(admin.get(card).statusCode()).isEqualTo(404);
		for (String action : List.of("/block", "/unblock", "/remove", "/resend")) {
			assertThat(admin.submit("/colleagues", card + action, Map.of()).statusCode()).as(action).isEqualTo(404);
		}
		assertThat(admin.submit("/colleagues", card + "/role", Map.of("role", "ADMIN")).statusCode()).isEqualTo(404);
		assertThat(this.accounts.find(otherOrganizationsMember).orElseThrow().state()).isEqualTo(AccountState.ACTIVE);

		HttpTestClient member = signedIn(DemoUsers.MEMBER);
		UserId paul = this.accounts.findByEmail(DemoUsers.ORGANIZATION_ADMIN.email()).orElseThrow().id();
		assertThat(member.get("/colleagues/invite").statusCode()).as("members do not invite").isEqualTo(404);
		assertThat(member.submit("/colleagues", "/colleagues/" + paul + "/block", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(member.get("/colleagues").body()).contains("Paul Lefebvre").doesNotContain("Luc Moreau");
	}

	@Test
	void anAdministratorCannotBlockThemself() {
		HttpTestClient admin = signedIn(DemoUsers.ORGANIZATION_ADMIN);
		UserId paul = this.accounts.findByEmail(DemoUsers.ORGANIZATION_ADMIN.email()).orElseThrow().id();
		HttpResponse<String> refused = admin.submit("/colleagues", "/colleagues/" + paul + "/block", Map.of());
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("votre propre compte");
	}

	private HttpTestClient signedIn(DemoUsers user) {
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(user.email(), DemoUsers.PASSWORD);
		return client;
	}

	private static Map<String, String> activation(String name, String password, String confirmation) {
		return Map.of("displayName", name, "phone", "01 23 45 67 89", "language", "fr", "password", password,
				"passwordConfirmation", confirmation);
	}

	private int events(String type, String email) {
		return this.jdbc.queryForObject("select count(*) from security_events where type = ? and subject_email = ?",
				Integer.class, type, email);
	}

	private static String section(String html) {
		return html.substring(html.indexOf("<section"), html.indexOf("</section>"));
	}

}
