package org.guichet.account;

import java.time.Duration;

import jakarta.mail.internet.MimeMessage;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.support.AccountsWebTest;
import org.guichet.support.DemoUsers;
import org.guichet.support.Mails;
import org.guichet.support.TestMailServer;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.Chromium;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Accounts in a real browser: invitation to sign-in through the mail, a forgotten
 * password, a colleague blocked while signed in. axe-core checks every page.
 */
@AccountsWebTest
class AccountBrowserTests extends BrowserTest {

	@Autowired
	OutboxSender outbox;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyMailbox() {
		this.jdbc.update("delete from outbound_emails");
		TestMailServer.clear();
	}

	@Test
	void anInvitedColleagueActivatesTheirAccountFromTheMailAndSignsIn() {
		open("/login", SignInPage::new).signIn(DemoUsers.ORGANIZATION_ADMIN.email(), DemoUsers.PASSWORD);
		open("/colleagues", ShellPage::new);
		driver.findElement(By.linkText("Inviter des collaborateurs")).click();
		new ShellPage(driver);
		Accessibility.check(driver);
		WebElement addresses = driver.findElement(By.id("addresses"));
		addresses.sendKeys("camille.leroy@saint-exemple.fr, jules.faure@saint-exemple.fr");
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBe(By.id("address-count"), "2 adresse(s) saisie(s)"));
		addresses.submit();
		awaitStatus("2 invitations envoyées");
		assertThat(new ShellPage(driver).heading()).startsWith("Inviter des collaborateurs");
		Accessibility.check(driver);
		new ShellPage(driver).signOut();

		this.outbox.sendDue();
		MimeMessage mail = Mails.to("camille.leroy@saint-exemple.fr").get(0);
		open(Mails.linkPath(mail, "/activate/"), ShellPage::new);
		WebElement name = driver.findElement(By.id("displayName"));
		name.clear();
		name.sendKeys("Camille Leroy");
		driver.findElement(By.id("phone")).sendKeys("04 11 22 33 44");
		WebElement password = driver.findElement(By.id("password"));
		password.sendKeys("camille");
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#password-rules .rule-unmet")));
		Accessibility.check(driver);
		password.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Le vent se lève sur la plaine");
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#password-rules .rule-unmet"), 0));
		driver.findElement(By.id("passwordConfirmation")).sendKeys("Le vent se lève sur la plaine", Keys.ENTER);

