package org.guichet.notification;

import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.support.DemoUsers;
import org.guichet.support.Mails;
import org.guichet.support.TestMailServer;
import org.guichet.support.TicketFixtures;
import org.guichet.support.TicketsWebTest;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An agent follows the bell with the keyboard, marks a notice read, asks for e-mails of
 * new tickets, then stops them from the e-mail's link without signing in. axe-core checks
 * every page.
 */
@TicketsWebTest
class StaffNotificationsBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxSender outbox;

	@AfterEach
	void restoreDefaults() {
		this.jdbc.update("delete from notification_preferences");
	}

	@Test
	void anAgentReadsTheBellChoosesEmailsAndStopsThemFromTheMail() {
		this.jdbc.update("delete from notification_preferences");
		this.jdbc.update("update staff_notices set read_at = now() where read_at is null");
		String number = fileAndAwait("Scanner " + UUID.randomUUID().toString().substring(0, 8));

		open("/login", SignInPage::new).signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		open("/desk", ShellPage::new);
		WebElement bell = driver.findElement(By.cssSelector("a.bell"));
		assertThat(bell.getAttribute("aria-label")).isEqualTo("Notifications, 1 non lue");
		ShellPage list = press(bell);
		Accessibility.check(driver);
		assertThat(list.heading()).isEqualTo("Mes notifications");
		assertThat(main()).contains("Nouvelle demande " + number)
			.contains("parce que vous êtes agent de la catégorie « Support logiciel »");

		press(driver.findElement(By.cssSelector(".notice-unread form button")));
		Accessibility.check(driver);
		assertThat(main()).contains("La notification est marquée comme lue.");
		assertThat(driver.findElements(By.cssSelector(".notice-unread"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector("a.bell")).getAttribute("aria-label"))
			.isEqualTo("Notifications, aucune non lue");

		press(driver.findElement(By.linkText("Préférences de notification")));
		Accessibility.check(driver);
		WebElement byMail = driver.findElement(By.id("mail-NEW_TICKET"));
		assertThat(byMail.isSelected()).isFalse();
		byMail.sendKeys(Keys.SPACE);
		submit(byMail);
		Accessibility.check(driver);
		assertThat(main()).contains("Vos préférences de notification sont enregistrées.");
		assertThat(driver.findElement(By.id("mail-NEW_TICKET")).isSelected()).isTrue();

		TestMailServer.clear();
		String next = fileAndAwait("Clavier " + UUID.randomUUID().toString().substring(0, 8));
		sendAll();
		MimeMessage mail = Mails.to(DemoUsers.AGENT.email())
			.stream()
			.filter((candidate) -> Mails.text(candidate).contains(next))
			.findFirst()
			.orElseThrow();
		String link = Mails.linkPath(mail, "/notifications/unsubscribe/");

		driver.manage().deleteAllCookies();
		open(link, ShellPage::new);
		assertThat(main()).contains("Ne plus recevoir par e-mail les notifications « Nouvelle demande » ?");
		press(driver.findElement(By.cssSelector("main form button")));
		Accessibility.check(driver);
		assertThat(main()).contains("Vous ne recevrez plus par e-mail les notifications « Nouvelle demande »");
	}

	/**
	 * Sends the whole outbox: one run sends a batch, oldest first, and other tests of the
	 * same database may have left more than a batch.
	 */
	private void sendAll() {
		while (this.outbox.sendDue().orElse(0) > 0) {
			// next batch
		}
	}

	private String fileAndAwait(String subject) {
		String number = TicketFixtures.fileIncident(this.port, this.jdbc, subject, "<p>Rien ne va.</p>", false);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.jdbc.queryForObject("""
				select count(*) from staff_notices n join users u on u.user_id = n.recipient_id
				where u.email = ? and n.link = ?
				""", Long.class, DemoUsers.AGENT.email(), "/desk/tickets/" + number) == 1);
		return number;
	}

	private static String main() {
		return driver.findElement(By.tagName("main")).getText();
	}

}
