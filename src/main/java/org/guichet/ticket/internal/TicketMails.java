package org.guichet.ticket.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guichet.account.Accounts;
import org.guichet.account.NotificationPreferences;
import org.guichet.account.NotificationTopic;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.notification.Outbox;
import org.guichet.notification.OutgoingMail;
import org.guichet.organization.Member;
import org.guichet.organization.Organizations;
import org.guichet.shared.RichText;
import org.guichet.shared.GuichetProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the people of a ticket what happened to it, through the outbox, in the same
 * transaction as the change: the requester and the beneficiary (unless they turned these
 * e-mails off), the addresses that follow it, and the colleagues who asked for their
 * organization's requests. Each mail says why its recipient gets it. Internal notes never
 * come here.
 */
@Component
class TicketMails {

	static final String TEMPLATE = "ticket/update";

	private final Outbox outbox;

	private final Accounts accounts;

	private final NotificationPreferences preferences;

	private final Organizations organizations;

	private final MessageSource messages;

	private final GuichetProperties properties;

	private final TicketWatchers watchers;

	TicketMails(Outbox outbox, Accounts accounts, NotificationPreferences preferences, Organizations organizations,
			MessageSource messages, GuichetProperties properties, TicketWatchers watchers) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.preferences = preferences;
		this.organizations = organizations;
		this.messages = messages;
		this.properties = properties;
		this.watchers = watchers;
	}

	void filed(Ticket ticket, Article description) {
		send(ticket, "filed", description.view().body());
	}

	void taken(Ticket ticket) {
		send(ticket, "taken", null);
	}

	void replied(Ticket ticket, Article reply) {
		send(ticket, "replied", reply.view().body());
	}

	void asked(Ticket ticket, Article question) {
		send(ticket, "asked", question.view().body());
	}

	void solutionProposed(Ticket ticket, Article solution) {
		send(ticket, "solution", solution.view().body());
	}

	/**
	 * The requester wrote (a reply, a complement, a refusal): the others of the ticket
	 * read it, not the requester.
	 */
	void requesterWrote(Ticket ticket, Article article, UserId requester) {
		send(ticket, "requesterWrote", article.view().body(), requester);
	}

	void closed(Ticket ticket) {
		send(ticket, "closed", null);
	}

	void cancelled(Ticket ticket) {
		send(ticket, "cancelled", null);
	}

	private void send(Ticket ticket, String event, String bodyHtml) {
		send(ticket, event, bodyHtml, null);
	}

	private void send(Ticket ticket, String event, String bodyHtml, UserId except) {
		for (Recipient recipient : recipients(ticket)) {
			if (except != null && except.equals(recipient.user())) {
				continue;
			}
			String headline = this.messages.getMessage("mail.ticket.event." + event, new Object[0], recipient.locale());
			Map<String, Object> variables = new HashMap<>();
			variables.put("name", (recipient.name() != null) ? recipient.name() : "");
			variables.put("number", ticket.number());
			variables.put("subject", ticket.subject());
			variables.put("headline", headline);
			variables.put("body", (bodyHtml != null) ? bodyHtml : "");
			variables.put("bodyText", (bodyHtml != null) ? RichText.toPlainText(bodyHtml) : "");
			variables.put("reason", (ticket.reason() != null && event.equals("cancelled")) ? ticket.reason() : "");
			variables.put("why", "mail.ticket.why." + recipient.why());
			variables.put("link", this.properties.link("/tickets/" + ticket.number()));
			// survives a forward that loses the headers: an answer is matched by it,
			// never
			// by the subject
			variables.put("mailToken", ticket.mailToken());
			this.outbox.enqueue(new OutgoingMail(recipient.email(), TEMPLATE, recipient.locale(), variables,
					List.of(ticket.number(), headline))
				.threadedBy(ticket.mailToken()));
		}
	}

	/**
	 * @return one recipient per address, the closest reason first: requester,
	 * beneficiary, colleague, watcher
	 */
	private List<Recipient> recipients(Ticket ticket) {
		Map<UserId, String> people = new LinkedHashMap<>();
		people.put(ticket.requester(), "requester");
		if (ticket.beneficiary() != null) {
			people.putIfAbsent(ticket.beneficiary(), "beneficiary");
		}
		Set<UserId> personal = this.preferences.whoWants(people.keySet(), NotificationTopic.OWN_REQUESTS);
		people.keySet().retainAll(personal);
		// somebody who left the organization no longer reads its tickets
		people.keySet().removeIf((user) -> this.organizations.membership(user, ticket.organization()).isEmpty());
		List<UserId> colleagues = this.organizations.members(ticket.organization())
			.stream()
			.map(Member::user)
			.filter((user) -> !people.containsKey(user) && !user.equals(ticket.requester())
					&& !user.equals(ticket.beneficiary()))
			.toList();
		for (UserId colleague : this.preferences.whoWants(colleagues, NotificationTopic.ORGANIZATION_REQUESTS)) {
			people.put(colleague, "colleague");
		}
		Map<UserId, UserSummary> accounts = this.accounts.findAll(people.keySet())
			.stream()
			.collect(Collectors.toMap(UserSummary::id, (summary) -> summary));
		List<Recipient> recipients = new ArrayList<>();
		for (Map.Entry<UserId, String> person : people.entrySet()) {
			UserSummary account = accounts.get(person.getKey());
			if (account != null) {
				recipients.add(new Recipient(account.id(), account.email(), account.displayName(), locale(account.id()),
						person.getValue()));
			}
		}
		for (String watcher : this.watchers.of(ticket.id())) {
			if (recipients.stream().noneMatch((recipient) -> recipient.email().equalsIgnoreCase(watcher))) {
				recipients.add(new Recipient(null, watcher, null, Locale.FRENCH, "watcher"));
			}
		}
		return recipients;
	}

	private Locale locale(UserId user) {
		return this.accounts.preferredLocale(user);
	}

	private record Recipient(UserId user, String email, String name, Locale locale, String why) {
	}

}
