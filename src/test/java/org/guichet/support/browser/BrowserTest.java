package org.guichet.support.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: one headless Chromium per test class, cookies cleared
 * between tests. Skipped, not failed, where Chromium is not installed.
 */
public abstract class BrowserTest {

	protected static ChromeDriver driver;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		Assumptions.assumeTrue(Chromium.isInstalled(), "Chromium and ChromeDriver are not installed");
		driver = Chromium.start(1280, 900);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void forgetCookies() {
		driver.manage().deleteAllCookies();
	}

	/**
	 * Presses a link or button with the keyboard and waits for the page it leads to (not
	 * the page still shown, which has a heading too).
	 */
	protected static ShellPage press(WebElement element) {
		element.sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(Staleness.of(element));
		return new ShellPage(driver);
	}

	/**
	 * Submits the form of the element and waits for the page it leads to.
	 */
	protected static ShellPage submit(WebElement element) {
		element.submit();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(Staleness.of(element));
		return new ShellPage(driver);
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected <P> P open(String path, java.util.function.Function<ChromeDriver, P> page) {
		driver.get(url(path));
		Accessibility.check(driver);
		return page.apply(driver);
	}

}
