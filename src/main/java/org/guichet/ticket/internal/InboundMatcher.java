package org.guichet.ticket.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guichet.notification.InboundMailProperties;
import org.guichet.notification.InboundMessage;

import org.springframework.stereotype.Component;

/**
 * Finds the ticket an inbound e-mail answers, by the ticket's token only, never by the
 * subject: first in the address it was sent to ({@code support+<token>@…}, in To, Cc,
 * Delivered-To or X-Original-To, so that a reply to all still finds it), then in the
 * Message-IDs it answers (In-Reply-To, References), then in the reference line of the
 * body ({@code [ref:<token>]}), which survives a forward that lost the headers.
 */
@Component
class InboundMatcher {

	private static final Pattern PLUS_ADDRESS = Pattern.compile("([^@+\\s]+)\\+([a-z0-9]{20,40})@(.+)");

	private static final Pattern MESSAGE_ID = Pattern.compile("(?i)<([a-z0-9]{20,40})\\.[0-9a-f-]{36}@[^>]+>");

	private static final Pattern BODY_REFERENCE = Pattern.compile("\\[ref:([a-z0-9]{20,40})\\]");

	private final TicketRepository tickets;

	private final InboundMailProperties properties;

	InboundMatcher(TicketRepository tickets, InboundMailProperties properties) {
		this.tickets = tickets;
		this.properties = properties;
	}

	/**
	 * @return the ticket the message answers, whether a token was found at all
	 */
	Match match(InboundMessage message) {
		List<String> tokens = tokens(message);
		for (String token : tokens) {
			Optional<Ticket> ticket = this.tickets.findByMailToken(token);
			if (ticket.isPresent()) {
				return new Match(ticket, true);
			}
		}
		return new Match(Optional.empty(), !tokens.isEmpty());
	}

	private List<String> tokens(InboundMessage message) {
		List<String> tokens = new ArrayList<>();
		for (String recipient : message.recipients()) {
			Matcher plus = PLUS_ADDRESS.matcher(recipient);
			if (plus.matches() && isSupportAddress(plus.group(1), plus.group(3))) {
				tokens.add(plus.group(2));
			}
		}
		List<String> ids = new ArrayList<>(message.inReplyTo());
		// the most recent message answered is the last of References
		List<String> references = new ArrayList<>(message.references());
		java.util.Collections.reverse(references);
		ids.addAll(references);
		for (String id : ids) {
			Matcher ours = MESSAGE_ID.matcher(id);
			if (ours.matches()) {
				tokens.add(ours.group(1).toLowerCase(Locale.ROOT));
			}
		}
		Matcher body = BODY_REFERENCE.matcher((message.fullText() != null) ? message.fullText() : "");
		while (body.find() && tokens.size() < 50) {
			tokens.add(body.group(1));
		}
		return tokens.stream().distinct().toList();
	}

	private boolean isSupportAddress(String local, String domain) {
		if (!this.properties.answersByMail()) {
			return true;
		}
		String address = this.properties.address().strip().toLowerCase(Locale.ROOT);
		int at = address.lastIndexOf('@');
		return address.substring(0, at).equals(local) && address.substring(at + 1).equals(domain);
	}

	/**
	 * @param ticket the ticket found
	 * @param referenced whether the message named a ticket at all (one that may no longer
	 * exist)
	 */
	record Match(Optional<Ticket> ticket, boolean referenced) {
	}

}
