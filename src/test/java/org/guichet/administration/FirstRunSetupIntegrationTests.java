package org.guichet.administration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guichet.account.Accounts;
import org.guichet.account.StaffRole;
import org.guichet.account.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A production installation starts on an empty database: the log prints a one-time link
 * that creates the first administrator, and the link dies once used.
 */
@SpringBootTest(properties = { "guichet.test.database=guichet_setup", "guichet.demo-data=false",
		"guichet.base-url=https://support.example.org" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunSetupIntegrationTests {

	private static final Pattern SETUP_LINK = Pattern
		.compile("https://support\\.example\\.org/setup/([A-Za-z0-9_-]{43})");

	private static String token;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Installation installation;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void readTheLinkFromTheLog(CapturedOutput output) {
		if (token == null) {
			Matcher link = SETUP_LINK.matcher(output.getOut());
			assertThat(link.find()).as("the start-up log prints a setup link built from guichet.base-url").isTrue();
			token = link.group(1);
		}
	}

	@Test
	@Order(1)
	void theLinkOpensTheSetupForm() throws Exception {
		this.mvc.perform(get("/setup/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Créer le premier administrateur")));
	}

	@Test
	@Order(2)
	void anUnknownLinkIsNotFound() throws Exception {
		this.mvc.perform(get("/setup/" + "x".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	@Order(3)
	void badInputIsShownNextToTheFieldsAndNothingIsSaved() throws Exception {
		this.mvc.perform(setup("", "Alice Admin", "not-an-address", "long-enough-password", "another-password"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"providerName-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ce champ est obligatoire.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"email-error\"")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Les deux mots de passe ne sont pas identiques.")));
		this.mvc.perform(setup("Mairie", "Alice Admin", "alice@example.org", "short", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("entre 12 et 128 caractères")));
		assertThat(this.accounts.hasAdministrator()).isFalse();
		assertThat(this.installation.providerName()).isEmpty();
	}

	@Test
	@Order(4)
	void theFormCreatesTheFirstAdministratorWhoCanSignIn() throws Exception {
		this.mvc
			.perform(setup("Communauté de communes du Val", "Alice Admin", " Alice@Example.ORG ",
					"a-good-long-password", "a-good-long-password"))
			.andExpect(redirectedUrl("/login?setup"));
		UserSummary admin = this.accounts.findByEmail("alice@example.org").orElseThrow();
		assertThat(admin.staffRole()).isEqualTo(StaffRole.ADMINISTRATOR);
		assertThat(this.installation.providerName()).contains("Communauté de communes du Val");
		assertThat(this.users.loadUserByUsername("alice@example.org").getPassword())
			.startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
	}

	@Test
	@Order(5)
	void theLinkDiesOnceUsed() throws Exception {
		this.mvc.perform(get("/setup/" + token)).andExpect(status().isNotFound());
		this.mvc
			.perform(setup("Other", "Mallory", "mallory@example.org", "a-good-long-password", "a-good-long-password"))
			.andExpect(status().isNotFound());
		assertThat(this.accounts.findByEmail("mallory@example.org")).isEmpty();
	}

	private static MockHttpServletRequestBuilder setup(String provider, String name, String email, String password,
			String confirmation) {
		return post("/setup/" + token).with(csrf())
			.param("providerName", provider)
			.param("displayName", name)
			.param("email", email)
			.param("password", password)
			.param("passwordConfirmation", confirmation);
	}

}
