package org.guichet.organization.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationContact;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationIdentity;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.Siret;

/**
 * A customer of the provider: a company, a public body or a household. Staff set what
 * identifies it; its administrators keep its contact details up to date.
 */
@Entity
@Table(name = "organizations")
public class Organization {

	@Id
	@Column(name = "organization_id")
	private UUID id;

	private String name;

	private String legalName;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	private String customerCode;

	private String siret;

	private boolean active;

	private String street;

	private String postcode;

	private String city;

	private String country;

	private String email;

	private String phone;

	private String fax;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected Organization() {
	}

	Organization(OrganizationIdentity identity, OrganizationContact contact, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		identify(identity, now);
		updateContact(contact, now);
	}

	void identify(OrganizationIdentity identity, Instant now) {
		this.name = Texts.required(identity.name(), 200, "name");
		this.legalName = Texts.optional(identity.legalName(), 200, "legal name");
		if (identity.kind() == null) {
			throw new IllegalArgumentException("A kind is required");
		}
		this.kind = identity.kind();
		this.customerCode = Texts.required(identity.customerCode(), 40, "customer code");
		this.siret = (identity.siret() != null) ? identity.siret().value() : null;
		this.active = identity.active();
		this.updatedAt = now;
	}

	void updateContact(OrganizationContact contact, Instant now) {
		this.street = Texts.optional(contact.street(), 300, "street");
		this.postcode = Texts.optional(contact.postcode(), 10, "postcode");
		this.city = Texts.optional(contact.city(), 100, "city");
		String countryCode = Texts.optional(contact.country(), 2, "country");
		this.country = (countryCode != null) ? countryCode.toUpperCase(Locale.ROOT) : "FR";
		this.email = Texts.optional(contact.email(), 320, "e-mail");
		this.phone = Texts.optional(contact.phone(), 40, "phone");
		this.fax = Texts.optional(contact.fax(), 40, "fax");
		this.updatedAt = now;
	}

	OrganizationId id() {
		return new OrganizationId(this.id);
	}

	OrganizationCard card() {
		return new OrganizationCard(id(),
				new OrganizationIdentity(this.name, this.legalName, this.kind, this.customerCode,
						(this.siret != null) ? new Siret(this.siret) : null, this.active),
				new OrganizationContact(this.street, this.postcode, this.city, this.country, this.email, this.phone,
						this.fax),
				this.createdAt);
	}

}
