package org.guichet.support.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

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

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected <P> P open(String path, java.util.function.Function<ChromeDriver, P> page) {
		driver.get(url(path));
		Accessibility.check(driver);
		return page.apply(driver);
	}

}
