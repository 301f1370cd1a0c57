package org.guichet.administration.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.guichet.account.Accounts;
import org.guichet.account.NewUser;
import org.guichet.account.StaffRole;
import org.guichet.administration.FirstAdministrator;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of an installation whose database has none: at start-up
 * the log prints a one-time link, valid for a day, and whoever holds it names the
 * provider and creates the administrator. Every node that starts prints a link of its
 * own; the first one used creates the administrator and every other link dies with it.
 */
@Service
public class FirstRunSetup {

	private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration VALIDITY = Duration.ofHours(24);

	/**
	 * Serializes the completion of setup across nodes (a transaction-scoped advisory
	 * lock).
	 */
	private static final long SETUP_LOCK = 0x6775696368657401L;

	private final SetupTokenRepository tokens;

	private final Accounts accounts;

	private final InstallationService installation;

	private final GuichetProperties properties;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	FirstRunSetup(SetupTokenRepository tokens, Accounts accounts, InstallationService installation,
			GuichetProperties properties, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.accounts = accounts;
		this.installation = installation;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void announceSetupLinkIfNeeded() {
		if (this.accounts.hasAdministrator()) {
			return;
		}
		String token = issueToken();
		log.warn("""

				********************************************************************************
				Guichet has no administrator yet. Open this one-time link to create the first one:

				    {}

				********************************************************************************""",
				this.properties.link("/setup/" + token));
	}

	/**
	 * Creates a setup link.
	 * @return the token to put in the link; only its hash is stored
	 */
	@Transactional
	public String issueToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.save(new SetupToken(Sha256.hex(token), this.clock.instant(), VALIDITY));
		return token;
	}

	/**
	 * @return whether the token opens the setup page: unused, and no administrator yet
	 */
	@Transactional(readOnly = true)
	public boolean isValid(String token) {
		return !this.accounts.hasAdministrator() && this.tokens.findByTokenHash(Sha256.hex(token))
			.filter((candidate) -> candidate.isUsable(this.clock.instant()))
			.isPresent();
	}

	/**
	 * Creates the first administrator and names the provider, using up the token.
	 * @throws InvalidSetupTokenException when the token is unknown or used, or an
	 * administrator already exists
	 */
	@Transactional
	public void complete(String token, FirstAdministrator administrator) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?)", SETUP_LOCK);
		SetupToken setupToken = this.tokens.findByTokenHashForUpdate(Sha256.hex(token))
			.filter((candidate) -> candidate.isUsable(this.clock.instant()))
			.orElseThrow(InvalidSetupTokenException::new);
		if (this.accounts.hasAdministrator()) {
			throw new InvalidSetupTokenException();
		}
		setupToken.use(this.clock.instant());
		this.installation.nameProvider(administrator.providerName());
		this.accounts.createActiveUser(new NewUser(administrator.email(), administrator.displayName(),
				administrator.password(), StaffRole.ADMINISTRATOR, null));
	}

	/**
	 * The setup link is unknown, used, or no longer needed.
	 */
	public static class InvalidSetupTokenException extends RuntimeException {

		InvalidSetupTokenException() {
			super("Unknown or used setup link");
		}

	}

}
