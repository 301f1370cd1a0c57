package org.guichet.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left running on a data directory by a JVM that was killed. Only called by
 * the holder of the directory's lock, so a live postmaster found here has no owner.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private static final Duration IMMEDIATE_SHUTDOWN_WAIT = Duration.ofSeconds(15);

	private StalePostmaster() {
	}

	/**
	 * Shuts down the postmaster named by {@code postmaster.pid} if it still runs on this
	 * directory: a fast shutdown (SIGINT, which ends its backends), then an immediate one
	 * (SIGQUIT). A pid file naming a process that is gone is left for PostgreSQL, which
	 * removes it; one naming a process proven to be something else is removed.
	 * @throws IllegalStateException when a live process holds the pid but cannot be told
	 * apart from a postmaster of this directory
	 */
	static void stopIfOrphaned(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		Optional<Long> pid = readPid(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return;
		}
		switch (identify(process.get(), dataDirectory)) {
			case OTHER_PROCESS -> {
				log.info("{} names pid {}, which is not a PostgreSQL server of this directory: removing it", pidFile,
						pid.get());
				Files.deleteIfExists(pidFile);
			}
			case UNKNOWN -> throw new IllegalStateException("Process " + pid.get() + " named by " + pidFile
					+ " is running and could not be identified; stop it, or remove the file if it is not PostgreSQL");
			case OUR_POSTMASTER -> shutDown(process.get(), dataDirectory);
		}
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		if (!Files.isReadable(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	enum Identity {

		OUR_POSTMASTER, OTHER_PROCESS, UNKNOWN

	}

	/**
	 * A postmaster runs with its data directory as working directory; on Linux,
	 * {@code /proc/<pid>/cwd} tells it for sure.
	 */
	static Identity identify(ProcessHandle process, Path dataDirectory) {
		Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
		try {
			if (Files.exists(Path.of("/proc/self/cwd"))) {
				return Files.isSameFile(Files.readSymbolicLink(cwd), dataDirectory) ? Identity.OUR_POSTMASTER
						: Identity.OTHER_PROCESS;
			}
		}
		catch (IOException | SecurityException ex) {
			return Identity.UNKNOWN;
		}
		// Elsewhere (macOS), fall back on the command line.
		Optional<String> command = process.info().command();
		if (command.isEmpty()) {
			return Identity.UNKNOWN;
		}
		return command.get().contains("postgres") ? Identity.OUR_POSTMASTER : Identity.OTHER_PROCESS;
	}

	private static void shutDown(ProcessHandle postmaster, Path dataDirectory) throws IOException {
		log.warn("A PostgreSQL server (pid {}) left by a previous run still holds {}; shutting it down",
				postmaster.pid(), dataDirectory);
		signal(postmaster, "INT");
		if (await(postmaster, FAST_SHUTDOWN_WAIT)) {
			return;
		}
		log.warn("PostgreSQL (pid {}) did not stop within {}; asking for an immediate shutdown", postmaster.pid(),
				FAST_SHUTDOWN_WAIT);
		signal(postmaster, "QUIT");
		if (!await(postmaster, IMMEDIATE_SHUTDOWN_WAIT)) {
			throw new IllegalStateException("Could not stop the PostgreSQL server " + postmaster.pid() + " left on "
					+ dataDirectory + "; stop it by hand");
		}
	}

	private static void signal(ProcessHandle process, String signal) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while signalling PostgreSQL", ex);
		}
	}

	private static boolean await(ProcessHandle process, Duration wait) throws IOException {
		try {
			process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException(ex);
		}
	}

}
