package org.guichet.organization;

import java.time.Duration;

import org.guichet.support.browser.Staleness;
import org.guichet.support.DemoUsers;
import org.guichet.support.OrganizationsWebTest;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizations in a real browser: the staff search and card, a refused new organization,
 * "Mon établissement" and the switch between customer accounts. axe-core checks every
 * page.
 */
@OrganizationsWebTest
class OrganizationBrowserTests extends BrowserTest {

	@Test
	void anAgentFindsAnOrganizationByItsCityAndOpensItsCard() {
		open("/login", SignInPage::new).signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		open("/desk/organizations", ShellPage::new);
		WebElement search = driver.findElement(By.id("q"));
		search.sendKeys("lyon");
		search.submit();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(Staleness.of(search));
		assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(1);
		Accessibility.check(driver);
		driver.findElement(By.linkText("Transports Dupuis SARL")).click();
		ShellPage card = new ShellPage(driver);
		assertThat(card.heading()).isEqualTo("Transports Dupuis SARL");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("73282932000074")
			.contains("CT-2024-0311")
			.contains("Luc Moreau");
		Accessibility.check(driver);
		card.signOut();
	}

	@Test
	void aManagerIsToldWhatIsWrongWithANewOrganization() {
		open("/login", SignInPage::new).signIn(DemoUsers.MANAGER.email(), DemoUsers.PASSWORD);
		open("/desk/organizations/new", ShellPage::new);
		driver.findElement(By.id("name")).sendKeys("Collège Jean Moulin");
		driver.findElement(By.id("customerCode")).sendKeys("C-1001");
		driver.findElement(By.id("siret")).sendKeys("123 456 789 00012");
		driver.findElement(By.id("name")).submit();
		assertThat(driver.findElement(By.id("siret-error")).getText()).contains("14 chiffres");
		assertThat(driver.findElement(By.id("siret")).getAttribute("aria-describedby")).isEqualTo("siret-error");
		Accessibility.check(driver);
		new ShellPage(driver).signOut();
	}

	@Test
	void aMemberOfTwoOrganizationsSwitchesAndSeesTheOtherOnesContracts() {
		open("/login", SignInPage::new).signIn(DemoUsers.ORGANIZATION_ADMIN.email(), DemoUsers.PASSWORD);
		ShellPage mine = open("/organization", ShellPage::new);
		assertThat(mine.heading()).isEqualTo("Mairie de Saint-Exemple");
		new Select(driver.findElement(By.id("switch-organization")))
			.selectByVisibleText("Régie des eaux de Saint-Exemple (C-1003)");
		driver.findElement(By.id("switch-organization")).submit();
		ShellPage other = open("/organization/contracts", ShellPage::new);
		assertThat(other.heading()).isEqualTo("Régie des eaux de Saint-Exemple");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("CT-2025-0012").contains("Indeline");
		new Select(driver.findElement(By.id("switch-organization")))
			.selectByVisibleText("Mairie de Saint-Exemple (C-1001)");
		driver.findElement(By.id("switch-organization")).submit();
		open("/organization/contact", ShellPage::new);
		assertThat(driver.findElement(By.id("street")).getAttribute("value")).isEqualTo("1 place de la Mairie");
		other.signOut();
	}

}
