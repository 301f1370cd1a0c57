package org.guichet.administration.internal;

import java.util.Optional;

import org.guichet.notification.MailBranding;

import org.springframework.stereotype.Component;

/**
 * Signs every mail with the provider's name set up in administration.
 */
@Component
class InstallationMailBranding implements MailBranding {

	private final InstallationService installation;

	InstallationMailBranding(InstallationService installation) {
		this.installation = installation;
	}

	@Override
	public Optional<String> providerName() {
		return this.installation.providerName();
	}

}
