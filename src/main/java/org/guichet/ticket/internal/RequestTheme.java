package org.guichet.ticket.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One theme of a request type: a thème (depth 1), a sous-thème (2) or a précision (3).
 * Only its {@link RequestType} changes it, which checks the tree's rules.
 */
@Entity
@Table(name = "request_themes")
class RequestTheme {

	static final int MAX_NAME = 200;

	@Id
	@Column(name = "theme_id")
	private UUID id;

	private UUID parentId;

	private String name;

	private short depth;

	private boolean active;

	private int position;

	protected RequestTheme() {
	}

	RequestTheme(UUID parentId, String name, int depth, int position) {
		this.id = UUID.randomUUID();
		this.parentId = parentId;
		this.name = name;
		this.depth = (short) depth;
		this.active = true;
		this.position = position;
	}

	UUID id() {
		return this.id;
	}

	UUID parentId() {
		return this.parentId;
	}

	String name() {
		return this.name;
	}

	int depth() {
		return this.depth;
	}

	boolean active() {
		return this.active;
	}

	int position() {
		return this.position;
	}

	void rename(String name) {
		this.name = name;
	}

	void switchOn(boolean active) {
		this.active = active;
	}

	void placeAt(int position) {
		this.position = position;
	}

}
