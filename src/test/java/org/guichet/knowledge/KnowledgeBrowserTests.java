package org.guichet.knowledge;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.guichet.knowledge.internal.ArticleDraft;
import org.guichet.knowledge.internal.Audience;
import org.guichet.knowledge.internal.KnowledgeArticles;
import org.guichet.knowledge.internal.KnowledgeCategories;
import org.guichet.support.DemoUsers;
import org.guichet.support.KnowledgeWebTest;
import org.guichet.support.browser.Accessibility;
import org.guichet.support.browser.BrowserTest;
import org.guichet.support.browser.ShellPage;
import org.guichet.support.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base in a real browser: a customer searches, narrows by category, opens
 * an article and rates it; a requester typing a request sees an article, answers "Oui"
 * and files nothing; staff's pages. axe-core checks every page.
 */
@KnowledgeWebTest
class KnowledgeBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KnowledgeArticles articles;

	@Autowired
	KnowledgeCategories categories;

	@Test
	void aCustomerSearchesNarrowsByCategoryAndRatesAnArticle() {
		String word = tag();
		UUID category = this.categories.create("Impression " + word, null);
		String printer = publish(new ArticleDraft("Imprimante en erreur " + word, "Relancer le spouleur.",
				"<p>Redémarrez le service d'impression.</p>", category, null, "Bureautique", "fr", Audience.CUSTOMERS));
		publish(new ArticleDraft("Imprimante et messagerie " + word, "", "<p>Texte</p>", null, null, null, "fr",
				Audience.CUSTOMERS));

		open("/login", SignInPage::new).signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		open("/kb", ShellPage::new);
		Accessibility.check(driver);
		driver.findElement(By.id("kb-q")).sendKeys("imprimantes " + word);
		ShellPage results = submit(driver.findElement(By.id("kb-q")));
		assertThat(results.heading()).isEqualTo("Rechercher un article");
		assertThat(driver.findElement(By.id("kb-count")).getText()).isEqualTo("2 articles");
		Accessibility.check(driver);

		press(driver.findElement(By.linkText("Impression " + word)));
		assertThat(driver.findElement(By.id("kb-count")).getText()).isEqualTo("1 article");
		Accessibility.check(driver);

		ShellPage article = press(driver.findElement(By.linkText("Imprimante en erreur " + word)));
		assertThat(article.heading()).isEqualTo("Imprimante en erreur " + word);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Dernière version (v1)");
		Accessibility.check(driver);
		driver.findElement(By.id("helpful-yes")).sendKeys(Keys.SPACE);
		driver.findElement(By.id("rating-4")).sendKeys(Keys.SPACE);
		driver.findElement(By.id("kb-comment")).sendKeys("Clair et utile");
		submit(driver.findElement(By.id("kb-comment")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Merci pour votre avis");
		Accessibility.check(driver);
		assertThat(
				this.jdbc.queryForObject("select rating_sum from kb_articles where number = ?", Integer.class, printer))
			.isEqualTo(4);
	}

	@Test
	void aRequesterWhoseQuestionAnArticleAnswersFilesNoTicket() {
		String word = tag();
		String number = publish(new ArticleDraft("Messagerie bloquée " + word, "Vider la boîte d'envoi.",
				"<p>Supprimez le message trop volumineux.</p>", null, null, null, "fr", Audience.CUSTOMERS));
		UUID article = this.jdbc.queryForObject("select article_id from kb_articles where number = ?", UUID.class,
				number);
		int tickets = this.jdbc.queryForObject("select count(*) from tickets", Integer.class);

		open("/login", SignInPage::new).signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		open("/tickets/new", ShellPage::new);
		press(driver.findElement(By.linkText("Signaler un incident")));
		WebElement subject = driver.findElement(By.id("subject"));
		subject.clear();
		subject.sendKeys("Ma messagerie " + word + " est bloquée");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kb-suggest"), "Messagerie bloquée"));
		assertThat(driver.findElement(By.id("kb-suggest")).getAttribute("aria-live")).isEqualTo("polite");
		assertThat((String) driver.executeScript(
				"return arguments[0].form.querySelector('button[type=submit], input[type=submit]').textContent",
				subject))
			.as("Enter in a field sends the request, whatever the suggestions")
			.contains("Envoyer");
		Accessibility.check(driver);

		ShellPage done = press(driver.findElement(By.id("kb-deflect-yes")));
		assertThat(done.heading()).isEqualTo("Votre question est résolue");
		Accessibility.check(driver);
		assertThat(this.jdbc.queryForObject("select count(*) from tickets", Integer.class)).isEqualTo(tickets);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from kb_suggestion_events where article_id = ? and kind = 'DEFLECTED'", Integer.class,
				article))
			.isEqualTo(1);
	}

	@Test
	void aManagersKnowledgeBasePagesPassAxe() {
		String number = publish(new ArticleDraft("Sauvegarde nocturne " + tag(), "Résumé", "<p>Première.</p>", null,
				null, null, "fr", Audience.STAFF));
		this.articles.update(number, new ArticleDraft("Sauvegarde nocturne", "Résumé", "<p>Seconde.</p>", null, null,
				null, "fr", Audience.STAFF), true, null);
		open("/login", SignInPage::new).signIn(DemoUsers.MANAGER.email(), DemoUsers.PASSWORD);
		for (String path : new String[] { "/desk/kb", "/desk/kb/new", "/desk/kb/" + number,
				"/desk/kb/" + number + "/versions/2", "/desk/kb/" + number + "/feedback", "/desk/kb/poorly-rated",
				"/desk/kb/statistics", "/kb/" + number + "?version=1" }) {
			open(path, ShellPage::new);
			Accessibility.check(driver);
		}
	}

	@Test
	void anEditorShowsAnImageInAnArticleAndCorrectsItsDescriptionWithTheKeyboardAndReadersGetIt() throws IOException {
		String number = this.articles.create(new ArticleDraft("Écran d'accueil " + tag(), "",
				"<p>Voici l'écran d'accueil.</p>", null, null, null, "fr", Audience.PUBLIC), null);
		String description = "L'écran d'accueil du portail, menu « Mes demandes » à gauche";
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, 0x1b365d);
		Path png = Files.createTempFile("accueil", ".png");
		ImageIO.write(image, "png", png.toFile());

		open("/login", SignInPage::new).signIn(DemoUsers.MANAGER.email(), DemoUsers.PASSWORD);
		open("/desk/kb/" + number, ShellPage::new);
		driver.findElement(By.id("kb-file")).sendKeys(png.toAbsolutePath().toString());
		driver.findElement(By.id("kb-file-alt")).sendKeys(description);
		submit(driver.findElement(By.id("kb-file-alt")));
		WebElement editor = driver.findElement(By.id("body-editor"));
		editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
		WebElement insert = driver.findElement(By.cssSelector("[data-insert-image]"));
		assertThat(insert.getAttribute("aria-label")).contains(png.getFileName().toString());
		insert.sendKeys(Keys.ENTER);
		WebElement shown = new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#body-editor img")));
		assertThat(shown.getAttribute("alt")).isEqualTo(description);
		Accessibility.check(driver);
		press(driver.findElement(By.cssSelector("form.kb-editor button[type='submit']")));
		assertThat(this.jdbc.queryForObject("select body from kb_articles where number = ?", String.class, number))
			.contains("<img src=\"/kb/images/");

		String corrected = "L'écran d'accueil du portail, menu « Mes demandes » en haut à gauche";
		driver.findElement(By.cssSelector("#files details summary")).sendKeys(Keys.ENTER);
		WebElement field = driver.findElement(By.cssSelector("#files details input[name='alt']"));
		field.clear();
		field.sendKeys(corrected);
		Accessibility.check(driver);
		press(field);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Description de l'image enregistrée");

		this.articles.publish(number, null);
		driver.manage().deleteAllCookies();
		open("/kb/" + number, ShellPage::new);
		WebElement read = driver.findElement(By.cssSelector(".kb-body img"));
		assertThat(read.getAttribute("alt")).isEqualTo(corrected);
		assertThat((Boolean) driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 40",
				read))
			.as("the visitor's browser loads the image")
			.isTrue();
	}

	private String publish(ArticleDraft draft) {
		String number = this.articles.create(draft, null);
		this.articles.publish(number, null);
		return number;
	}

	private static String tag() {
		StringBuilder word = new StringBuilder("zq");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			word.append((char) ('a' + Character.digit(c, 16)));
		}
		return word.toString();
	}

}
