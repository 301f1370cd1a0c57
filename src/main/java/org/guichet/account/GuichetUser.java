package org.guichet.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guichet.shared.web.SignedInUser;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, as kept in the session. Obtain it in a controller with
 * {@code @AuthenticationPrincipal GuichetUser user}.
 */
public final class GuichetUser implements UserDetails, CredentialsContainer, SignedInUser {

	private static final long serialVersionUID = 1L;

	/** Authority of every customer (member of an organization). */
	public static final String CUSTOMER = "ROLE_CUSTOMER";

	private final UserId id;

	private final String email;

	private final String displayName;

	private final StaffRole staffRole;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	public GuichetUser(UserSummary user, String passwordHash, boolean enabled) {
		this(user, passwordHash, enabled, false);
	}

	/**
	 * @param locked whether sign-in is suspended after too many failures
	 */
	public GuichetUser(UserSummary user, String passwordHash, boolean enabled, boolean locked) {
		this.id = user.id();
		this.email = user.email();
		this.displayName = user.displayName();
		this.staffRole = user.staffRole();
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	public UserId id() {
		return this.id;
	}

	@Override
	public UUID userId() {
		return this.id.value();
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Optional<StaffRole> staffRole() {
		return Optional.ofNullable(this.staffRole);
	}

	/**
	 * @return whether the user is staff with at least that role
	 */
	public boolean hasStaffRole(StaffRole role) {
		return staffRole().map((own) -> own.includes(role)).orElse(false);
	}

	@Override
	public boolean isStaff() {
		return this.staffRole != null;
	}

	/**
	 * Where this user lands after signing in: administrators in admin, agents and
	 * managers in the desk, customers in the portal.
	 * @return an absolute path
	 */
	public String homePath() {
		if (this.staffRole == null) {
			return "/";
		}
		return (this.staffRole == StaffRole.ADMINISTRATOR) ? "/admin" : "/desk";
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (this.staffRole == null) {
			authorities.add(new SimpleGrantedAuthority(CUSTOMER));
		}
		else {
			// Lower roles are implied by the role hierarchy.
			authorities.add(new SimpleGrantedAuthority(this.staffRole.authority()));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof GuichetUser user) && user.id.equals(this.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "GuichetUser[" + this.id + "]";
	}

}
