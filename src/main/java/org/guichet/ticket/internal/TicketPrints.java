package org.guichet.ticket.internal;

import java.util.List;
import java.util.Map;

import org.guichet.account.UserId;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.PdfDocuments;
import org.guichet.ticket.ArticleView;
import org.guichet.ticket.TicketCard;
import org.thymeleaf.context.Context;
import org.thymeleaf.ITemplateEngine;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A ticket as a PDF to keep or print: its header and public history, rendered from the
 * template {@code ticket/print} (XHTML) by openhtmltopdf.
 */
@Component
public class TicketPrints {

	private final ITemplateEngine templates;

	private final GuichetProperties properties;

	TicketPrints(ITemplateEngine templates, GuichetProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	/**
	 * @param history the public history, oldest first
	 * @param authorNames the names of its authors
	 * @return the PDF's bytes
	 */
	public byte[] print(TicketCard card, List<ArticleView> history, Map<UserId, String> authorNames) {
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("card", card);
		context.setVariable("history", history);
		context.setVariable("authorNames", authorNames);
		context.setVariable("zone", this.properties.timeZone());
		return PdfDocuments.fromXhtml(this.templates.process("ticket/print", context));
	}

}
