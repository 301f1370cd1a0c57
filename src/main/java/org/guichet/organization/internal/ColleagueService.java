package org.guichet.organization.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guichet.account.Accounts;
import org.guichet.account.InvitationBatch;
import org.guichet.account.InvitationBatch.Outcome;
import org.guichet.account.Invitations;
import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.organization.Member;
import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * "Collaborateurs": what an organization's administrator does with its members. Every
 * method takes the acting member's membership, so that nothing reaches outside their
 * organization: a user who is not a member of it is not found.
 */
@Service
public class ColleagueService {

	private final Organizations organizations;

	private final Accounts accounts;

	private final Invitations invitations;

	private final SecurityLog securityLog;

	ColleagueService(Organizations organizations, Accounts accounts, Invitations invitations, SecurityLog securityLog) {
		this.organizations = organizations;
		this.accounts = accounts;
		this.invitations = invitations;
		this.securityLog = securityLog;
	}

	/**
	 * Members of the organization matching the text (name or address), in the order
	 * asked. Organizations have tens to a few hundred members: the list is sorted in
	 * memory.
	 */
	@Transactional(readOnly = true)
	public List<ColleagueRow> list(MembershipView organization, String text, ColleagueSort sort, boolean descending) {
		List<Member> members = this.organizations.members(organization.organizationId());
		Map<UserId, UserSummary> users = this.accounts.findAll(members.stream().map(Member::user).toList())
			.stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
		String needle = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		Comparator<ColleagueRow> order = sort.comparator();
		return members.stream().filter((member) -> users.containsKey(member.user())).map((member) -> {
			UserSummary user = users.get(member.user());
			return new ColleagueRow(user.id(), user.displayName(), user.email(), member.role(), user.state());
		})
			.filter((row) -> needle.isEmpty() || row.displayName().toLowerCase(Locale.ROOT).contains(needle)
					|| row.email().contains(needle))
			.sorted(descending ? order.reversed() : order)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<ColleagueRow> find(MembershipView organization, UserId user) {
		return this.organizations.members(organization.organizationId())
			.stream()
			.filter((member) -> member.user().equals(user))
			.findFirst()
			.flatMap((member) -> this.accounts.find(user)
				.map((summary) -> new ColleagueRow(summary.id(), summary.displayName(), summary.email(), member.role(),
						summary.state())));
	}

	/**
	 * Invites the addresses pasted, or nothing at all when one of them is not an address.
	 */
	@Transactional
	public InvitationBatch invite(MembershipView organization, UserId actor, String addresses, Locale language) {
		requireAdmin(organization);
		InvitationBatch batch = InvitationBatch.parse(addresses);
		if (batch.isRefused()) {
			return batch;
		}
		return new InvitationBatch(batch.lines().stream().map((line) -> {
			if (line.outcome() != Outcome.VALID) {
				return line;
			}
			Optional<UserSummary> existing = this.accounts.findByEmail(line.address().value());
			if (existing.isEmpty()) {
				UserId invited = this.invitations.invite(line.address(), actor, organization.organizationName(),
						language);
				this.organizations.addMember(organization.organizationId(), invited, MemberRole.MEMBER);
				return line.withOutcome(Outcome.INVITED);
			}
			UserSummary user = existing.get();
			if (user.staffRole() != null) {
				return line.withOutcome(Outcome.ALREADY_A_USER);
			}
			if (this.organizations.membership(user.id(), organization.organizationId()).isPresent()) {
				return line.withOutcome(Outcome.ALREADY_A_MEMBER);
			}
			this.organizations.addMember(organization.organizationId(), user.id(), MemberRole.MEMBER);
			this.securityLog.record(SecurityEventType.ROLE_CHANGED, actor, user.id(), user.email(),
					"added to " + organization.organizationName() + " as MEMBER");
			return line.withOutcome(Outcome.ADDED_TO_ORGANIZATION);
		}).toList());
	}

	/**
	 * A staff administrator invites people into any organization, as its own
	 * administrator would.
	 */
	@Transactional
	public InvitationBatch inviteAsProvider(OrganizationId organization, UserId administrator, String addresses,
			Locale language) {
		return invite(asProvider(organization), administrator, addresses, language);
	}

	/**
	 * The provider's staff manage an organization's members as its own administrator
	 * would: this is the membership they act with.
	 */
	@Transactional(readOnly = true)
	public MembershipView asProvider(OrganizationId organization) {
		OrganizationCard card = this.organizations.card(organization).orElseThrow(ColleagueNotFoundException::new);
		return new MembershipView(card.id(), card.identity().name(), card.identity().kind(),
				card.identity().customerCode(), MemberRole.ADMIN);
	}

	@Transactional
	public void changeRole(MembershipView organization, UserId actor, UserId target, MemberRole role) {
		ColleagueRow colleague = requireOther(organization, actor, target);
		this.organizations.changeRole(organization.organizationId(), target, role);
		this.securityLog.record(SecurityEventType.ROLE_CHANGED, actor, target, colleague.email(),
				organization.organizationName() + ": " + colleague.role() + " -> " + role);
	}

	/**
	 * Blocks a colleague's account. An account that also belongs to other organizations
	 * is not theirs alone to block: the provider's administrators do that.
	 */
	@Transactional
	public void block(MembershipView organization, UserId actor, UserId target) {
		requireOther(organization, actor, target);
		if (this.organizations.countMemberships(target) > 1) {
			throw new ColleagueActionRefusedException("colleagues.refused.otherOrganizations");
		}
		if (!this.accounts.block(target, actor)) {
			throw new ColleagueActionRefusedException("colleagues.refused.notActive");
		}
	}

	@Transactional
	public void unblock(MembershipView organization, UserId actor, UserId target) {
		requireOther(organization, actor, target);
		this.accounts.unblock(target, actor);
	}

	@Transactional
	public void remove(MembershipView organization, UserId actor, UserId target) {
		ColleagueRow colleague = requireOther(organization, actor, target);
		this.organizations.removeMember(organization.organizationId(), target);
		this.securityLog.record(SecurityEventType.MEMBER_REMOVED, actor, target, colleague.email(),
				organization.organizationName());
	}

	@Transactional
	public boolean resendInvitation(MembershipView organization, UserId actor, UserId target, Locale language) {
		requireOther(organization, actor, target);
		return this.invitations.resend(target, actor, organization.organizationName(), language);
	}

	private ColleagueRow requireOther(MembershipView organization, UserId actor, UserId target) {
		requireAdmin(organization);
		ColleagueRow colleague = find(organization, target).orElseThrow(ColleagueNotFoundException::new);
		if (target.equals(actor)) {
			throw new ColleagueActionRefusedException("colleagues.refused.self");
		}
		return colleague;
	}

	private static void requireAdmin(MembershipView organization) {
		if (organization.role() != MemberRole.ADMIN) {
			throw new ColleagueNotFoundException();
		}
	}

	/**
	 * How the list of colleagues can be sorted.
	 */
	public enum ColleagueSort {

		NAME(Comparator.comparing((ColleagueRow row) -> row.displayName().toLowerCase(Locale.ROOT))),
		EMAIL(Comparator.comparing(ColleagueRow::email)), ROLE(Comparator.comparing(ColleagueRow::role)),
		STATE(Comparator.comparing(ColleagueRow::state));

		private final Comparator<ColleagueRow> comparator;

		ColleagueSort(Comparator<ColleagueRow> comparator) {
			this.comparator = comparator;
		}

		Comparator<ColleagueRow> comparator() {
			return this.comparator.thenComparing(ColleagueRow::email);
		}

	}

	/**
	 * The colleague is not in the acting member's organization, or the member may not
	 * manage colleagues: answered as "not found".
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class ColleagueNotFoundException extends RuntimeException {

		public ColleagueNotFoundException() {
			super("No such colleague");
		}

	}

}
