package org.guichet.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guichet.account.AccountState;
import org.guichet.account.EmailAddress;
import org.guichet.account.PasswordPolicy;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invited person activates their account from the link in their mail: they confirm
 * their name, phone and language and choose their password.
 */
@Service
public class ActivationService {

	private final AccountTokens tokens;

	private final UserAccountRepository users;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwordEncoder;

	private final SecurityLog securityLog;

	private final PersonalInformation personalInformation;

	private final InvitationService invitations;

	private final Clock clock;

	ActivationService(AccountTokens tokens, UserAccountRepository users, PasswordPolicy policy,
			PasswordEncoder passwordEncoder, SecurityLog securityLog, PersonalInformation personalInformation,
			InvitationService invitations, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.policy = policy;
		this.passwordEncoder = passwordEncoder;
		this.securityLog = securityLog;
		this.personalInformation = personalInformation;
		this.invitations = invitations;
		this.clock = clock;
	}

	/**
	 * @return the invitation the link opens, if it is still valid
	 */
	@Transactional(readOnly = true)
	public Optional<PendingActivation> find(String token) {
		return this.tokens.findUsable(token, AccountToken.Purpose.ACTIVATION)
			.flatMap((found) -> this.users.findById(found.userId()))
			.filter((user) -> user.state() == AccountState.INVITED)
			.map((user) -> new PendingActivation(user.email(), user.displayName(), user.phone(),
					user.preferredLanguage()));
	}

	/**
	 * @return the password rules the candidate breaks, for this invitation's person
	 */
	@Transactional(readOnly = true)
	public List<PasswordPolicy.Violation> check(String token, String password, String displayName) {
		List<String> personal = this.tokens.findUsable(token, AccountToken.Purpose.ACTIVATION)
			.flatMap((found) -> this.users.findById(found.userId()))
			.map((user) -> this.personalInformation.of(user, displayName))
			.orElse(List.of());
		return this.policy.check(password, personal);
	}

	/**
	 * Activates the account and uses the link up.
	 * @return whether the link was still valid
	 */
	@Transactional
	public boolean activate(String token, String displayName, String phone, String language, String password) {
		Optional<UserAccount> user = this.tokens.redeem(token, AccountToken.Purpose.ACTIVATION)
			.flatMap((found) -> this.users.findById(found.userId()))
			.filter((candidate) -> candidate.state() == AccountState.INVITED);
		user.ifPresent((account) -> {
			account.activate(displayName, phone, language, this.passwordEncoder.encode(password), this.clock.instant());
			this.securityLog.record(SecurityEventType.ACCOUNT_ACTIVATED, null, account.id(), account.email(), null);
		});
		return user.isPresent();
	}

	/**
	 * Sends a fresh activation link to an address still waiting for activation. Says
	 * nothing about whether it is.
	 */
	@Transactional
	public void resend(String email, Locale language) {
		EmailAddress.of(email)
			.flatMap((address) -> this.users.findByEmail(address.value()))
			.filter((user) -> user.state() == AccountState.INVITED)
			.ifPresent((user) -> {
				this.invitations.sendActivation(user, null, language);
				this.securityLog.record(SecurityEventType.INVITATION_SENT, null, user.id(), user.email(),
						"asked again by its owner");
			});
	}

	/**
	 * @param email the invitee's address (their login)
	 * @param displayName the name given so far
	 * @param phone the phone given so far
	 * @param language the preferred language, if any
	 */
	public record PendingActivation(String email, String displayName, String phone, String language) {
	}

}
