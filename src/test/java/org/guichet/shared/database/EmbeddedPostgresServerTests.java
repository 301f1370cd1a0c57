package org.guichet.shared.database;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded server as an installation uses it: durable, keeping its data across
 * restarts, and able to start after a JVM was killed under it.
 */
class EmbeddedPostgresServerTests {

	private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

	@Test
	void keepsDurabilitySettingsOn() throws SQLException {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(newDataDirectory(), true)) {
			assertThat(setting(server, "fsync")).isEqualTo("on");
			assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(server, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void keepsDataAcrossARestart() throws SQLException {
		Path data = newDataDirectory();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, true)) {
			server.createDatabaseIfMissing("guichet");
			execute(server, "create table notes (text varchar(50))", "insert into notes values ('kept')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, true)) {
			server.createDatabaseIfMissing("guichet");
			assertThat(query(server, "select text from notes")).isEqualTo("kept");
		}
	}

	@Test
	void startsAfterTheJvmRunningItWasKilled() throws Exception {
		Path data = newDataDirectory();
		Process child = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"),
				EmbeddedPostgresChild.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		try {
			BufferedReader output = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			String line;
			do {
				line = output.readLine();
			}
			while (line != null && !line.equals(EmbeddedPostgresChild.READY));
			assertThat(line).as("the child JVM started its server").isEqualTo(EmbeddedPostgresChild.READY);
			long postmaster = postmasterPid(data);

			child.destroyForcibly(); // SIGKILL: no shutdown hook runs
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
				.as("the orphaned postmaster is still running")
				.contains(true);

			try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, true)) {
				server.createDatabaseIfMissing("guichet");
				assertThat(query(server, "select text from notes")).isEqualTo("written before kill -9");
				assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			}
		}
		finally {
			child.destroyForcibly();
		}
	}

	@Test
	void removesALockFileWhosePidBelongsToAnotherProgram() throws IOException {
		Path data = newDataDirectory();
		Files.createDirectories(data);
		Path pidFile = data.resolve("postmaster.pid");
		// Our own JVM is alive but is not a PostgreSQL server.
		Files.write(pidFile, List.of(Long.toString(ProcessHandle.current().pid()), data.toString()));
		StalePostmaster.stopIfOrphaned(data.toAbsolutePath());
		assertThat(pidFile).doesNotExist();
	}

	@Test
	void refusesADataDirectoryThatAnotherRunningServerUses() throws SQLException {
		Path data = newDataDirectory();
		try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(data, false)) {
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedPostgresServer.start(data, false))
				.withMessageContaining("Another running Guichet");
			assertThat(setting(running, "fsync")).isEqualTo("off");
		}
	}

	@Test
	void onlyAcceptsConnectionsWithTheGeneratedPassword() throws SQLException, IOException {
		Path data = newDataDirectory();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, false)) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "").close());
			assertThat(Files.readString(data.resolve("guichet-superuser-password")).strip())
				.isEqualTo(server.password());
		}
		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, false)) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(again.jdbcUrl("postgres"), "postgres", "wrong").close());
			assertThat(setting(again, "listen_addresses")).isEqualTo("localhost");
			assertThat(setting(again, "unix_socket_directories")).isEmpty();
		}
	}

	private static long postmasterPid(Path data) throws IOException {
		return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
	}

	private static Path newDataDirectory() {
		return new File("target/embedded-postgres-tests/" + UUID.randomUUID()).toPath();
	}

	private static String setting(EmbeddedPostgresServer server, String name) throws SQLException {
		try (Connection connection = server.connect("postgres");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
		try (Connection connection = server.connect("guichet"); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = server.connect("guichet");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
