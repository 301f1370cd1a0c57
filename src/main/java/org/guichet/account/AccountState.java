package org.guichet.account;

/**
 * Where an account stands. A temporary lock after failed sign-ins is separate from these
 * states and expires by itself.
 */
public enum AccountState {

	/** Invited, not yet activated ("À activer"): cannot sign in. */
	INVITED,

	/** Activated ("Activé"). */
	ACTIVE,

	/** Blocked by an administrator: cannot sign in until unblocked. */
	BLOCKED

}
