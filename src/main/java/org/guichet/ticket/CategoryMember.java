package org.guichet.ticket;

import java.util.UUID;

import org.guichet.account.UserId;

/**
 * A staff member's right on a category.
 *
 * @param user the staff member
 * @param displayName their name
 * @param categoryId the category
 * @param categoryName its name
 * @param access their right, never {@link CategoryAccess#NONE}
 */
public record CategoryMember(UserId user, String displayName, UUID categoryId, String categoryName,
		CategoryAccess access) {

}
