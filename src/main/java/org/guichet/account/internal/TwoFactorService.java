package org.guichet.account.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.UserId;
import org.guichet.shared.Sha256;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor authentication: a code from an authenticator app after the password, or one
 * of ten single-use recovery codes.
 */
@Service
public class TwoFactorService {

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository users;

	private final RecoveryCodeRepository recoveryCodes;

	private final PasswordEncoder passwordEncoder;

	private final SecurityLog securityLog;

	private final Clock clock;

	TwoFactorService(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, PasswordEncoder passwordEncoder,
			SecurityLog securityLog, Clock clock) {
		this.users = users;
		this.recoveryCodes = recoveryCodes;
		this.passwordEncoder = passwordEncoder;
		this.securityLog = securityLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isEnabled(UserId user) {
		return this.users.findById(user.value()).map(UserAccount::hasTwoFactor).orElse(false);
	}

	@Transactional(readOnly = true)
	public long unusedRecoveryCodes(UserId user) {
		return this.recoveryCodes.countByUserIdAndUsedAtIsNull(user.value());
	}

	/**
	 * A new secret to show; nothing is stored until a code from it is confirmed.
	 */
	public TwoFactorSecret newSecret() {
		return TwoFactorSecret.generate();
	}

	/**
	 * Turns two-factor authentication on if the code comes from the secret.
	 * @return the recovery codes to show once, or empty when the code is wrong
	 */
	@Transactional
	public Optional<List<String>> enable(UserId id, TwoFactorSecret secret, String code) {
		UserAccount user = this.users.findById(id.value()).orElseThrow();
		var step = secret.matchingStep(code, this.clock.instant());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		user.enableTwoFactor(secret, step.getAsLong());
		this.securityLog.record(SecurityEventType.TWO_FACTOR_ENABLED, id, id, user.email(), null);
		return Optional.of(newRecoveryCodes(user));
	}

	/**
	 * Turns two-factor authentication off; needs the password.
	 * @return whether the password was right
	 */
	@Transactional
	public boolean disable(UserId id, String password) {
		UserAccount user = this.users.findById(id.value()).orElseThrow();
		if (password == null || user.passwordHash() == null
				|| !this.passwordEncoder.matches(password, user.passwordHash())) {
			return false;
		}
		user.disableTwoFactor();
		this.recoveryCodes.deleteByUser(id.value());
		this.securityLog.record(SecurityEventType.TWO_FACTOR_DISABLED, id, id, user.email(), null);
		return true;
	}

	/**
	 * Checks the second factor at sign-in: a code of the app, or an unused recovery code.
	 */
	@Transactional
	public boolean verify(UserId id, String code) {
		UserAccount user = this.users.findById(id.value()).orElseThrow();
		if (user.acceptTotp(code, this.clock.instant())) {
			return true;
		}
		String normalized = (code != null) ? code.strip().toLowerCase(Locale.ROOT).replace("-", "") : "";
		Optional<RecoveryCode> recovery = normalized.matches("[a-z0-9]{10}")
				? this.recoveryCodes.findByUserIdAndCodeHash(id.value(), Sha256.hex(normalized))
					.filter(RecoveryCode::isUnused)
				: Optional.empty();
		if (recovery.isPresent()) {
			recovery.get().use(this.clock.instant());
			this.securityLog.record(SecurityEventType.RECOVERY_CODE_USED, id, id, user.email(), null);
			return true;
		}
		this.securityLog.record(SecurityEventType.TWO_FACTOR_FAILED, null, id, user.email(), null);
		return false;
	}

	private List<String> newRecoveryCodes(UserAccount user) {
		this.recoveryCodes.deleteByUser(user.id().value());
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			this.recoveryCodes.save(new RecoveryCode(user.id().value(), Sha256.hex(code.toString())));
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

}
