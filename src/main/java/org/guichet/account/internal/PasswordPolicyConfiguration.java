package org.guichet.account.internal;

import org.guichet.account.PasswordPolicy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The password policy follows the rules chosen in the admin area.
 */
@Configuration(proxyBeanMethods = false)
class PasswordPolicyConfiguration {

	@Bean
	PasswordPolicy passwordPolicy(AccountSettingsService settings) {
		return new PasswordPolicy(() -> settings.current().passwordRules());
	}

}
