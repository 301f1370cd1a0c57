package org.guichet.desk.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the desk ({@code guichet.desk.*}).
 *
 * @param letterhead the lines printed under the provider's name at the top of letters
 * (its postal address, phone…), e.g.
 * {@code guichet.desk.letterhead=12 rue de la Paix,75002 Paris,01 23 45 67 89}
 */
@ConfigurationProperties("guichet.desk")
public record DeskProperties(List<String> letterhead) {

	public DeskProperties {
		letterhead = (letterhead != null) ? List.copyOf(letterhead) : List.of();
	}

}
