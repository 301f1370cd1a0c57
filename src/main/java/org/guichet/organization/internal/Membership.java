package org.guichet.organization.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guichet.account.UserId;
import org.guichet.organization.Member;
import org.guichet.organization.MemberRole;
import org.guichet.organization.OrganizationId;

/**
 * A user's place in an organization. The user is referred to by id: accounts belong to
 * another module.
 */
@Entity
@Table(name = "memberships")
public class Membership {

	@Id
	@Column(name = "membership_id")
	private UUID id;

	private UUID organizationId;

	private UUID userId;

	@Enumerated(EnumType.STRING)
	private MemberRole role;

	private Instant createdAt;

	protected Membership() {
	}

	void changeRole(MemberRole role) {
		this.role = role;
	}

	Member member() {
		return new Member(new UserId(this.userId), this.role);
	}

	Membership(OrganizationId organization, UserId user, MemberRole role, Instant now) {
		this.id = UUID.randomUUID();
		this.organizationId = organization.value();
		this.userId = user.value();
		this.role = role;
		this.createdAt = now;
	}

}
