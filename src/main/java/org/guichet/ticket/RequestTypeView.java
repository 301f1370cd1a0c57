package org.guichet.ticket;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A kind of request customers may file, and which fields its form shows.
 *
 * @param id its id
 * @param code its short code, unique (case ignored)
 * @param name what customers read
 * @param description a help text shown under the choice, or {@code null}
 * @param categoryId the desk category that handles these requests, or {@code null}
 * @param contractRequired whether the request must name a product under an active
 * contract
 * @param showsImpact whether the form asks for the impact
 * @param showsUrgency whether the form asks for the urgency
 * @param showsBeneficiary whether the request may be filed for another member
 * @param showsAvailability whether the form asks for a phone number and availability
 * @param showsWatchers whether the form accepts addresses to keep informed
 * @param active whether new requests may choose it
 * @param themes its themes, each after its parent, in the order the administrator chose
 */
public record RequestTypeView(UUID id, String code, String name, String description, UUID categoryId,
		boolean contractRequired, boolean showsImpact, boolean showsUrgency, boolean showsBeneficiary,
		boolean showsAvailability, boolean showsWatchers, boolean active, List<ThemeView> themes) {

	public RequestTypeView {
		themes = List.copyOf(themes);
	}

	/**
	 * @return the active theme with that id
	 */
	public Optional<ThemeView> activeTheme(UUID themeId) {
		return this.themes.stream().filter((theme) -> theme.active() && theme.id().equals(themeId)).findFirst();
	}

	/**
	 * @return the active themes
	 */
	public List<ThemeView> activeThemes() {
		return this.themes.stream().filter(ThemeView::active).toList();
	}

}
