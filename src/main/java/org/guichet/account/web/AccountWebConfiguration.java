package org.guichet.account.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AccountWebConfiguration implements WebMvcConfigurer {

	private final LanguagePreferenceInterceptor languagePreferenceInterceptor;

	private final PasswordExpiryInterceptor passwordExpiryInterceptor;

	AccountWebConfiguration(LanguagePreferenceInterceptor languagePreferenceInterceptor,
			PasswordExpiryInterceptor passwordExpiryInterceptor) {
		this.languagePreferenceInterceptor = languagePreferenceInterceptor;
		this.passwordExpiryInterceptor = passwordExpiryInterceptor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.passwordExpiryInterceptor)
			.excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**");
		registry.addInterceptor(this.languagePreferenceInterceptor);
	}

}
