package org.guichet.desk;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.guichet.notification.internal.OutboxSender;
import org.guichet.support.DemoUsers;
import org.guichet.support.HttpTestClient;
import org.guichet.support.Mails;
import org.guichet.support.TestMailServer;
import org.guichet.support.TicketFixtures;
import org.guichet.support.TicketsWebTest;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.Chromium;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent's day in a real browser: a new ticket found on the tasks page, taken, an
 * internal note the requester never sees, a question answered, a solution proposed;
 * meanwhile a colleague sees the lock, a reader cannot act, an agent of another category
 * does not find the ticket. axe-core checks every desk page.
 */
@TicketsWebTest
class DeskBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutboxSender outbox;

	@Test
	void anAgentTakesANewTicketWritesANoteAsksTheRequesterAndProposesASolution() {
		String subject = "Imprimante du secrétariat " + UUID.randomUUID().toString().substring(0, 8);
		String number = fileAsMarie(subject);
		// filed long ago: the oldest new ticket, first on the tasks page
		this.jdbc.update("update tickets set created_at = created_at - interval '5 years' where number = ?", number);

		open("/login", SignInPage::new).signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		open("/desk", ShellPage::new);
		WebElement newest = driver.findElement(By.id("list-newest")).findElement(By.xpath(".."));
		assertThat(newest.getText()).contains(number).contains(subject);
		press(newest.findElement(By.linkText(number)));
		Accessibility.check(driver);
		assertThat(main(driver)).contains("Vous traitez cette demande").contains(subject);

		ChromeDriver colleague = Chromium.start(1280, 900);
		try {
			colleague.get(url("/login"));
			new SignInPage(colleague).signIn(DemoUsers.MANAGER.email(), DemoUsers.PASSWORD);
			colleague.get(url("/desk/tickets/" + number));
			Accessibility.check(colleague);
			assertThat(main(colleague)).containsPattern("Verrouillée par Sophie Agent depuis \\d\\d:\\d\\d");
			assertThat(colleague.findElements(By.id("write-form"))).isEmpty();

			press(driver.findElement(By.id("take")));
			assertThat(main(driver)).contains("Vous avez pris la demande en charge").contains("En cours");
			Accessibility.check(driver);

			new Select(driver.findElement(By.id("canned"))).selectByVisibleText("Accusé de réception");
			driver.findElement(By.id("insert-canned")).sendKeys(Keys.ENTER);
			assertThat(driver.findElement(By.id("body-editor")).getText())
				.contains("Nous avons bien reçu votre demande " + number);
			press(driver.findElement(By.cssSelector("#write-form button[type='submit']")));
			assertThat(main(driver)).contains("La réponse est envoyée au demandeur.");

			String note = "Vérifier le pilote " + UUID.randomUUID().toString().substring(0, 8);
			write("NOTE", note);
			assertThat(main(driver)).contains("La note interne est enregistrée")
				.contains("Note interne")
				.contains(note);
			Accessibility.check(driver);

			String question = "Quel modèle d'imprimante utilisez-vous ?";
			write("ASK", question);
			assertThat(main(driver)).contains("la demande attend la réponse du demandeur")
				.contains("En attente du demandeur");
			TestMailServer.clear();
			new Select(driver.findElement(By.id("contact-template"))).selectByVisibleText("Pièce manquante");
			driver.findElement(By.id("observation")).sendKeys("la référence de l'imprimante");
			press(driver.findElement(By.id("contact-preview")));
			assertThat(main(driver)).contains("la référence de l'imprimante").contains(number);
			Accessibility.check(driver);
			driver.navigate().back();
			new ShellPage(driver);
			new Select(driver.findElement(By.id("contact-template"))).selectByVisibleText("Pièce manquante");
			WebElement observation = driver.findElement(By.id("observation"));
			observation.clear();
			observation.sendKeys("la référence de l'imprimante");
			press(driver.findElement(By.id("contact-send")));
			assertThat(main(driver)).contains("Le courriel est envoyé au demandeur")
				.contains("Courriel envoyé au demandeur : Demande de pièce complémentaire");
			Accessibility.check(driver);
			while (this.outbox.sendDue().orElse(0) > 0) {
				// every mail of the outbox, a batch at a time
			}
			MimeMessage letter = Mails.to(DemoUsers.MEMBER.email())
				.stream()
				.filter((message) -> subject(message).contains("Demande de pièce complémentaire"))
				.findFirst()
				.orElseThrow();
			assertThat(subject(letter)).contains(number);
			assertThat(Mails.text(letter)).contains("la référence de l'imprimante")
				.contains("votre demande n° " + number)
				.contains("Durand");

			press(driver.findElement(By.cssSelector("#lock-status button")));
			assertThat(main(driver)).contains("Le verrou est libéré.");
			Accessibility.check(driver);

			HttpTestClient marie = signIn(DemoUsers.MEMBER);
			String portal = page(marie.get("/tickets/" + number));
			assertThat(portal).contains(question).doesNotContain(note);
			assertThat(marie
				.submit("/tickets/" + number, "/tickets/" + number + "/reply",
						Map.of("body", "<p>Une laser du 2e étage.</p>"))
				.statusCode()).isEqualTo(302);

			open("/desk/tickets/" + number, ShellPage::new);
			assertThat(main(driver)).contains("Une laser du 2e étage.").contains("En cours");
			write("PROPOSE", "Le pilote est mis à jour : réessayez d'imprimer.");
			assertThat(main(driver)).contains("Clôture à valider");
			Accessibility.check(driver);
			assertThat(this.jdbc.queryForObject("select state from tickets where number = ?", String.class, number))
				.isEqualTo("RESOLVED");

			colleague.manage().deleteAllCookies();
			colleague.get(url("/login"));
			new SignInPage(colleague).signIn(DemoUsers.READER.email(), DemoUsers.PASSWORD);
			colleague.get(url("/desk/tickets/" + number));
			Accessibility.check(colleague);
			assertThat(main(colleague)).contains("votre droit sur sa catégorie ne permet pas de la modifier");
			assertThat(colleague.findElements(By.id("write-form"))).isEmpty();
			assertThat(colleague.findElements(By.id("take"))).isEmpty();

			colleague.manage().deleteAllCookies();
			colleague.get(url("/login"));
			new SignInPage(colleague).signIn(DemoUsers.LAWYER.email(), DemoUsers.PASSWORD);
			colleague.get(url("/desk/tickets/" + number));
			Accessibility.check(colleague);
			assertThat(colleague.findElement(By.tagName("h1")).getText()).doesNotContain(subject);
			assertThat(colleague.getPageSource()).doesNotContain(subject);
		}
		finally {
			colleague.quit();
		}
	}

	@Test
	void theSearchFiltersAtOnceAndTheAdministrationPagesAreAccessible() {
		open("/login", SignInPage::new).signIn(DemoUsers.AGENT.email(), DemoUsers.PASSWORD);
		open("/desk/tickets", ShellPage::new);
		assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).isNotEmpty();
		new Select(driver.findElement(By.id("state"))).selectByValue("CLOSED");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("state=CLOSED"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((browser) -> {
			List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
			return !rows.isEmpty() && rows.stream().allMatch((row) -> row.getText().contains("Clôturée"));
		});
		Accessibility.check(driver);
		driver.findElement(By.linkText("Numéro")).sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("sort=number"));
		assertThat(driver.findElement(By.cssSelector("th[aria-sort]")).getText()).contains("Numéro");
		Accessibility.check(driver);
		new ShellPage(driver).signOut();

		open("/login", SignInPage::new).signIn(DemoUsers.ADMINISTRATOR.email(), DemoUsers.PASSWORD);
		open("/admin/categories", ShellPage::new);
		press(driver.findElement(By.linkText("Support logiciel")));
		Accessibility.check(driver);
		assertThat(main(driver)).contains("Sophie Agent").contains("Modification").contains("Signaler un incident");
		press(driver.findElement(By.linkText("Sophie Agent")));
		Accessibility.check(driver);
		assertThat(main(driver)).contains("Catégories de Sophie Agent").contains("Assistance");
	}

	@Test
	void aManagerWritesALetterTemplateAndPreviewsIt() {
		open("/login", SignInPage::new).signIn(DemoUsers.MANAGER.email(), DemoUsers.PASSWORD);
		open("/desk/letter-templates", ShellPage::new);
		press(driver.findElement(By.linkText("Nouveau courrier type")));
		Accessibility.check(driver);
		String shortLabel = "Rappel " + UUID.randomUUID().toString().substring(0, 6);
		driver.findElement(By.id("shortLabel")).sendKeys(shortLabel);
		driver.findElement(By.id("label")).sendKeys("Rappel de rendez-vous");
		WebElement editor = driver.findElement(By.id("body-editor"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", editor);
		editor.sendKeys("Rendez-vous pour la demande #{RQ_NUMBER}");
		press(driver.findElement(By.cssSelector("main form button[type='submit']")));
		assertThat(main(driver)).contains("Variables inconnues ou mal écrites : #{RQ_NUMBER}");
		Accessibility.check(driver);
		editor = driver.findElement(By.id("body-editor"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", editor);
		editor.sendKeys(Keys.END);
		for (int i = 0; i < "#{RQ_NUMBER}".length(); i++) {
			editor.sendKeys(Keys.BACK_SPACE);
		}
		editor.sendKeys("#{RQ_ID}");
		press(driver.findElement(By.cssSelector("main form button[type='submit']")));
		assertThat(main(driver)).contains("Le courrier type est enregistré.");
		press(driver.findElement(By.linkText("Aperçu")));
		Accessibility.check(driver);
		assertThat(main(driver)).contains("Rendez-vous pour la demande DI-2026-000123");

		open("/desk/canned-replies/new", ShellPage::new);
		driver.findElement(By.id("label")).sendKeys("Relance " + shortLabel);
		WebElement reply = driver.findElement(By.id("body-editor"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", reply);
		reply.sendKeys("Avez-vous pu essayer, #{RR_FNAME} ?");
		press(driver.findElement(By.cssSelector("main form button[type='submit']")));
		assertThat(main(driver)).contains("La réponse type est enregistrée.");
		Accessibility.check(driver);
	}

	/**
	 * Writes a message of a kind with the rich-text editor and sends it.
	 */
	private static void write(String kind, String text) {
		driver.findElement(By.id("kind-" + kind)).sendKeys(Keys.SPACE);
		WebElement editor = driver.findElement(By.id("body-editor"));
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", editor);
		editor.sendKeys(text);
		press(driver.findElement(By.cssSelector("#write-form button[type='submit']")));
	}

	private static String main(WebDriver browser) {
		return browser.findElement(By.tagName("main")).getText();
	}

	private String fileAsMarie(String subject) {
		return TicketFixtures.fileIncident(this.port, this.jdbc, subject, "<p>L'imprimante ne répond plus.</p>", false);
	}

	private static String subject(MimeMessage message) {
		try {
			return Optional.ofNullable(message.getSubject()).orElse("");
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String page(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body()).replace('\u00a0', ' ');
	}

	private HttpTestClient signIn(DemoUsers user) {
		HttpTestClient client = new HttpTestClient(this.port);
		client.signIn(user.email(), DemoUsers.PASSWORD);
		return client;
	}

}
