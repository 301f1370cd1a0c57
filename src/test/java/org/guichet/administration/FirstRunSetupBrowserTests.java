package org.guichet.administration;

import org.guichet.administration.internal.FirstRunSetup;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator of a fresh installation, created in a browser from the setup
 * link, then signing in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "guichet.test.database=guichet_setup_browser", "guichet.demo-data=false" })
class FirstRunSetupBrowserTests extends BrowserTest {

	@Autowired
	FirstRunSetup setup;

	@Test
	void theSetupLinkCreatesTheFirstAdministratorWhoSignsIn() {
		String token = this.setup.issueToken();
		open("/setup/" + token, ShellPage::new);

		field("providerName").sendKeys("Rectorat de l'académie d'Exemple");
		field("displayName").sendKeys("Alice Admin");
		field("email").sendKeys("alice@ac-exemple.fr");
		field("password").sendKeys("short");
		field("passwordConfirmation").sendKeys("short");
		field("passwordConfirmation").submit();

		ShellPage invalid = new ShellPage(driver);
		assertThat(invalid.heading()).isEqualTo("Créer le premier administrateur");
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus on the error summary")
			.isEqualTo("form-errors");
		assertThat(field("password").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver.findElement(By.id("password-error")).getText()).contains("entre 12 et 128 caractères");
		assertThat(field("providerName").getAttribute("value")).isEqualTo("Rectorat de l'académie d'Exemple");
		Accessibility.check(driver);

		field("password").sendKeys("une phrase de passe solide");
		field("passwordConfirmation").sendKeys("une phrase de passe solide");
		field("passwordConfirmation").submit();

		SignInPage signIn = new SignInPage(driver);
		assertThat(signIn.status()).contains("L'administrateur est créé");
		Accessibility.check(driver);
		ShellPage admin = signIn.signIn("alice@ac-exemple.fr", "une phrase de passe solide");
		assertThat(admin.path()).isEqualTo("/admin");
		assertThat(driver.findElement(By.className("brand-provider")).getText())
			.isEqualTo("Rectorat de l'académie d'Exemple");
		Accessibility.check(driver);

		driver.get(url("/setup/" + token));
		assertThat(new ShellPage(driver).heading()).isEqualTo("Page introuvable");
	}

	private static WebElement field(String id) {
		return driver.findElement(By.id(id));
	}

}
