package org.guichet.desk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.Accounts;
import org.guichet.account.UserId;
import org.guichet.desk.SmsSender;
import org.guichet.notification.MailBranding;
import org.guichet.notification.Outbox;
import org.guichet.notification.OutgoingMail;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationContact;
import org.guichet.organization.Organizations;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.PdfDocuments;
import org.guichet.shared.RichText;
import org.guichet.ticket.DeskTicket;
import org.guichet.ticket.DeskTickets;
import org.guichet.ticket.DeskUser;
import org.guichet.ticket.TicketCard;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "Contacter le demandeur": a letter template filled with a ticket's values, sent by
 * e-mail or text message, printed as a PDF letter, or a phone call, each recorded in the
 * ticket's history.
 */
@Service
public class Contacts {

	/** The ways to reach a requester. */
	public enum Medium {

		EMAIL, LETTER, SMS, PHONE

	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The longest text message kept (ten SMS of 160 characters). */
	static final int MAX_SMS = 1600;

	private final DeskTickets desk;

	private final Accounts accounts;

	private final Organizations organizations;

	private final Outbox outbox;

	private final SmsSender sms;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final MailBranding branding;

	private final Clock clock;

	private final ZoneId zone;

	private final GuichetProperties properties;

	private final List<String> letterhead;

	private final LetterTemplates letterTemplates;

	Contacts(DeskTickets desk, Accounts accounts, Organizations organizations, Outbox outbox, SmsSender sms,
			ITemplateEngine templates, MessageSource messages, MailBranding branding, Clock clock,
			GuichetProperties properties, DeskProperties deskProperties, LetterTemplates letterTemplates) {
		this.letterTemplates = letterTemplates;
		this.letterhead = deskProperties.letterhead();
		this.desk = desk;
		this.accounts = accounts;
		this.organizations = organizations;
		this.outbox = outbox;
		this.sms = sms;
		this.templates = templates;
		this.messages = messages;
		this.branding = branding;
		this.clock = clock;
		this.zone = properties.timeZone();
		this.properties = properties;
	}

	/**
	 * @return the values of every variable for the ticket, the observation typed included
	 */
	public Map<String, String> values(DeskTicket ticket, String observation, Locale locale) {
		TicketCard card = ticket.card();
		Map<String, String> values = new HashMap<>();
		values.put("DATE", DAY.format(LocalDate.now(this.clock.withZone(this.zone))));
		values.put("RQ_ID", card.number());
		values.put("RQ_LABEL", (card.requestTypeName() != null) ? card.requestTypeName() : card.subject());
		values.put("RQ_CREATION_DATE", DAY.format(card.createdAt().atZone(this.zone)));
		values.put("RQ_VALIDATION_DATE",
				(card.closedAt() != null) ? DAY.format(card.closedAt().atZone(this.zone)) : "");
		values.put("RQ_OBSERVATION", (observation != null) ? observation.strip() : "");
		values.put("RR_LOGIN", card.requesterEmail());
		person(values, "RR", card.requesterId(), card.requesterName(), locale);
		if (ticket.beneficiary() != null) {
			person(values, "SU", ticket.beneficiary(), card.beneficiaryName(), locale);
		}
		else {
			person(values, "SU", card.requesterId(), card.requesterName(), locale);
		}
		OrganizationCard organization = this.organizations.card(card.organizationId()).orElseThrow();
		values.put("HF_ID", organization.identity().customerCode());
		OrganizationContact contact = organization.contact();
		values.put("HF_ADDRESS_1", text(organization.identity().name()));
		values.put("HF_ADDRESS_2", text(contact.street()));
		values.put("HF_ADDRESS_3", (text(contact.postcode()) + " " + text(contact.city())).strip());
		return values;
	}

	/**
	 * @return values to preview a template with, when no ticket is at hand
	 */
	public Map<String, String> sampleValues(Locale locale) {
		Map<String, String> values = new HashMap<>();
		for (String name : LetterVariables.NAMES) {
			values.put(name, this.messages.getMessage("desk.template.sample." + name, null, locale));
		}
		values.put("DATE", DAY.format(LocalDate.now(this.clock.withZone(this.zone))));
		return values;
	}

