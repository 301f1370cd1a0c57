package org.guichet.organization.internal;

import java.util.UUID;

import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationKind;

/**
 * A membership as read by the query that lists a user's organizations.
 */
public record MembershipRow(UUID organizationId, String organizationName, OrganizationKind kind, String customerCode,
		MemberRole role) {

	MembershipView view() {
		return new MembershipView(new OrganizationId(this.organizationId), this.organizationName, this.kind,
				this.customerCode, this.role);
	}

}
