package org.guichet.organization;

import java.time.Instant;

/**
 * Everything about one organization that its card shows.
 *
 * @param id its id
 * @param identity what identifies it
 * @param contact how it is reached
 * @param createdAt when it was created
 */
public record OrganizationCard(OrganizationId id, OrganizationIdentity identity, OrganizationContact contact,
		Instant createdAt) {

}
