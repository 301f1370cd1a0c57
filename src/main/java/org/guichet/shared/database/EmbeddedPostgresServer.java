package org.guichet.shared.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries shipped in the application, keeping its data
 * in a directory of ours so that it survives restarts.
 *
 * <p>
 * Durability is switched back on ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes}): the embedded library turns them off for speed, which is
 * right for throw-away test databases and wrong for an installation's data. A postmaster
 * left running by a JVM that was killed with {@code kill -9} is detected from
 * {@code postmaster.pid} and shut down before the new one starts.
 */
public final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration STALE_SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts a server keeping its data in {@code dataDirectory}, creating the cluster on
	 * first use.
	 * @param dataDirectory the cluster directory, for example {@code data/postgres}
	 * @param durable whether to keep fsync and synchronous commit on (off only for
	 * throw-away test clusters)
	 * @return the running server
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
		try {
			Files.createDirectories(dataDirectory);
			stopStalePostmaster(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "100")
				.setServerConfig("listen_addresses", "localhost");
			String onOff = durable ? "on" : "off";
			builder.setServerConfig("fsync", onOff)
				.setServerConfig("synchronous_commit", onOff)
				.setServerConfig("full_page_writes", onOff);
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
					dataDirectory.toAbsolutePath());
			return new EmbeddedPostgresServer(postgres, dataDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	/**
	 * Shuts down a postmaster that a killed JVM left behind on this data directory, so
	 * that the new server can take the directory over. A {@code postmaster.pid} naming a
	 * process that is gone, or that is not a PostgreSQL server, is left for PostgreSQL to
	 * handle (it removes a stale lock file itself).
	 */
	static void stopStalePostmaster(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty() || !isPostgres(process.get())) {
			if (process.isPresent()) {
				// The pid was reused by an unrelated process: the lock file is stale.
				Files.deleteIfExists(pidFile);
			}
			return;
		}
		log.warn("A PostgreSQL server (pid {}) left by a previous run still holds {}; shutting it down", pid,
				dataDirectory.toAbsolutePath());
		ProcessHandle postmaster = process.get();
		postmaster.destroy();
		try {
			postmaster.onExit().get(STALE_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", pid, STALE_SHUTDOWN_WAIT);
			postmaster.destroyForcibly();
			postmaster.onExit().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the stale PostgreSQL server", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("Could not stop the stale PostgreSQL server", ex);
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> command.endsWith("/postgres")).orElse(false);
	}

	/**
	 * Creates the database if it does not exist yet.
	 * @param name a lower-case SQL identifier
	 */
	public void createDatabaseIfMissing(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, name);
			try (ResultSet result = exists.executeQuery()) {
				if (result.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + name, ex);
		}
	}

	/**
	 * JDBC URL of a database on this server, as the {@code postgres} superuser.
	 * @param database the database name
	 * @return the URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database;
	}

	public String username() {
		return "postgres";
	}

	public int port() {
		return this.postgres.getPort();
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
