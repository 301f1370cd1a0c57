package org.guichet.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.guichet.account.AccountProperties;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account rules in force: those chosen in the admin area, else the defaults from
 * {@code guichet.account.*}. They are read at every sign-in and password change, so they
 * are kept in memory for half a minute; a change made on another node applies here within
 * that time.
 */
@Service
@Transactional(readOnly = true)
public class AccountSettingsService {

	private static final Duration CACHE_TIME = Duration.ofSeconds(30);

	private final AccountSettingsRepository rows;

	private final AccountProperties properties;

	private final SecurityLog securityLog;

	private final Clock clock;

	private volatile Cached cached;

	AccountSettingsService(AccountSettingsRepository rows, AccountProperties properties, SecurityLog securityLog,
			Clock clock) {
		this.rows = rows;
		this.properties = properties;
		this.securityLog = securityLog;
		this.clock = clock;
	}

	public AccountSettings current() {
		Cached current = this.cached;
		Instant now = this.clock.instant();
		if (current == null || now.isAfter(current.readAt().plus(CACHE_TIME))) {
			current = new Cached(this.rows.findById(AccountSettingsRow.THE_ONLY_ID)
				.map(AccountSettingsRow::settings)
				.orElseGet(this::defaults), now);
			this.cached = current;
		}
		return current.settings();
	}

	/**
	 * The settings from the configuration, in force until an administrator saves others.
	 */
	public AccountSettings defaults() {
		Duration maxAge = this.properties.passwordMaxAge();
		return new AccountSettings(this.properties.passwordPolicy(),
				(maxAge != null) ? Math.toIntExact(Math.max(1, maxAge.toDays())) : null,
				this.properties.twoFactorRequiredForStaff());
	}

	@Transactional
	public void update(AccountSettings settings, UserId administrator) {
		AccountSettings before = current();
		Instant now = this.clock.instant();
		this.rows.findById(AccountSettingsRow.THE_ONLY_ID)
			.ifPresentOrElse((row) -> row.update(settings, administrator.value(), now),
					() -> this.rows.save(new AccountSettingsRow(settings, administrator.value(), now)));
		this.securityLog.record(SecurityEventType.SETTINGS_CHANGED, administrator, null, null,
				describe(before) + " -> " + describe(settings));
		this.cached = null;
	}

	private static String describe(AccountSettings settings) {
		return "policy=" + settings.passwordRules() + ", maxAgeDays="
				+ ((settings.passwordMaxAgeDays() != null) ? settings.passwordMaxAgeDays() : "none") + ", staff2fa="
				+ settings.twoFactorRequiredForStaff();
	}

	private record Cached(AccountSettings settings, Instant readAt) {
	}

}
