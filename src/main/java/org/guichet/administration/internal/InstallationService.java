package org.guichet.administration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.guichet.administration.Installation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installation's settings. The provider's name is shown on every page, so it is kept
 * in memory for a minute rather than read for each request; a rename on another node
 * shows here within that minute.
 */
@Service
@Transactional(readOnly = true)
class InstallationService implements Installation {

	private static final Duration CACHE_TIME = Duration.ofMinutes(1);

	private final InstallationSettingsRepository settings;

	private final Clock clock;

	private volatile Cached cached;

	InstallationService(InstallationSettingsRepository settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Runs in the caller's transaction if there is one, and opens none of its own: every
	 * page asks, and the name is nearly always in memory.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<String> providerName() {
		Cached current = this.cached;
		Instant now = this.clock.instant();
		if (current == null || now.isAfter(current.readAt().plus(CACHE_TIME))) {
			current = new Cached(
					this.settings.findById(InstallationSettings.THE_ONLY_ID).map(InstallationSettings::providerName),
					now);
			this.cached = current;
		}
		return current.providerName();
	}

	@Override
	@Transactional
	public void nameProvider(String providerName) {
		this.settings.findById(InstallationSettings.THE_ONLY_ID)
			.ifPresentOrElse((existing) -> existing.rename(providerName, this.clock.instant()),
					() -> this.settings.save(new InstallationSettings(providerName, this.clock.instant())));
		this.cached = null;
	}

	private record Cached(Optional<String> providerName, Instant readAt) {
	}

}
