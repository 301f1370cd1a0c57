package org.guichet.organization;

import java.util.Locale;
import java.util.Optional;

import org.guichet.account.AccountRequestId;
import org.guichet.account.AccountRequestView;
import org.guichet.account.AccountRequests;
import org.guichet.account.Accounts;
import org.guichet.account.EmailAddress;
import org.guichet.account.Invitations;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff approve a request for an account by choosing the organization the person joins:
 * they are invited (or, with an account already, added to it).
 */
@Service
public class AccountRequestApproval {

	private final AccountRequests requests;

	private final Accounts accounts;

	private final Invitations invitations;

	private final Organizations organizations;

	AccountRequestApproval(AccountRequests requests, Accounts accounts, Invitations invitations,
			Organizations organizations) {
		this.requests = requests;
		this.accounts = accounts;
		this.invitations = invitations;
		this.organizations = organizations;
	}

	/**
	 * @return what was done, as a message key
	 * @throws IllegalStateException when the request was already handled
	 * @throws IllegalArgumentException when the organization does not exist
	 */
	@Transactional
	public String approve(AccountRequestId id, OrganizationId organization, UserId actor) {
		AccountRequestView request = this.requests.find(id).orElseThrow();
		OrganizationCard chosen = this.organizations.card(organization)
			.filter((card) -> card.identity().active())
			.orElseThrow(() -> new IllegalArgumentException("No such organization"));
		this.requests.markApproved(id, actor, organization.value());
		Optional<UserSummary> existing = this.accounts.findByEmail(request.email());
		if (existing.isPresent()) {
			if (existing.get().staffRole() != null
					|| this.organizations.membership(existing.get().id(), organization).isPresent()) {
				return "accountRequests.done.nothingToDo";
			}
			this.organizations.addMember(organization, existing.get().id(), MemberRole.MEMBER);
			return "accountRequests.done.added";
		}
		UserId invited = this.invitations.invite(EmailAddress.of(request.email()).orElseThrow(), actor,
				chosen.identity().name(), Locale.forLanguageTag(request.language()));
		this.organizations.addMember(organization, invited, MemberRole.MEMBER);
		return "accountRequests.done.invited";
	}

}