	/**
	 * The title, last and first names of a person: the names are the display name cut at
	 * its first space (first name, then the rest).
	 */
	private void person(Map<String, String> values, String prefix, UserId user, String name, Locale locale) {
		values.put(prefix + "_TITLE",
				this.accounts.civility(user)
					.map((civility) -> this.messages.getMessage("civility." + civility.name(), null, locale))
					.orElse(""));
		String full = (name != null) ? name.strip() : "";
		int space = full.indexOf(' ');
		values.put(prefix + "_FNAME", (space < 0) ? "" : full.substring(0, space));
		values.put(prefix + "_LNAME", (space < 0) ? full : full.substring(space + 1));
	}

	/**
	 * @return the template's body with the ticket's values
	 */
	public String body(LetterTemplate template, Map<String, String> values) {
		return LetterVariables.renderSafely(template.body(), values);
	}

	/**
	 * @return the letter as a printable XHTML page (its layout, the provider's header)
	 */
	public String letterPage(LetterTemplate template, Map<String, String> values, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("template", template);
		context.setVariable("body", body(template, values));
		context.setVariable("values", values);
		context.setVariable("provider", this.branding.senderName());
		context.setVariable("letterhead", this.letterhead);
		return this.templates.process("desk/letter-print", context);
	}

	public byte[] letterPdf(LetterTemplate template, Map<String, String> values, Locale locale) {
		return PdfDocuments.fromXhtml(letterPage(template, values, locale));
	}

	/**
	 * Contacts the requester ("contacter le demandeur"): an e-mail or a text message is
	 * sent and recorded; a letter is made, and recorded when {@code record}; a call is
	 * recorded.
	 * @param templateId the letter template, which only a call may go without
	 * @return the letter's PDF, for a letter
	 * @throws DeskInputException when no medium or no active template is chosen, or a
	 * text message cannot be sent
	 */
	@Transactional
	public Optional<byte[]> contact(DeskUser user, DeskTicket ticket, Medium medium, UUID templateId,
			String observation, String note, boolean record, Locale locale) {
		if (medium == null) {
			throw new DeskInputException("medium", "desk.contact.error.medium");
		}
		LetterTemplate template = (medium == Medium.PHONE && templateId == null) ? null
				: Optional.ofNullable(templateId)
					.flatMap(this.letterTemplates::template)
					.filter(LetterTemplate::active)
					.orElseThrow(() -> new DeskInputException("template", "desk.contact.error.template"));
		String number = ticket.card().number();
		switch (medium) {
			case EMAIL, SMS -> send(user, ticket, medium, template, values(ticket, observation, locale), note, locale);
			case LETTER -> {
				byte[] letter = letterPdf(template, values(ticket, observation, locale), locale);
				if (record) {
					this.desk.recordContact(user, number, medium.name(), template.label(), note);
				}
				return Optional.of(letter);
			}
			case PHONE ->
				this.desk.recordContact(user, number, medium.name(), (template != null) ? template.label() : "—", note);
		}
		return Optional.empty();
	}

	/**
	 * Sends the filled template to the requester by e-mail, or by text message to the
	 * ticket's phone number, and records it in the history with the optional note.
	 * @throws DeskInputException when a text message has no number to go to or is too
	 * long
	 */
	private void send(DeskUser user, DeskTicket ticket, Medium medium, LetterTemplate template,
			Map<String, String> values, String note, Locale locale) {
		String body = body(template, values);
		String number = ticket.card().number();
		if (medium == Medium.SMS) {
			String phone = ticket.card().phone();
			if (phone == null || phone.isBlank()) {
				throw new DeskInputException("medium", "desk.contact.error.noPhone");
			}
			String text = RichText.toPlainText(body);
			if (text.length() > MAX_SMS) {
				throw new DeskInputException("template", "desk.contact.error.smsTooLong");
			}
			this.desk.recordContact(user, number, medium.name(), template.label(), note);
			// sent once the history is saved, so that a refused change sends nothing
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					Contacts.this.sms.send(number, phone, text);
				}

			});
			return;
		}
		this.desk.recordContact(user, number, medium.name(), template.label(), note);
		Map<String, Object> variables = new HashMap<>();
		variables.put("body", body);
		variables.put("bodyText", RichText.toPlainText(body));
		variables.put("number", number);
		variables.put("link", this.properties.link("/tickets/" + number));
		String token = this.desk.mailToken(user, number).orElse(null);
		if (token != null) {
			variables.put("mailToken", token);
		}
		// in the requester's language, as the ticket's other mails
		OutgoingMail mail = new OutgoingMail(ticket.card().requesterEmail(), "desk/letter",
				this.accounts.preferredLocale(ticket.card().requesterId()), variables,
				List.of(template.label(), number));
		this.outbox.enqueue((token != null) ? mail.threadedBy(token) : mail);
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

}
