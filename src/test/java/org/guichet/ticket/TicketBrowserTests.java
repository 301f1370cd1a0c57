package org.guichet.ticket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.guichet.account.UserId;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.support.browser.Staleness;
import org.guichet.support.DemoUsers;
import org.guichet.support.Mails;
import org.guichet.support.TestMailServer;
import org.guichet.support.TicketsWebTest;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ticket's life seen by its requester in a real browser: filed with a file through the
 * rich-text editor, a solution refused then accepted with the survey, the dashboard and
 * the list following, a colleague reading it, the e-mails arriving. axe-core checks every
 * page.
 */
@TicketsWebTest
class TicketBrowserTests extends BrowserTest {

	private static final Pattern NUMBER = Pattern.compile("DI-\\d{4}-\\d{6}");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Tickets tickets;

	@Autowired
	OutboxSender outbox;

	@Test
	void aMemberFilesAnIncidentThenRefusesAndAcceptsASolutionWithTheSurvey() throws IOException {
		TestMailServer.clear();
		open("/login", SignInPage::new).signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		long closedBefore = closedOfTownHall();
		open("/tickets/new", ShellPage::new);
		driver.findElement(By.linkText("Signaler un incident")).click();
		new ShellPage(driver);
		Accessibility.check(driver);
		Select theme = new Select(driver.findElement(By.id("themeId")));
		theme.selectByIndex(1);
		String path = theme.getFirstSelectedOption().getText();
		assertThat(driver.findElement(By.id("subject")).getAttribute("value")).as("prefilled from the theme")
			.isEqualTo(path);
		WebElement subject = driver.findElement(By.id("subject"));
		String title = "Bulletins en erreur " + UUID.randomUUID().toString().substring(0, 8);
		subject.clear();
		subject.sendKeys(title);
		new Select(driver.findElement(By.id("productId"))).selectByVisibleText("Winpaie");
		WebElement editor = driver.findElement(By.cssSelector("#description-editor"));
		editor.click();
		driver.findElement(By.cssSelector("[data-editor-for='description'] [data-format='bold']")).click();
		editor.sendKeys("Le calcul est faux");
		editor.sendKeys(Keys.TAB);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("Tab leaves the editor")
			.isNotEqualTo("description-editor");
		new Select(driver.findElement(By.id("impact"))).selectByValue("LEGAL_DEADLINE");
		new Select(driver.findElement(By.id("urgency"))).selectByValue("HIGH");
		Path capture = Files.createTempFile("capture", ".png");
		Files.write(capture, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 });
		driver.findElement(By.id("attachments")).sendKeys(capture.toAbsolutePath().toString());
		WebElement send = driver.findElement(By.cssSelector("form.ticket-form button[type='submit']"));
		send.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(Staleness.of(send));

		ShellPage page = new ShellPage(driver);
		assertThat(page.heading()).contains(title);
		String number = number(page.heading());
		String main = driver.findElement(By.tagName("main")).getText();
		assertThat(main).contains("Votre demande est enregistrée").contains(capture.getFileName().toString());
		assertThat(driver.findElement(By.cssSelector(".message-body strong")).getText())
			.isEqualTo("Le calcul est faux");
		Accessibility.check(driver);

		UserId agent = new UserId(this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class,
				DemoUsers.AGENT.email()));
		this.tickets.take(number, agent);
		this.tickets.proposeSolution(number, agent, "<p>Relancez le calcul.</p>");
		open("/tickets/" + number, ShellPage::new);
		driver.findElement(By.id("refuse-reason")).sendKeys("Le calcul est toujours faux.");
		submit(driver.findElement(By.id("refuse-reason")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Vous avez refusé la solution")
			.contains("En cours");
		Accessibility.check(driver);

		this.tickets.proposeSolution(number, agent, "<p>Le taux est corrigé.</p>");
		open("/tickets/" + number, ShellPage::new);
		driver.findElement(By.id("score")).sendKeys("8");
		driver.findElement(By.id("delay-SATISFIED")).sendKeys(Keys.SPACE);
		driver.findElement(By.id("human-VERY_SATISFIED")).sendKeys(Keys.SPACE);
		driver.findElement(By.id("comment")).sendKeys("Merci");
		submit(driver.findElement(By.id("score")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("la demande est clôturée")
			.contains("Note donnée : 8 sur 10");
		Accessibility.check(driver);

		open("/", ShellPage::new);
		WebElement closedTile = driver.findElement(By.cssSelector("a[href='/tickets?state=CLOSED'] .tile-count"));
		assertThat(Long.parseLong(closedTile.getText())).isEqualTo(closedBefore + 1);
		press(driver.findElement(By.cssSelector("a[href='/tickets?state=CLOSED']")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(number);
		Accessibility.check(driver);
		open("/tickets", ShellPage::new);
		assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(number);
		new ShellPage(driver).signOut();

		open("/login", SignInPage::new).signIn(DemoUsers.ORGANIZATION_ADMIN.email(), DemoUsers.PASSWORD);
		open("/tickets/" + number, ShellPage::new);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Seul son demandeur, Marie Durand");
		assertThat(driver.findElements(By.id("body"))).isEmpty();
		new ShellPage(driver).signOut();

		while (this.outbox.sendDue().orElse(0) > 0) {
			// every mail of the outbox, a batch at a time
		}
		List<String> subjects = Mails.to(DemoUsers.MEMBER.email())
			.stream()
			.map(TicketBrowserTests::subject)
			.filter((line) -> line.contains(number))
			.toList();
		assertThat(subjects).anyMatch((line) -> line.contains("enregistrée"))
			.anyMatch((line) -> line.contains("prise en charge"))
			.anyMatch((line) -> line.contains("solution est proposée"))
			.anyMatch((line) -> line.contains("clôturée"));
	}

	@Test
	void theListSortsAndFiltersWithTheKeyboard() {
		open("/login", SignInPage::new).signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		open("/tickets?closed=true&archives=true", ShellPage::new);
		assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThan(5);
		new Select(driver.findElement(By.id("size"))).selectByValue("10");
		driver.findElement(By.id("q")).sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("size=10"));
		assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(10);
		press(driver.findElement(By.linkText("Page suivante")));
		assertThat(driver.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
		Accessibility.check(driver);
		new ShellPage(driver).signOut();
	}

	private long closedOfTownHall() {
		return this.jdbc.queryForObject("select count(*) from tickets t join organizations o"
				+ " on o.organization_id = t.organization_id where o.customer_code = 'C-1001' and t.state = 'CLOSED'",
				Long.class);
	}

	private static String number(String text) {
		Matcher matcher = NUMBER.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group();
	}

	private static String subject(MimeMessage message) {
		try {
			return Optional.ofNullable(message.getSubject()).orElse("");
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
