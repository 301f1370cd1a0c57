package org.guichet.sla;

import java.util.UUID;

import org.guichet.sla.internal.SlaJob;
import org.guichet.support.DemoUsers;
import org.guichet.support.TicketFixtures;
import org.guichet.support.TicketsWebTest;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service levels in a real browser: an agent follows the late tile to the late ticket and
 * reads why it is late; an administrator adds and removes a closure day and switches the
 * alerts to counts; a manager opens a request type's own level. axe-core checks each
 * page.
 */
@TicketsWebTest
class SlaBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SlaJob job;

	@Test
	void anAgentFollowsTheLateTileAndAnAdministratorSetsTheCalendar() {
		String number = TicketFixtures.fileIncident(this.port, this.jdbc,
				"Sauvegarde en échec " + UUID.randomUUID().toString().substring(0, 8), "<p>Depuis lundi.</p>", false);
		// filed three weeks ago: past its ten days, which the next run of the job sees
		this.jdbc.update("""
				update tickets set created_at = created_at - interval '21 days' where number = ?
				""", number);
		this.jdbc.update("""
				update ticket_clock_events set at = at - interval '21 days'
				where ticket_id = (select ticket_id from tickets where number = ?)
				""", number);
		this.jdbc.update("""
				update ticket_clocks set next_check_at = now() - interval '1 minute'
				where ticket_id = (select ticket_id from tickets where number = ?)
				""", number);
		this.job.run();

		driver.manage().deleteAllCookies();
		open("/login", SignInPage::new).signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		open("/desk", ShellPage::new);
		Accessibility.check(driver);
		WebElement late = driver.findElement(By.id("tile-late"));
		assertThat(Long.parseLong(late.findElement(By.className("display-6")).getText())).isPositive();
		press(late);
		Accessibility.check(driver);
		WebElement row = driver.findElement(By.linkText(number)).findElement(By.xpath("ancestor::tr"));
		assertThat(row.getText()).contains("En retard");
		press(driver.findElement(By.linkText(number)));
		Accessibility.check(driver);
		String panel = driver.findElement(By.id("sla-panel")).getText();
		assertThat(panel).contains("En retard").contains("Échéance dépassée depuis le").contains("Temps consommé");

		driver.manage().deleteAllCookies();
		open("/login", SignInPage::new).signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		open("/admin/sla", ShellPage::new);
		Accessibility.check(driver);
		// the date picker's typing order follows the browser's locale: set the value
		// itself
		driver.executeScript("arguments[0].value = '2030-12-25'", driver.findElement(By.id("closure-day")));
		driver.findElement(By.id("closure-label")).sendKeys("Fermeture de fin d'année");
		submit(driver.findElement(By.id("closure-label")));
		assertThat(main(driver)).contains("La fermeture est ajoutée.").contains("Fermeture de fin d'année");
		Accessibility.check(driver);
		press(driver.findElement(By.cssSelector("button[aria-label='Retirer la fermeture du 25/12/2030']")));
		assertThat(main(driver)).contains("La fermeture est retirée.").doesNotContain("Fermeture de fin d'année");

		driver.findElement(By.id("alerts-summary")).sendKeys(Keys.SPACE);
		submit(driver.findElement(By.id("alerts-summary")));
		assertThat(main(driver)).contains("Les réglages sont enregistrés");
		assertThat(driver.findElement(By.id("alerts-summary")).isSelected()).isTrue();
		driver.findElement(By.id("alerts-detailed")).sendKeys(Keys.SPACE);
		submit(driver.findElement(By.id("alerts-detailed")));
		assertThat(driver.findElement(By.id("alerts-detailed")).isSelected()).isTrue();

		driver.manage().deleteAllCookies();
		open("/login", SignInPage::new).signIn(DemoUsers.MANAGER.email(), DemoUsers.PASSWORD);
		String incident = this.jdbc
			.queryForObject("select request_type_id::text from request_types where code = 'INCIDENT'", String.class);
		open("/admin/request-types/" + incident + "/sla", ShellPage::new);
		Accessibility.check(driver);
		assertThat(main(driver)).contains("Ce type suit le délai par défaut");

		// the mails that no ticket took, where a manager looks after the SLA's alerts
		open("/desk/inbound", ShellPage::new);
		Accessibility.check(driver);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
	}

	private static String main(WebDriver browser) {
		return browser.findElement(By.tagName("main")).getText();
	}

}
