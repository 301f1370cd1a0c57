package org.guichet.support.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, found on the machine; never downloaded. Browser
 * tests are skipped where they are not installed (see {@code .ci/run}, which installs
 * them).
 */
public final class Chromium {

	private Chromium() {
	}

	/**
	 * @return whether both the browser and its driver are installed
	 */
	public static boolean isInstalled() {
		return browser().isPresent() && driver().isPresent();
	}

	/**
	 * Starts a headless Chromium with a fresh profile.
	 * @param width the window width in CSS pixels
	 * @param height the window height in CSS pixels
	 * @return the driver
	 */
	public static ChromeDriver start(int width, int height) {
		try {
			Path profile = Files.createTempDirectory("guichet-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(browser().orElseThrow().toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
					"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
					"--lang=fr-FR");
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(driver().orElseThrow().toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return driver;
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<Path> browser() {
		return find("GUICHET_CHROMIUM", "chromium", "chromium-browser");
	}

	private static Optional<Path> driver() {
		return find("GUICHET_CHROMEDRIVER", "chromedriver");
	}

	private static Optional<Path> find(String variable, String... names) {
		String configured = System.getenv(variable);
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(Files::isExecutable);
		}
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin");
		return Stream.of(path.split(File.pathSeparator))
			.flatMap((directory) -> Stream.of(names).map((name) -> Path.of(directory, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
