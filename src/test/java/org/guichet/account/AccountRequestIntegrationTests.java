package org.guichet.account;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * "Demander un compte": a public form whose requests staff approve (an invitation
 * follows) or refuse (a mail gives the reason).
 */
@AccountsWebTest
class AccountRequestIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxSender outbox;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void startClean() {
		this.jdbc.update("delete from account_requests");
		this.jdbc.update("delete from outbound_emails");
		TestMailServer.clear();
	}

	@Test
	void badInputIsShownNextToTheFieldsAndNothingIsSaved() {
		HttpResponse<String> refused = new HttpTestClient(this.port).submit("/account-request", "/account-request",
				Map.of("lastName", "", "firstName", "Ana", "email", "ana@", "phone", "call me", "organizationName",
						"x".repeat(201), "customerCode", "", "message", ""));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"lastName-error\"")
			.contains("id=\"email-error\"")
			.contains("id=\"phone-error\"")
			.contains("Ce champ compte au plus 200 caractères.");
		assertThat(this.jdbc.queryForObject("select count(*) from account_requests", Integer.class)).isZero();
	}

	@Test
	void staffApproveARequestIntoTheOrganizationOfItsCustomerCode() {
		HttpResponse<String> sent = submit("Roux", "Ana", "ana.roux@transports-dupuis.fr", "C-1002");
		assertThat(sent.body()).contains("votre demande est enregistrée");
		assertThat(submit("Durand", "Marie", DemoUsers.MEMBER.email(), "C-1001").body())
			.as("the same answer for an existing account")
			.contains("votre demande est enregistrée");

		HttpTestClient agent = new HttpTestClient(this.port);
		agent.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		String list = agent.get("/desk/account-requests").body();
		assertThat(list).contains("Ana Roux").contains("Marie Durand");
		String card = requestLink(list, "Ana Roux");
		String page = agent.get(card).body();
		assertThat(page).as("the organization of the customer code is proposed")
			.contains("value=\"C-1002\"")
			.contains("Organisation : Transports Dupuis SARL");
		HttpResponse<String> unknown = agent.submit(card, card + "/approve", Map.of("customerCode", "C-9999"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("id=\"customerCode-error\"")
			.contains("Aucune organisation n&#39;a ce code client.");
		assertThat(agent.submit(card, card + "/approve", Map.of("customerCode", "")).statusCode()).isEqualTo(400);

		HttpResponse<String> approved = agent.submit(card, card + "/approve", Map.of("customerCode", "c-1002"));
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(agent.get("/desk/account-requests").body()).contains("une invitation est envoyée");
		assertThat(this.accounts.findByEmail("ana.roux@transports-dupuis.fr")).map(UserSummary::state)
			.contains(AccountState.INVITED);
		this.outbox.sendDue();
		assertThat(Mails.text(Mails.to("ana.roux@transports-dupuis.fr").get(0))).contains("Transports Dupuis SARL")
			.contains("/activate/");
		assertThat(agent.submit(card, card + "/approve", Map.of("customerCode", "C-1002")).statusCode())
			.as("handled once")
			.isEqualTo(409);
	}

	@Test
	void aRefusalNeedsAReasonThatIsMailedToThePerson() {
		submit("Petit", "Léo", "leo.petit@example.org", "");
		HttpTestClient agent = new HttpTestClient(this.port);
		agent.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		String card = requestLink(agent.get("/desk/account-requests").body(), "Léo Petit");

		HttpResponse<String> blank = agent.submit(card, card + "/refuse", Map.of("reason", " "));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("id=\"reason-error\"");

		agent.submit(card, card + "/refuse", Map.of("reason", "Votre établissement n'a pas de contrat actif."));
		this.outbox.sendDue();
		assertThat(Mails.text(Mails.to("leo.petit@example.org").get(0)))
			.contains("Votre établissement n'a pas de contrat actif.");
		assertThat(this.accounts.findByEmail("leo.petit@example.org")).isEmpty();
	}

	@Test
	void customersCannotOpenTheRequests() {
		HttpTestClient customer = new HttpTestClient(this.port);
		customer.signIn(DemoUsers.ORGANIZATION_ADMIN.email(), DemoUsers.PASSWORD);
		assertThat(customer.get("/desk/account-requests").statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> submit(String lastName, String firstName, String email, String customerCode) {
		return new HttpTestClient(this.port).submit("/account-request", "/account-request",
				Map.of("lastName", lastName, "firstName", firstName, "email", email, "phone", "", "organizationName",
						"Une organisation", "customerCode", customerCode, "message", "Bonjour"));
	}

	private static String requestLink(String list, String name) {
		Matcher link = Pattern.compile("href=\"(/desk/account-requests/[0-9a-f-]{36})\">" + Pattern.quote(name))
			.matcher(list);
		assertThat(link.find()).as("a link to " + name).isTrue();
		return link.group(1);
	}

}
