package org.guichet.account.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guichet.account.PasswordPolicy;

/**
 * The single row of account rules chosen in the admin area.
 */
@Entity
@Table(name = "account_settings")
class AccountSettingsRow {

	static final short THE_ONLY_ID = 1;

	@Id
	@Column(name = "account_settings_id")
	private Short id;

	@Enumerated(EnumType.STRING)
	private PasswordPolicy.Rules passwordPolicy;

	private Integer passwordMaxAgeDays;

	private boolean twoFactorRequiredForStaff;

	private Instant updatedAt;

	private UUID updatedBy;

	protected AccountSettingsRow() {
	}

	AccountSettingsRow(AccountSettings settings, UUID updatedBy, Instant now) {
		this.id = THE_ONLY_ID;
		update(settings, updatedBy, now);
	}

	void update(AccountSettings settings, UUID updatedBy, Instant now) {
		this.passwordPolicy = settings.passwordRules();
		this.passwordMaxAgeDays = settings.passwordMaxAgeDays();
		this.twoFactorRequiredForStaff = settings.twoFactorRequiredForStaff();
		this.updatedBy = updatedBy;
		this.updatedAt = now;
	}

	AccountSettings settings() {
		return new AccountSettings(this.passwordPolicy, this.passwordMaxAgeDays, this.twoFactorRequiredForStaff);
	}

}
