package org.guichet.account.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

	private final LanguagePreferenceInterceptor languagePreferenceInterceptor;

	AccountWebConfiguration(LanguagePreferenceInterceptor languagePreferenceInterceptor) {
		this.languagePreferenceInterceptor = languagePreferenceInterceptor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.languagePreferenceInterceptor);
	}

}
