package org.guichet.shared.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries shipped in the application, keeping its data
 * in a directory of ours so that it survives restarts.
 *
 * <ul>
 * <li>Durability is switched back on ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes}): the embedded library turns them off for speed, which is
 * right for throw-away test clusters and wrong for an installation's data.</li>
 * <li>One JVM at a time owns a data directory, through a lock file beside it. Holding
 * that lock proves that a postmaster still running on the directory was orphaned by a JVM
 * killed with {@code kill -9}; it is shut down (see {@link StalePostmaster}) before the
 * new one starts.</li>
 * <li>The server listens on the loopback interface only, with no Unix socket, and asks
 * for the password of its superuser, generated on first start and kept in the data
 * directory (readable by its owner only): other local accounts cannot connect.</li>
 * </ul>
 */
public final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final String PASSWORD_FILE = "guichet-superuser-password";

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private final String password;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, String password,
			FileChannel lockChannel, FileLock lock) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
		this.password = password;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	/**
	 * Starts a server keeping its data in {@code dataDirectory}, creating the cluster on
	 * first use.
	 * @param dataDirectory the cluster directory, for example {@code data/postgres}
	 * @param durable whether to keep fsync and synchronous commit on (off only for
	 * throw-away test clusters)
	 * @return the running server
	 * @throws IllegalStateException when another running JVM uses this data directory
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(directory.getParent());
			channel = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new IllegalStateException("Another running Guichet already uses the database in " + directory
						+ "; stop it first, or choose another guichet.data-dir");
			}
			StalePostmaster.stopIfOrphaned(directory);
			Path passwordFile = directory.resolve(PASSWORD_FILE);
			boolean secured = Files.isReadable(passwordFile);
			String password = secured ? Files.readString(passwordFile).strip() : newPassword();
			String onOff = durable ? "on" : "off";
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "100")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("unix_socket_directories", "''")
				.setServerConfig("fsync", onOff)
				.setServerConfig("synchronous_commit", onOff)
				.setServerConfig("full_page_writes", onOff)
				.setConnectConfig("password", password)
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory, password, channel, lock);
			if (!secured) {
				server.requirePassword(passwordFile);
			}
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
			return server;
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(channel);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, io);
			}
			throw (RuntimeException) ex;
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// Held by this very JVM.
			return null;
		}
	}

	/**
	 * Gives the superuser a password and makes every connection present it. Done once, on
	 * the first start of a cluster (which the embedded library creates with "trust").
	 */
	private void requirePassword(Path passwordFile) throws IOException {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("alter role postgres with password '" + this.password + "'");
			Files.writeString(this.dataDirectory.resolve("pg_hba.conf"), """
					# Written by Guichet: loopback connections only, with the superuser's password.
					host all all 127.0.0.1/32 scram-sha-256
					host all all ::1/128 scram-sha-256
					""");
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not secure the embedded PostgreSQL", ex);
		}
		Files.writeString(passwordFile, this.password);
		try {
			Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the data directory's own permissions protect it.
		}
	}

	private static String newPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		// URL-safe Base64 has no quote: safe inside the SQL literal above.
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Creates the database if it does not exist yet.
	 * @param name a lower-case SQL identifier
	 */
	public void createDatabaseIfMissing(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		try (Connection connection = connect("postgres");
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
	 * Opens a connection to a database of this server as its superuser.
	 */
	public Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), username(), this.password);
	}

	/**
	 * JDBC URL of a database on this server; connect with {@link #username()} and
	 * {@link #password()}.
	 * @param database the database name
	 * @return the URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database;
	}

	public String username() {
		return "postgres";
	}

	public String password() {
		return this.password;
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
		finally {
			try {
				this.lock.release();
			}
			catch (IOException ex) {
				log.warn("Could not release the lock of {}", this.dataDirectory, ex);
			}
			closeQuietly(this.lockChannel);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				log.debug("Could not close a lock file", ex);
			}
		}
	}

}
