package org.guichet.notification.web;

import org.guichet.notification.internal.OutboundEmail;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says "no SMTP server configured" in the administrator's language; other errors are the
 * SMTP server's own words, shown as they came.
 */
@Component
class OutboxErrors {

	private final MessageSource messages;

	OutboxErrors(MessageSource messages) {
		this.messages = messages;
	}

	String describe(String lastError) {
		if (OutboundEmail.NO_SMTP_SERVER.equals(lastError)) {
			return this.messages.getMessage("outbox.noSmtpServer", null, LocaleContextHolder.getLocale());
		}
		return lastError;
	}

}
