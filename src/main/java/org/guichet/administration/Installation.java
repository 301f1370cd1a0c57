package org.guichet.administration;

import java.util.Optional;

/**
 * Facts about this installation that every module may show.
 */
public interface Installation {

	/**
	 * @return the name of the provider running this installation, once set up
	 */
	Optional<String> providerName();

	/**
	 * Sets the provider's name.
	 * @param providerName 1 to 200 characters
	 */
	void nameProvider(String providerName);

}
