package org.guichet.shared.database;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresServerTests}: starts a server, writes a
 * row, says it is ready, then waits to be killed.
 */
public final class EmbeddedPostgresChild {

	static final String READY = "EMBEDDED-POSTGRES-READY";

	private EmbeddedPostgresChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), true);
		server.createDatabaseIfMissing("guichet");
		EmbeddedPostgresServerTests.execute(server, "create table notes (text varchar(50))",
				"insert into notes values ('written before kill -9')");
		System.out.println(READY);
		System.out.flush();
		// Wait for the test to kill this JVM; never returns on its own.
		System.in.read();
	}

}
