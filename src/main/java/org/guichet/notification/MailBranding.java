package org.guichet.notification;

import java.util.Optional;

/**
 * Who the mail comes from, as set up in administration. Implemented by the module that
 * owns the installation's settings, so that this module does not depend on it.
 */
public interface MailBranding {

	/**
	 * @return the provider's name, shown in every mail and as the sender's name
	 */
	Optional<String> providerName();

	/**
	 * @return the provider's name, or "Guichet" before the installation is set up
	 */
	default String senderName() {
		return providerName().orElse("Guichet");
	}

}
