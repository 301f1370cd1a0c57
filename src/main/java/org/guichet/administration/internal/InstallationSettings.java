package org.guichet.administration.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row of installation-wide settings.
 */
@Entity
@Table(name = "installation_settings")
public class InstallationSettings {

	static final short THE_ONLY_ID = 1;

	@Id
	@Column(name = "installation_settings_id")
	private Short id;

	private String providerName;

	private Instant updatedAt;

	protected InstallationSettings() {
	}

	InstallationSettings(String providerName, Instant now) {
		this.id = THE_ONLY_ID;
		rename(providerName, now);
	}

	void rename(String providerName, Instant now) {
		if (providerName == null || providerName.isBlank() || providerName.strip().length() > 200) {
			throw new IllegalArgumentException("A provider name of 1 to 200 characters is required");
		}
		this.providerName = providerName.strip();
		this.updatedAt = now;
	}

	String providerName() {
		return this.providerName;
	}

}
