package org.guichet.organization;

import org.guichet.account.UserId;

/**
 * A user's place in one organization.
 *
 * @param user the member
 * @param role their role there
 */
public record Member(UserId user, MemberRole role) {

}
