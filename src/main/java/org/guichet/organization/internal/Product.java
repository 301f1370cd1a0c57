package org.guichet.organization.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guichet.organization.ProductView;

/**
 * A product the provider sells, which contracts cover.
 */
@Entity
@Table(name = "products")
class Product {

	@Id
	@Column(name = "product_id")
	private UUID id;

	private String code;

	private String name;

	private String family;

	private boolean active;

	private Instant createdAt;

	@Version
	private Long version;

	protected Product() {
	}

	Product(String code, String name, String family, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		this.active = true;
		update(code, name, family, true);
	}

	void update(String code, String name, String family, boolean active) {
		this.code = Texts.required(code, 40, "code");
		this.name = Texts.required(name, 200, "name");
		this.family = Texts.required(family, 60, "family");
		this.active = active;
	}

	UUID id() {
		return this.id;
	}

	String code() {
		return this.code;
	}

	ProductView view() {
		return new ProductView(this.id, this.code, this.name, this.family, this.active);
	}

}
