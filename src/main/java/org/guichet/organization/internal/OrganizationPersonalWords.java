package org.guichet.organization.internal;

import java.util.List;

import org.guichet.account.PersonalWords;
import org.guichet.account.UserId;
import org.guichet.organization.MembershipView;

import org.springframework.stereotype.Component;

/**
 * A password must not contain the name of its owner's organizations.
 */
@Component
class OrganizationPersonalWords implements PersonalWords {

	private final OrganizationRepository organizations;

	OrganizationPersonalWords(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	@Override
	public List<String> of(UserId user) {
		return this.organizations.membershipsOf(user.value())
			.stream()
			.map(MembershipRow::view)
			.map(MembershipView::organizationName)
			.toList();
	}

}
