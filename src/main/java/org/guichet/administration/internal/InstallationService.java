package org.guichet.administration.internal;

import java.time.Clock;
import java.util.Optional;

import org.guichet.administration.Installation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class InstallationService implements Installation {

	private final InstallationSettingsRepository settings;

	private final Clock clock;

	InstallationService(InstallationSettingsRepository settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Optional<String> providerName() {
		return this.settings.findById(InstallationSettings.THE_ONLY_ID).map(InstallationSettings::providerName);
	}

	@Override
	@Transactional
	public void nameProvider(String providerName) {
		this.settings.findById(InstallationSettings.THE_ONLY_ID)
			.ifPresentOrElse((existing) -> existing.rename(providerName, this.clock.instant()),
					() -> this.settings.save(new InstallationSettings(providerName, this.clock.instant())));
	}

}
