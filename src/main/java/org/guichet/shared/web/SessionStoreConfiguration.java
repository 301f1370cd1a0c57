package org.guichet.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL, read and saved around every signed-in request; what is set
 * here keeps that cheap and safe.
 * <ul>
 * <li>Two requests of a new session (two tabs opened at once) may both store the same
 * attribute, such as the CSRF token; with plain inserts the second one failed on the
 * primary key and answered 500. PostgreSQL's upsert stores it once.</li>
 * <li>A session's reading and its saving are each a statement or two committed on their
 * own, not wrapped in a transaction: the commit's round trip is saved twice a request,
 * and nothing depends on the statements of a save landing together (a save cut short
 * leaves a session that signs its user out at worst).</li>
 * <li>The time of last access is written only when it moved by {@link #LAST_ACCESS_STEP}
 * or more, or when something else of the session changed: otherwise every page of a
 * signed-in user wrote a row and waited for the disk. A session may so end up to that
 * step before its 30 minutes of inactivity.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/** How far the time of last access moves before it is written again. */
	static final Duration LAST_ACCESS_STEP = Duration.ofMinutes(1);

	/**
	 * Spring Session's update, with the same parameters in the same order, matching no
	 * row when only the time of last access changed, and by less than the step.
	 */
	private static final String UPDATE_SESSION_QUERY = """
			UPDATE %%TABLE_NAME%% s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			  MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
			  PRINCIPAL_NAME = v.principal_name
			FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
			  CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
			  CAST(? AS VARCHAR(320)) AS principal_name) v
			WHERE s.PRIMARY_ID = ?
			AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			  OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
			  OR v.last_access_time >= s.LAST_ACCESS_TIME + %d)
			""".formatted(LAST_ACCESS_STEP.toMillis());

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenBySteps() {
		return (repository) -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

	/**
	 * Spring Session takes the transaction operations of this name for its statements.
	 * Only there: the bean is no default candidate, so that it never stands in for the
	 * transaction template that other modules' jobs inject, which must open transactions.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		return template::execute;
	}

}
