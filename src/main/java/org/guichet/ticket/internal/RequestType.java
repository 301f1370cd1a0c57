package org.guichet.ticket.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guichet.shared.TypedText;
import org.guichet.ticket.RequestTypeView;

/**
 * A kind of request customers may file, with its tree of themes: it owns the themes, so
 * that the tree's rules (three levels, names unique among siblings) are checked in one
 * place, and a change to any theme is a change to the type (its version).
 */
@Entity
@Table(name = "request_types")
class RequestType {

	/** Thème, sous-thème, précision. */
	static final int MAX_DEPTH = 3;

	@Id
	@Column(name = "request_type_id")
	private UUID id;

	private String code;

	private String name;

	private String description;

	private UUID categoryId;

	private boolean contractRequired;

	private boolean showsImpact;

	private boolean showsUrgency;

	private boolean showsBeneficiary;

	private boolean showsAvailability;

	private boolean showsWatchers;

	private boolean active;

	private int position;

	@Version
	private Long version;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "request_type_id", nullable = false, updatable = false)
	private List<RequestTheme> themes = new ArrayList<>();

	protected RequestType() {
	}

	RequestType(RequestTypeSettings settings) {
		this.id = UUID.randomUUID();
		apply(settings);
	}

	/**
	 * @throws RequestTypeInputException when a value breaks a rule; the form checks them
	 * first, this is the last guard
	 */
	void apply(RequestTypeSettings settings) {
		if (!RequestTypeSettings.isValidCode(settings.code())) {
			throw new RequestTypeInputException("code", "requestType.error.code");
		}
		this.code = settings.code().strip();
		this.name = required(settings.name(), RequestTypeSettings.MAX_NAME, "name", "requestType.error.name");
		this.description = optional(settings.description(), RequestTypeSettings.MAX_DESCRIPTION, "description",
				"requestType.error.description");
		this.categoryId = settings.categoryId();
		if (settings.position() < 0 || settings.position() > RequestTypeSettings.MAX_POSITION) {
			throw new RequestTypeInputException("position", "requestType.error.position");
		}
		this.position = settings.position();
		this.contractRequired = settings.contractRequired();
		this.showsImpact = settings.showsImpact();
		this.showsUrgency = settings.showsUrgency();
		this.showsBeneficiary = settings.showsBeneficiary();
		this.showsAvailability = settings.showsAvailability();
		this.showsWatchers = settings.showsWatchers();
		this.active = settings.active();
	}

	/**
	 * Adds a theme last among its siblings: at the top when the parent is {@code null}.
	 * @return the new theme's id
	 * @throws RequestTypeInputException when the parent is a précision, or a sibling has
	 * that name
	 */
	UUID addTheme(UUID parentId, String name) {
		int depth = 1;
		if (parentId != null) {
			RequestTheme parent = theme(parentId);
			if (parent.depth() >= MAX_DEPTH) {
				throw new RequestTypeInputException("name", "requestType.error.themeDepth");
			}
			depth = parent.depth() + 1;
		}
		String themeName = themeName(name, parentId, null);
		int position = ThemeTree.siblings(this.themes, parentId)
			.stream()
			.mapToInt(RequestTheme::position)
			.max()
			.orElse(-1) + 1;
		RequestTheme theme = new RequestTheme(parentId, themeName, depth, position);
		this.themes.add(theme);
		return theme.id();
	}

	void renameTheme(UUID themeId, String name) {
		RequestTheme theme = theme(themeId);
		theme.rename(themeName(name, theme.parentId(), themeId));
	}

	/**
	 * Switching a theme off hides its children from customers too, without changing their
	 * own switch: switching it on again brings them back as they were.
	 */
	void switchTheme(UUID themeId, boolean active) {
		theme(themeId).switchOn(active);
	}

	/**
	 * Swaps the theme with the sibling before or after it; the first cannot go up nor the
	 * last down, and stay where they are.
	 */
	void moveTheme(UUID themeId, boolean up) {
		RequestTheme theme = theme(themeId);
		List<RequestTheme> siblings = new ArrayList<>(ThemeTree.siblings(this.themes, theme.parentId()));
		int from = siblings.indexOf(theme);
		int to = up ? from - 1 : from + 1;
		if (to < 0 || to >= siblings.size()) {
			return;
		}
		Collections.swap(siblings, from, to);
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).placeAt(i);
		}
	}

	UUID id() {
		return this.id;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	int position() {
		return this.position;
	}

	RequestTypeSettings settings() {
		return new RequestTypeSettings(this.code, this.name, this.description, this.categoryId, this.contractRequired,
				this.showsImpact, this.showsUrgency, this.showsBeneficiary, this.showsAvailability, this.showsWatchers,
				this.active, this.position);
	}

	List<ThemeNode> tree() {
		return ThemeTree.of(this.themes);
	}

	RequestTypeView view() {
		return new RequestTypeView(this.id, this.code, this.name, this.description, this.categoryId,
				this.contractRequired, this.showsImpact, this.showsUrgency, this.showsBeneficiary,
				this.showsAvailability, this.showsWatchers, this.active, ThemeTree.flatten(tree()));
	}

	private RequestTheme theme(UUID themeId) {
		return this.themes.stream()
			.filter((theme) -> theme.id().equals(themeId))
			.findFirst()
			.orElseThrow(RequestTypeNotFoundException::new);
	}

	private String themeName(String name, UUID parentId, UUID except) {
		String stripped = required(name, RequestTheme.MAX_NAME, "name", "requestType.error.themeName");
		boolean used = ThemeTree.siblings(this.themes, parentId)
			.stream()
			.anyMatch((sibling) -> !sibling.id().equals(except) && sibling.name().equalsIgnoreCase(stripped));
		if (used) {
			throw new RequestTypeInputException("name", "requestType.error.themeNameUsed");
		}
		return stripped;
	}

	private static String required(String value, int max, String field, String messageKey) {
		String stripped = optional(value, max, field, messageKey);
		if (stripped == null) {
			throw new RequestTypeInputException(field, messageKey);
		}
		return stripped;
	}

	private static String optional(String value, int max, String field, String messageKey) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = TypedText.clean(value).strip();
		if (stripped.isEmpty()) {
			return null;
		}
		if (stripped.length() > max) {
			throw new RequestTypeInputException(field, messageKey);
		}
		return stripped;
	}

}
