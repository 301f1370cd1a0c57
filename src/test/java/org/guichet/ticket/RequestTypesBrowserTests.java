package org.guichet.ticket;

import org.guichet.support.DemoUsers;
import org.guichet.support.GuichetWebTest;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request types admin in a real browser, on the demo's types: the list, a theme tree,
 * and refused input shown next to its field. axe-core checks every page; nothing is
 * saved. The theme forms open and submit with the keyboard.
 */
@GuichetWebTest
class RequestTypesBrowserTests extends BrowserTest {

	@Test
	void anAdministratorReadsTheThemeTreeAndIsToldWhyARenameIsRefused() {
		open("/login", SignInPage::new).signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		open("/admin/request-types", ShellPage::new);
		driver.findElement(By.linkText("INCIDENT")).click();
		ShellPage incident = new ShellPage(driver);
		assertThat(incident.heading()).isEqualTo("Signaler un incident");
		Accessibility.check(driver);

		WebElement payslips = driver.findElement(By.xpath("//li[div/h4='Bulletins']"));
		payslips.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
		WebElement name = payslips.findElement(By.cssSelector("input[id^='theme-name-']"));
		name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Déclarations", Keys.ENTER);
		ShellPage refused = new ShellPage(driver);
		WebElement field = driver.findElement(By.cssSelector("input.is-invalid"));
		assertThat(field.getAttribute("value")).isEqualTo("Déclarations");
		assertThat(driver.findElement(By.id(field.getAttribute("aria-describedby"))).getText())
			.isEqualTo("Un thème du même niveau porte déjà ce nom.");
		Accessibility.check(driver);
		refused.signOut();
	}

	@Test
	void aNewTypeWithAnotherTypesCodeIsRefused() {
		open("/login", SignInPage::new).signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		open("/admin/request-types/new", ShellPage::new);
		driver.findElement(By.id("code")).sendKeys("incident");
		driver.findElement(By.id("name")).sendKeys("Un autre incident");
		driver.findElement(By.id("code")).submit();
		ShellPage refused = new ShellPage(driver);
		assertThat(driver.findElement(By.id("code-error")).getText())
			.isEqualTo("Ce code est déjà celui d'un autre type de demande.");
		assertThat(driver.findElement(By.id("code")).getAttribute("aria-describedby"))
			.isEqualTo("code-error code-help");
		Accessibility.check(driver);
		refused.signOut();
	}

}
