package org.guichet.account;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.guichet.notification.internal.OutboxSender;
import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.support.AccountsWebTest;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.Mails;
import org.guichet.support.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Utilisateurs" in admin: every account, searched, blocked and unblocked by
 * administrators, who also invite the provider's staff.
 */
@AccountsWebTest
class AdminUsersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	OutboxSender outbox;

	@Test
	void administratorsSearchEveryAccount() {
		HttpTestClient admin = admin();
		assertThat(admin.get("/admin/users?q=saint-exemple").body()).contains(DemoUsers.MEMBER.email())
			.contains(DemoUsers.ORGANIZATION_ADMIN.email())
			.doesNotContain(DemoUsers.AGENT.email());
		assertThat(admin.get("/admin/users?staff=true").body()).contains(DemoUsers.AGENT.email())
			.doesNotContain(DemoUsers.MEMBER.email());
		assertThat(admin.get("/admin/users?q=" + "x".repeat(201)).statusCode()).isEqualTo(400);
		assertThat(admin.get("/admin/users/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void administratorsBlockAnyAccountButTheirOwn() {
		HttpTestClient admin = admin();
		UserId luc = this.accounts.findByEmail(DemoUsers.TECHNICAL_CONTACT.email()).orElseThrow().id();
		String card = "/admin/users/" + luc;
		assertThat(admin.submit(card, card + "/block", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.accounts.find(luc).orElseThrow().state()).isEqualTo(AccountState.BLOCKED);
		assertThat(admin.submit(card, card + "/unblock", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.accounts.find(luc).orElseThrow().state()).isEqualTo(AccountState.ACTIVE);

		UserId self = this.accounts.findByEmail(DemoUsers.ADMINISTRATOR.email()).orElseThrow().id();
		assertThat(admin.submit("/admin/users", "/admin/users/" + self + "/block", Map.of()).statusCode())
			.isEqualTo(409);
		HttpTestClient agent = new HttpTestClient(this.port);
		agent.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		assertThat(agent.get("/admin/users").statusCode()).isEqualTo(403);
	}

	@Test
	void administratorsInviteStaff() {
		this.jdbc.update("delete from outbound_emails");
		TestMailServer.clear();
		HttpTestClient admin = admin();
		HttpResponse<String> invalid = admin.submit("/admin/users/invite-staff", "/admin/users/invite-staff",
				Map.of("email", "pas une adresse", "role", "AGENT"));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Cette adresse e-mail n&#39;est pas valide.");
		assertThat(admin
			.submit("/admin/users/invite-staff", "/admin/users/invite-staff",
					Map.of("email", DemoUsers.MEMBER.email(), "role", "AGENT"))
			.body()).contains("déjà celle d&#39;un autre compte");
		assertThat(admin
			.submit("/admin/users/invite-staff", "/admin/users/invite-staff",
					Map.of("email", "nouvel.agent@editions-exemple.fr", "role", "BOSS"))
			.statusCode()).isEqualTo(400);

		HttpResponse<String> invited = admin.submit("/admin/users/invite-staff", "/admin/users/invite-staff",
				Map.of("email", "nouvel.agent@editions-exemple.fr", "role", "MANAGER"));
		assertThat(invited.statusCode()).isEqualTo(302);
		UserSummary staff = this.accounts.findByEmail("nouvel.agent@editions-exemple.fr").orElseThrow();
		assertThat(staff.state()).isEqualTo(AccountState.INVITED);
		assertThat(staff.staffRole()).isEqualTo(StaffRole.MANAGER);
		this.outbox.sendDue();
		assertThat(Mails.text(Mails.to("nouvel.agent@editions-exemple.fr").get(0))).contains("/activate/")
			.contains("Éditions Exemple vous ouvre un compte sur Guichet, son outil de support.")
			.doesNotContain("espace client");
	}

	@Test
	void administratorsInviteIntoAnyOrganization(@Autowired Organizations organizations) {
		OrganizationId company = organizations.byCustomerCode("C-1002").orElseThrow();
		HttpTestClient admin = admin();
		String invite = "/desk/organizations/" + company + "/invite";
		HttpResponse<String> refused = admin.submit(invite, invite,
				Map.of("addresses", "rose.noel@transports-dupuis.fr\nnot-an-address"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(this.accounts.findByEmail("rose.noel@transports-dupuis.fr")).isEmpty();

		HttpResponse<String> invited = admin.submit(invite, invite,
				Map.of("addresses", "rose.noel@transports-dupuis.fr"));
		assertThat(invited.body()).contains("1 invitation envoyée");
		UserId rose = this.accounts.findByEmail("rose.noel@transports-dupuis.fr").orElseThrow().id();
		assertThat(organizations.membership(rose, company)).map(MembershipView::role).contains(MemberRole.MEMBER);
		String unknown = "/desk/organizations/" + UUID.randomUUID() + "/invite";
		assertThat(admin.submit(invite, unknown, Map.of("addresses", "x@example.org")).statusCode()).isEqualTo(404);
	}

	private HttpTestClient admin() {
		HttpTestClient admin = new HttpTestClient(this.port);
		admin.signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		return admin;
	}

}
