package org.guichet.organization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.guichet.support.browser.Staleness;
import org.guichet.support.DemoUsers;
import org.guichet.support.OrganizationsWebTest;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Households and imports in a real browser: the filters that apply at once, acting for a
 * household at the counter and ending it, and a CSV import checked then confirmed.
 * axe-core checks every page.
 */
@OrganizationsWebTest
class HouseholdBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeImported() {
		this.jdbc.update("delete from organizations where customer_code like 'IMP-B%'");
	}

	@Test
	void anAgentFindsAHouseholdActsForItAtTheCounterThenEnds() {
		open("/login", SignInPage::new).signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		open("/desk/households?lastName=martin", ShellPage::new);
		assertThat(driver.findElements(By.cssSelector("#household-results tbody tr"))).hasSize(4);
		new Select(driver.findElement(By.id("state"))).selectByValue("ARCHIVED");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("household-results"), "Aucun foyer ne correspond."));
		assertThat(driver.getCurrentUrl()).as("the filter is in the address").contains("state=ARCHIVED");
		new Select(driver.findElement(By.id("state"))).selectByValue("");
		driver.findElement(By.id("responsible")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#household-results tbody tr"), 1));
		Accessibility.check(driver);

		driver.findElement(By.linkText("Martin Claire")).click();
		ShellPage card = new ShellPage(driver);
		assertThat(card.heading()).contains("Foyer Martin");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Léa Martin").contains("Hugo Martin");
		Accessibility.check(driver);

		driver.findElement(By.xpath("//button[normalize-space()='Agir pour ce foyer (mode guichet)']")).click();
		assertThat(driver.findElement(By.className("counter-banner")).getText())
			.contains("Vous agissez pour le foyer N° F-2001 (Foyer Martin)");
		Accessibility.check(driver);
		driver.findElement(By.linkText("Mon établissement")).click();
		driver.findElement(By.linkText("Membres du foyer")).click();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Léa Martin");
		assertThat(driver.findElement(By.className("counter-banner")).isDisplayed()).isTrue();
		Accessibility.check(driver);

		assertThat(
				ShellPage
					.after(driver,
							() -> driver.findElement(By.xpath("//div[contains(@class,'counter-banner')]//button"))
								.click())
					.heading())
			.contains("Foyer Martin");
		assertThat(driver.findElements(By.className("counter-banner"))).isEmpty();
		new ShellPage(driver).signOut();
	}

	@Test
	void aManagerImportsAFileAfterReadingTheCheck() throws IOException {
		Path file = Files.createTempFile("organisations", ".csv");
		Files.writeString(file, "code_client;nom;ville\nIMP-B1;Commune de Test;Grenoble\n", StandardCharsets.UTF_8);
		try {
			open("/login", SignInPage::new).signIn(DemoUsers.MANAGER.email(), DemoUsers.PASSWORD);
			open("/desk/organizations/import", ShellPage::new);
			driver.findElement(By.id("kind-ORGANIZATIONS")).click();
			WebElement input = driver.findElement(By.id("file"));
			input.sendKeys(file.toString());
			input.submit();
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(Staleness.of(input));
			assertThat(new ShellPage(driver).heading()).isEqualTo("Vérification de l'import");
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("IMP-B1 — Commune de Test")
				.contains("À créer");
			Accessibility.check(driver);
			driver.findElement(By.xpath("//button[starts-with(normalize-space(), 'Importer')]")).click();
			assertThat(new WebDriverWait(driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=status]")))
				.getText()).contains("Une ligne importée.");
			Accessibility.check(driver);
			assertThat(this.jdbc.queryForObject("select city from organizations where customer_code = 'IMP-B1'",
					String.class))
				.isEqualTo("Grenoble");
			new ShellPage(driver).signOut();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
