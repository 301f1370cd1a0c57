package org.guichet.account.internal;

import java.util.Map;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.guichet.account.AccountProperties;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * One sign-in page for everybody; the portal for customers, the desk for agents and
 * managers, admin for administrators. Secure defaults: CSRF on every form, a session id
 * renewed at sign-in, a content security policy that allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInSuccessHandler successHandler,
			BotChallenge botChallenge) {
		http.addFilterBefore(new SignInChallengeFilter(botChallenge), UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/login/two-factor", "/setup/**", "/activate/**", "/password/forgot",
					"/password/reset/**", "/password/feedback", "/account-request", "/email/confirm/**", "/error",
					"/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/favicon.svg")
			.permitAll()
			.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			// the link of notice e-mails, followed without signing in (the token is the
			// authority)
			.requestMatchers("/notifications/unsubscribe/**")
			.permitAll()
			// the knowledge base is read without signing in (what each reader may read is
			// decided in its queries); anybody may say whether an article helped
			.requestMatchers(HttpMethod.GET, "/kb", "/kb/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/kb/*/feedback")
			.permitAll()
			.requestMatchers("/notifications", "/notifications/**")
			.hasRole("AGENT")
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("ADMINISTRATOR")
			.requestMatchers("/admin/request-types", "/admin/request-types/**")
			.hasRole("MANAGER")
			.requestMatchers("/admin/**")
			.hasRole("ADMINISTRATOR")
			.requestMatchers("/desk/**")
			.hasRole("AGENT")
			.anyRequest()
			.authenticated());
		// Mail programs unsubscribe with a POST of their own (RFC 8058), without a
		// session
		// or a CSRF token; the random token in the path is what authorizes it.
		http.csrf((csrf) -> csrf.ignoringRequestMatchers("/notifications/unsubscribe/**"));
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.successHandler(successHandler)
			.failureHandler(new SignInChallengeFilter.CountingFailureHandler())
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(accessDeniedHandler()));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * Before Spring Security, so that sign-in attempts are counted too.
	 */
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(AccountProperties properties) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(properties));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMINISTRATOR")
			.implies("MANAGER")
			.role("MANAGER")
			.implies("AGENT")
			.build();
	}

	/**
	 * Argon2id with the OWASP ASVS parameters: 19 MiB of memory, two iterations, one
	 * lane. Hashes are stored with an {@code {argon2}} prefix so that stronger parameters
	 * or algorithms can be introduced later and old hashes upgraded at sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder argon2 = new BoundedPasswordEncoder(new Argon2PasswordEncoder(16, 32, 1, 19456, 2),
				Math.max(2, Runtime.getRuntime().availableProcessors()));
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
		encoder.setDefaultPasswordEncoderForMatches(argon2);
		return encoder;
	}

	/**
	 * A form left open after the session expired carries a dead CSRF token: send its user
	 * back to sign in, rather than telling them they lack rights.
	 */
	static AccessDeniedHandler accessDeniedHandler() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			boolean expiredForm = (exception instanceof CsrfException) && request.getRequestedSessionId() != null
					&& !request.isRequestedSessionIdValid();
			if (expiredForm) {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			else {
				forbidden.handle(request, response, exception);
			}
		};
	}

}
