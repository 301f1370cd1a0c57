package org.guichet.shared.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * French first, English complete. The language comes from, in order: a choice made in
 * this session ({@code ?lang=en}, or the user's preference applied at sign-in), then the
 * browser's {@code Accept-Language}, then French.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocaleFunction((request) -> (request.getHeader("Accept-Language") == null) ? Locale.FRENCH
				: Collections.list(request.getLocales())
					.stream()
					.map((locale) -> Locale.forLanguageTag(locale.getLanguage()))
					.filter(SUPPORTED::contains)
					.findFirst()
					.orElse(Locale.FRENCH));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new SupportedLocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

	/**
	 * Ignores languages we do not translate to instead of switching to them.
	 */
	static class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

		@Override
		protected Locale parseLocaleValue(String localeValue) {
			Locale locale = super.parseLocaleValue(localeValue);
			return (locale != null && SUPPORTED.contains(locale)) ? locale : null;
		}

	}

}
