package org.guichet.organization.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guichet.organization.OrganizationChoice;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationKind;

/**
 * A customer of the provider: a company, a public body or a household.
 */
@Entity
@Table(name = "organizations")
public class Organization {

	@Id
	@Column(name = "organization_id")
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	private String customerCode;

	private boolean active;

	private Instant createdAt;

	@Version
	private Long version;

	protected Organization() {
	}

	Organization(String name, OrganizationKind kind, String customerCode, Instant now) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("A name of 1 to 200 characters is required");
		}
		if (customerCode == null || customerCode.isBlank() || customerCode.length() > 40) {
			throw new IllegalArgumentException("A customer code of 1 to 40 characters is required");
		}
		this.id = UUID.randomUUID();
		this.name = name.strip();
		this.kind = kind;
		this.customerCode = customerCode.strip();
		this.active = true;
		this.createdAt = now;
	}

	OrganizationId id() {
		return new OrganizationId(this.id);
	}

	OrganizationChoice choice() {
		return new OrganizationChoice(id(), this.name, this.customerCode);
	}

}
