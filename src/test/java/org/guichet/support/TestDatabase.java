package org.guichet.support;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import org.guichet.shared.database.EmbeddedPostgresServer;

import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL server of a test run: one embedded server shared by the whole test JVM,
 * or the server named by {@code GUICHET_TEST_DATABASE_URL} (for example
 * {@code jdbc:postgresql://127.0.0.1:5432/guichet_ci?user=postgres}) when that is set.
 * Each test context asks for a database by name; they are created fresh once per run.
 */
public final class TestDatabase {

	public static final String EXTERNAL_URL_VARIABLE = "GUICHET_TEST_DATABASE_URL";

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,40}");

	private static EmbeddedPostgresServer embedded;

	private static final java.util.Set<String> created = new java.util.HashSet<>();

	private TestDatabase() {
	}

	/**
	 * @return whether the tests run against an external server
	 */
	public static boolean isExternal() {
		String url = System.getenv(EXTERNAL_URL_VARIABLE);
		return url != null && !url.isBlank();
	}

	/**
	 * A fresh database for one test context, created on first use in this JVM.
	 * @param name a lower-case name
	 * @return its JDBC URL, with the user and password parameters the server needs
	 */
	public static synchronized String url(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(name);
		}
		if (isExternal()) {
			String base = System.getenv(EXTERNAL_URL_VARIABLE);
			String database = databaseOf(base) + "_" + name;
			String url = replaceDatabase(base, database);
			if (created.add(name)) {
				recreate(replaceDatabase(base, "postgres"), database);
			}
			return url;
		}
		if (embedded == null) {
			embedded = EmbeddedPostgresServer.start(Path.of("target", "test-postgres"), false);
			// After every Spring context of the test JVM has closed its connection pool.
			SpringApplication.getShutdownHandlers().add(embedded::close);
		}
		String credentials = "?user=" + embedded.username() + "&password=" + embedded.password();
		if (created.add(name)) {
			recreate(embedded.jdbcUrl("postgres") + credentials, name);
		}
		return embedded.jdbcUrl(name) + credentials;
	}

	private static void recreate(String adminUrl, String database) {
		try (Connection connection = DriverManager.getConnection(adminUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + database, ex);
		}
	}

	private static String databaseOf(String jdbcUrl) {
		String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
		return path.substring(1);
	}

	private static String replaceDatabase(String jdbcUrl, String database) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		String query = (uri.getQuery() != null) ? "?" + uri.getQuery() : "";
		return "jdbc:" + uri.getScheme() + "://" + uri.getAuthority() + "/" + database + query;
	}

}
