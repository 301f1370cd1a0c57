package org.guichet.organization.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guichet.organization.ContractTerms;
import org.guichet.organization.ContractView;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.ProductView;

/**
 * What an organization bought: a product, from its signature to its end date, unless the
 * provider suspends it.
 */
@Entity
@Table(name = "contracts")
class Contract {

	/** The number given when the provider does not know it (Cegape's "Inconnu"). */
	static final String UNKNOWN_NUMBER = "Inconnu";

	@Id
	@Column(name = "contract_id")
	private UUID id;

	private UUID organizationId;

	private String number;

	private String licenceNumber;

	private UUID productId;

	private LocalDate signedOn;

	private LocalDate endsOn;

	private boolean suspended;

	private Instant createdAt;

	@Version
	private Long version;

	protected Contract() {
	}

	Contract(OrganizationId organization, ContractTerms terms, Instant now) {
		this.id = UUID.randomUUID();
		this.organizationId = organization.value();
		this.createdAt = now;
		amend(terms);
	}

	void amend(ContractTerms terms) {
		if (terms.signedOn() == null) {
			throw new IllegalArgumentException("A signature date is required");
		}
		if (terms.endsOn() != null && terms.endsOn().isBefore(terms.signedOn())) {
			throw new IllegalArgumentException("A contract cannot end before it is signed");
		}
		String typedNumber = Texts.optional(terms.number(), 60, "number");
		this.number = (typedNumber != null) ? typedNumber : UNKNOWN_NUMBER;
		this.licenceNumber = Texts.optional(terms.licenceNumber(), 60, "licence number");
		this.productId = terms.productId();
		this.signedOn = terms.signedOn();
		this.endsOn = terms.endsOn();
		this.suspended = terms.suspended();
	}

	UUID id() {
		return this.id;
	}

	UUID productId() {
		return this.productId;
	}

	ContractView view(ProductView product) {
		return new ContractView(this.id, new OrganizationId(this.organizationId), this.number, this.licenceNumber,
				product, this.signedOn, this.endsOn, this.suspended);
	}

}
