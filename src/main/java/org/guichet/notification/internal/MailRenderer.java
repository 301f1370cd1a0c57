package org.guichet.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guichet.notification.MailBranding;
import org.guichet.notification.OutgoingMail;
import org.guichet.shared.GuichetProperties;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Renders a mail's subject, HTML and text bodies in the recipient's language.
 */
@Component
class MailRenderer {

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final MailBranding branding;

	private final GuichetProperties properties;

	MailRenderer(ITemplateEngine templates, MessageSource messages, MailBranding branding,
			GuichetProperties properties) {
		this.templates = templates;
		this.messages = messages;
		this.branding = branding;
		this.properties = properties;
	}

	Rendered render(OutgoingMail mail) {
		String provider = this.branding.senderName();
		Map<String, Object> variables = new HashMap<>(mail.variables());
		variables.put("providerName", provider);
		variables.put("baseUrl", this.properties.link(""));
		Context context = new Context(mail.locale(), variables);
		List<Object> subjectArguments = new ArrayList<>();
		subjectArguments.add(provider);
		subjectArguments.addAll(mail.subjectArguments());
		String subject = this.messages.getMessage("mail." + mail.template().replace('/', '.') + ".subject",
				subjectArguments.toArray(), mail.locale());
		String html = this.templates.process("mail/" + mail.template(), context);
		String text = this.templates.process("mail/" + mail.template() + ".txt", context);
		return new Rendered(subject, text, html);
	}

	record Rendered(String subject, String text, String html) {
	}

	/**
	 * Plain-text mail templates ({@code templates/mail/*.txt}) beside the HTML ones.
	 */
	@Configuration(proxyBeanMethods = false)
	static class TextTemplates {

		@Bean
		ClassLoaderTemplateResolver mailTextTemplateResolver() {
			ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
			resolver.setPrefix("templates/");
			resolver.setTemplateMode(TemplateMode.TEXT);
			resolver.setCharacterEncoding("UTF-8");
			resolver.setResolvablePatterns(java.util.Set.of("mail/*.txt"));
			resolver.setCheckExistence(true);
			resolver.setOrder(0);
			return resolver;
		}

	}

}
