package org.guichet.shared;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation-wide settings.
 *
 * @param dataDir directory holding everything a default run keeps: the embedded database
 * ({@code postgres}) and stored files ({@code files}). Deleting it resets the
 * installation.
 * @param baseUrl public address of this installation; every link sent by e-mail or
 * printed in the log is built from it, never from the request's Host header.
 * @param demoData whether to load the demonstration data into an empty database. When not
 * set, demo data is loaded only when the embedded database is used.
 * @param timeZone the time zone in which dates and times are shown
 */
@ConfigurationProperties("guichet")
public record GuichetProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue("http://localhost:8080") URI baseUrl, Boolean demoData,
		@DefaultValue("Europe/Paris") ZoneId timeZone) {

	/**
	 * @param embedded whether Guichet runs on its embedded database
	 * @return whether to load the demonstration data: as configured, else only on the
	 * embedded database
	 */
	public boolean loadsDemoData(boolean embedded) {
		return (this.demoData != null) ? this.demoData : embedded;
	}

	/**
	 * Builds an absolute link from the configured base URL.
	 * @param path an absolute path such as {@code /setup/abc}
	 * @return the link
	 */
	public String link(String path) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
