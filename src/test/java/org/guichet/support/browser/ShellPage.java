package org.guichet.support.browser;

import java.net.URI;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Any page inside the layout: header, menu and main content.
 */
public class ShellPage {

	private final WebDriver driver;

	public ShellPage(WebDriver driver) {
		this.driver = driver;
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	/**
	 * Does what leads to another page and returns that page once the browser shows it:
	 * the page left has a heading too, so reading at once could read the old one.
	 */
	public static ShellPage after(WebDriver driver, Runnable action) {
		WebElement page = driver.findElement(By.tagName("html"));
		action.run();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(Staleness.of(page));
		return new ShellPage(driver);
	}

	public String path() {
		return URI.create(this.driver.getCurrentUrl()).getPath();
	}

	public String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	public String language() {
		return this.driver.findElement(By.tagName("html")).getAttribute("lang");
	}

	public SignInPage signOut() {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		WebElement toggler = this.driver.findElement(By.cssSelector(".navbar-toggler"));
		if (toggler.isDisplayed() && "false".equals(toggler.getAttribute("aria-expanded"))) {
			toggler.click();
		}
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("form[action='/logout'] button"))).click();
		return new SignInPage(this.driver);
	}

}