		SignInPage signIn = new SignInPage(driver);
		assertThat(signIn.status()).contains("Votre compte est activé");
		ShellPage home = signIn.signIn("camille.leroy@saint-exemple.fr", "Le vent se lève sur la plaine");
		assertThat(home.path()).isEqualTo("/");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bonjour Camille Leroy.");
		Accessibility.check(driver);
	}

	@Test
	void aForgottenPasswordIsResetFromTheMail() {
		SignInPage signIn = open("/login", SignInPage::new);
		driver.findElement(By.linkText("Mot de passe oublié ?")).click();
		new ShellPage(driver);
		Accessibility.check(driver);
		awaitBotCheck();
		driver.findElement(By.id("email")).sendKeys(DemoUsers.MANAGER.email(), Keys.ENTER);
		awaitStatus("Si un compte existe");
		Accessibility.check(driver);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.outbox.sendDue().orElse(0) > 0 || !Mails.to(DemoUsers.MANAGER.email()).isEmpty());
		String link = Mails.linkPath(Mails.to(DemoUsers.MANAGER.email()).get(0), "/password/reset/");
		open(link, ShellPage::new);
		driver.findElement(By.id("password")).sendKeys("Une réunion de service à midi");
		driver.findElement(By.id("passwordConfirmation")).sendKeys("Une réunion de service à midi", Keys.ENTER);
		signIn = new SignInPage(driver);
		assertThat(signIn.status()).contains("Votre mot de passe est changé");
		Accessibility.check(driver);
		assertThat(signIn.signIn(DemoUsers.MANAGER.email(), "Une réunion de service à midi").path()).isEqualTo("/desk");
	}

	@Test
	void aColleagueBlockedWhileSignedInIsThrownOut() {
		ChromeDriver colleague = Chromium.start(1280, 900);
		try {
			colleague.get(url("/login"));
			new SignInPage(colleague).signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
			assertThat(new ShellPage(colleague).path()).isEqualTo("/");

			open("/login", SignInPage::new).signIn(DemoUsers.ORGANIZATION_ADMIN.email(), DemoUsers.PASSWORD);
			open("/colleagues", ShellPage::new);
			assertThat(
					ShellPage
						.after(driver,
								() -> driver.findElement(By.xpath("//main//a[normalize-space()='Marie Durand']"))
									.click())
						.heading())
				.isEqualTo("Marie Durand");
			Accessibility.check(driver);
			driver.findElement(By.xpath("//button[normalize-space()='Bloquer le compte']")).click();
			awaitStatus("Le compte est bloqué");
			Accessibility.check(driver);

			colleague.get(url("/"));
			assertThat(new SignInPage(colleague).heading()).isEqualTo("Connexion à votre espace");
			new SignInPage(colleague).signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
			assertThat(new SignInPage(colleague).error()).isEqualTo("Adresse e-mail ou mot de passe incorrect.");

			driver.findElement(By.xpath("//button[normalize-space()='Débloquer le compte']")).click();
			awaitStatus("Le compte est débloqué.");
		}
		finally {
			colleague.quit();
		}
	}

	@Test
	void theOtherAccountPagesPassTheAccessibilityCheck() {
		assertThat(open("/email/confirm/no-such-link", ShellPage::new).heading()).isEqualTo("Lien expiré");
		open("/account-request", ShellPage::new);
		awaitBotCheck();
		driver.findElement(By.id("lastName")).sendKeys("Garnier");
		driver.findElement(By.id("email")).sendKeys("pas-une-adresse");
		driver.findElement(By.id("email")).submit();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("email-error")));
		Accessibility.check(driver);
		driver.findElement(By.id("firstName")).sendKeys("Inès");
		WebElement email = driver.findElement(By.id("email"));
		email.clear();
		email.sendKeys("ines.garnier@example.org");
		driver.findElement(By.id("organizationName")).sendKeys("Collège Jean Moulin");
		awaitBotCheck();
		driver.findElement(By.id("organizationName")).submit();
		awaitStatus("Merci : votre demande est enregistrée.");
		Accessibility.check(driver);

		open("/login", SignInPage::new).signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		open("/desk/account-requests", ShellPage::new);
		assertThat(ShellPage.after(driver, () -> driver.findElement(By.linkText("Inès Garnier")).click()).heading())
			.isEqualTo("Inès Garnier");
		Accessibility.check(driver);
		new ShellPage(driver).signOut();

		open("/login", SignInPage::new).signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		open("/admin/security-events", ShellPage::new);
		open("/admin/users?q=saint-exemple", ShellPage::new);
		assertThat(ShellPage
			.after(driver, () -> driver.findElement(By.linkText(DemoUsers.MEMBER.email())).sendKeys(Keys.ENTER))
			.heading()).isEqualTo("Marie Durand");
		Accessibility.check(driver);
		open("/admin/users/invite-staff", ShellPage::new);
		open("/desk/organizations/" + this.jdbc.queryForObject(
				"select organization_id from organizations where customer_code = 'C-1002'", String.class) + "/invite",
				ShellPage::new);
		driver.findElement(By.id("addresses")).sendKeys("pas-une-adresse");
		driver.findElement(By.id("addresses")).submit();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));
		Accessibility.check(driver);
		open("/admin/outbox", ShellPage::new);
		open("/profile", ShellPage::new);
		driver.findElement(By.id("currentPassword")).sendKeys("pas le bon");
		driver.findElement(By.id("password")).sendKeys("court");
		driver.findElement(By.id("passwordConfirmation")).sendKeys("court", Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("currentPassword-error")));
		Accessibility.check(driver);
		new ShellPage(driver).signOut();

		open("/login", SignInPage::new).signIn(DemoUsers.ORGANIZATION_ADMIN.email(), DemoUsers.PASSWORD);
		open("/colleagues", ShellPage::new);
		assertThat(ShellPage
			.after(driver, () -> driver.findElement(By.xpath("//main//a[normalize-space()='Paul Lefebvre']")).click())
			.heading()).isEqualTo("Paul Lefebvre");
		Accessibility.check(driver);
	}

	@Test
	void twoFactorAuthenticationIsSetUpAndAskedAtSignIn() throws Exception {
		open("/login", SignInPage::new).signIn(DemoUsers.TECHNICAL_CONTACT.email(), DemoUsers.PASSWORD);
		open("/profile", ShellPage::new);
		assertThat(
				ShellPage
					.after(driver,
							() -> driver.findElement(By.linkText("Gérer la double authentification"))
								.sendKeys(Keys.ENTER))
					.heading())
			.isEqualTo("Double authentification");
		Accessibility.check(driver);
		String secret = driver.findElement(By.className("secret-key")).getText().replace(" ", "");
		String setupCode = totp(secret, java.time.Instant.now());
		assertThat(ShellPage.after(driver, () -> driver.findElement(By.id("code")).sendKeys(setupCode, Keys.ENTER))
			.heading()).isEqualTo("Double authentification activée");
		assertThat(driver.findElements(By.cssSelector(".recovery-codes code"))).hasSize(10);
		Accessibility.check(driver);
		driver.findElement(By.linkText("J'ai noté mes codes")).sendKeys(Keys.ENTER);
		new ShellPage(driver).signOut();

		new SignInPage(driver).signIn(DemoUsers.TECHNICAL_CONTACT.email(), DemoUsers.PASSWORD);
		assertThat(new ShellPage(driver).heading()).isEqualTo("Code de vérification");
		Accessibility.check(driver);
		String signInCode = totp(secret, java.time.Instant.now().plusSeconds(30));
		assertThat(ShellPage.after(driver, () -> driver.findElement(By.id("code")).sendKeys(signInCode, Keys.ENTER))
			.path()).isEqualTo("/");
	}

	private static String totp(String base32, java.time.Instant at) throws Exception {
		javax.crypto.spec.SecretKeySpec key = new javax.crypto.spec.SecretKeySpec(
				new org.apache.commons.codec.binary.Base32().decode(base32), "HmacSHA1");
		return String.format("%06d",
				new com.eatthepath.otp.TimeBasedOneTimePasswordGenerator(java.time.Duration.ofSeconds(30), 6)
					.generateOneTimePassword(key, at));
	}

	/**
	 * Waits for the browser to answer the form's anti-robot challenge by itself.
	 */
	private static void awaitBotCheck() {
		new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions
			.textToBe(By.cssSelector("[data-altcha-status]"), "Vérification anti-robot terminée."));
		assertThat(driver.findElement(By.id("botAnswer")).isDisplayed()).as("no question for the person").isFalse();
	}

	/**
	 * Waits for the page that follows a form to show its status message.
	 */
	private static void awaitStatus(String start) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((browser) -> browser.findElement(By.cssSelector("[role=status]")).getText().startsWith(start));
	}

}
