package org.guichet.shared.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.guichet.support.DemoUsers;
import org.guichet.support.GuichetWebTest;
import org.guichet.support.HttpTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions in PostgreSQL: a signed-in user's pages do not each rewrite the session's row,
 * yet the session stays alive while they are used and still holds what is stored in it.
 */
@GuichetWebTest
class SessionStoreIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theTimeOfLastAccessIsWrittenByStepsOfAMinute() {
		HttpTestClient marie = new HttpTestClient(this.port);
		marie.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);
		String session = this.jdbc.queryForObject(
				"select primary_id from spring_session where principal_name = ? order by creation_time desc limit 1",
				String.class, DemoUsers.MEMBER.email());
		assertThat(marie.get("/").statusCode()).isEqualTo(200);
		long written = lastAccess(session);

		assertThat(marie.get("/kb").statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).as("a page within the minute writes nothing").isEqualTo(written);

		long aWhileAgo = written - SessionStoreConfiguration.LAST_ACCESS_STEP.toMillis() - 1000;
		this.jdbc
			.update("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000"
					+ " where primary_id = ?", aWhileAgo, aWhileAgo, session);
		assertThat(marie.get("/kb").statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).as("a page a minute later keeps the session alive").isGreaterThan(aWhileAgo);
		assertThat(this.jdbc.queryForObject(
				"select expiry_time - last_access_time from spring_session" + " where primary_id = ?", Long.class,
				session))
			.isEqualTo(30 * 60 * 1000L);
		assertThat(marie.get("/tickets").statusCode()).as("still signed in").isEqualTo(200);
	}

	@Test
	void aSignedInPageIsSentWholeSoThatItsSessionIsSavedOnce() {
		HttpTestClient marie = new HttpTestClient(this.port);
		marie.signIn(DemoUsers.MEMBER.email(), DemoUsers.PASSWORD);

		HttpResponse<String> search = marie.get("/kb/search?sort=newest");

		assertThat(search.statusCode()).isEqualTo(200);
		int length = search.body().getBytes(StandardCharsets.UTF_8).length;
		assertThat(length).as("longer than the container's own buffer").isGreaterThan(8 * 1024);
		assertThat(search.headers().firstValue("Content-Length"))
			.as("sent at the end, in one piece, not in chunks as Thymeleaf flushes")
			.hasValue(Integer.toString(length));
	}

	@Test
	void theSessionsWayWithTransactionsStaysTheirs() {
		assertThat(this.transactions.getPropagationBehavior())
			.as("the template other modules inject still opens a transaction")
			.isEqualTo(TransactionDefinition.PROPAGATION_REQUIRED);
		Boolean opened = this.transactions.execute((status) -> status.isNewTransaction());
		assertThat(opened).isTrue();
	}

	private long lastAccess(String session) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where primary_id = ?", Long.class,
				session);
	}

}
