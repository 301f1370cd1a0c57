package org.guichet;

import org.guichet.support.DemoUsers;
import org.guichet.support.GuichetWebTest;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation in a real browser, with the keyboard, and with axe-core on every page.
 */
@GuichetWebTest
class FoundationBrowserTests extends BrowserTest {

	@ParameterizedTest
	@EnumSource(DemoUsers.class)
	void eachDemoUserSignsInAndLandsOnTheirHome(DemoUsers user) {
		ShellPage home = open("/login", SignInPage::new).signIn(user.email(), DemoUsers.PASSWORD);
		assertThat(home.path()).isEqualTo(user.home());
		assertThat(home.heading()).isEqualTo(user.homeHeading());
		Accessibility.check(driver);
		SignInPage signedOut = home.signOut();
		assertThat(signedOut.status()).isEqualTo("Vous êtes déconnecté.");
		Accessibility.check(driver);
	}

	@Test
	void aWrongPasswordShowsAnError() {
		open("/login", SignInPage::new).signIn(DemoUsers.MEMBER.email(), "wrong-password");
		SignInPage again = new SignInPage(driver);
		assertThat(again.error()).isEqualTo("Adresse e-mail ou mot de passe incorrect.");
		assertThat(driver.findElement(By.id("email")).getAttribute("aria-describedby")).isEqualTo("login-error");
		Accessibility.check(driver);
	}

	@Test
	void theLanguageSwitchTranslatesThePage() {
		SignInPage english = open("/login", SignInPage::new).switchTo("English");
		assertThat(english.heading()).isEqualTo("Sign in to your space");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		Accessibility.check(driver);
		ShellPage home = english.signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		assertThat(home.heading()).isEqualTo("Tasks");
		assertThat(ShellPage.after(driver, () -> driver.findElement(By.linkText("Français")).click()).heading())
			.isEqualTo("Tâches");
		Accessibility.check(driver);
	}

	@Test
	void anUnknownPageShowsTheNotFoundPage() {
		open("/login", SignInPage::new).signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		ShellPage notFound = open("/no-such-page", ShellPage::new);
		assertThat(notFound.heading()).isEqualTo("Page introuvable");
		assertThat(ShellPage.after(driver, () -> driver.findElement(By.linkText("Retour à l'accueil")).click()).path())
			.isEqualTo("/");
	}

	@Test
	void theSkipLinkIsTheFirstStopOfTheKeyboard() {
		open("/login", SignInPage::new).signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		open("/profile", ShellPage::new);
		driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement skip = driver.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Aller au contenu");
		assertThat(skip.isDisplayed()).isTrue();
		skip.sendKeys(Keys.ENTER);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void pagesFitA360PixelPhone() {
		Dimension desktop = driver.manage().window().getSize();
		try {
			driver.manage().window().setSize(new Dimension(360, 740));
			open("/login", SignInPage::new);
			assertThat(horizontalOverflow()).isFalse();
			ShellPage home = new SignInPage(driver).signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
			Accessibility.check(driver);
			assertThat(horizontalOverflow()).isFalse();
			WebElement toggler = driver.findElement(By.cssSelector(".navbar-toggler"));
			assertThat(toggler.isDisplayed()).isTrue();
			toggler.sendKeys(Keys.ENTER);
			assertThat(toggler.getAttribute("aria-expanded")).isEqualTo("true");
			assertThat(home.signOut().heading()).isEqualTo("Connexion à votre espace");
		}
		finally {
			driver.manage().window().setSize(desktop);
		}
	}

	private boolean horizontalOverflow() {
		Object overflow = driver
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(overflow);
	}

}
