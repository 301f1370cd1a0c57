package org.guichet.organization.internal;

import org.guichet.account.AccountState;
import org.guichet.account.UserId;
import org.guichet.organization.MemberRole;

/**
 * A member of an organization as their colleagues see them.
 */
public record ColleagueRow(UserId id, String displayName, String email, MemberRole role, AccountState state) {

}
