package org.guichet.support.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in page, driven with the keyboard only.
 */
public class SignInPage {

	private final WebDriver driver;

	public SignInPage(WebDriver driver) {
		this.driver = driver;
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("email")));
	}

	/**
	 * Types the address in the focused field, tabs to the password and presses Enter.
	 */
	public ShellPage signIn(String email, String password) {
		WebElement focused = this.driver.switchTo().activeElement();
		if (!"email".equals(focused.getAttribute("id"))) {
			throw new AssertionError("The e-mail field should have the focus when the page opens");
		}
		focused.sendKeys(email, Keys.TAB);
		WebElement passwordField = this.driver.switchTo().activeElement();
		passwordField.sendKeys(password, Keys.ENTER);
		// the next page, not the sign-in page still shown (it has a heading too)
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(Staleness.of(passwordField));
		// and loaded to its end: a page opened while this one still loads may see
		// its elements go ("Node … does not belong to the document")
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		return new ShellPage(this.driver);
	}

	public String error() {
		return this.driver.findElement(By.cssSelector("[role=alert]")).getText();
	}

	public String status() {
		return this.driver.findElement(By.cssSelector("[role=status]")).getText();
	}

	public String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	public SignInPage switchTo(String language) {
		this.driver.findElement(By.linkText(language)).click();
		return new SignInPage(this.driver);
	}

}
