package org.guichet.ticket.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.guichet.shared.TypedText;
import org.guichet.account.AccountState;
import org.guichet.account.Accounts;
import org.guichet.account.EmailAddress;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.notification.InboundMailHandler;
import org.guichet.notification.InboundMailProperties;
import org.guichet.notification.InboundMessage;
import org.guichet.notification.InboundMessage.Automatic;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.shared.RichText;
import org.guichet.ticket.ArticleKind;
import org.guichet.ticket.Channel;
import org.guichet.ticket.Impact;
import org.guichet.ticket.NewTicket;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.Urgency;
import org.guichet.ticket.internal.InboundFiles.Checked;
import org.guichet.ticket.internal.InboundFiles.InboundRefusal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * What an inbound e-mail becomes. An answer from a ticket's requester, found by the
 * ticket's token ({@link InboundMatcher}), is their public message on it, as if written
 * in the portal: a ticket waiting for them goes back to the agent. A new message from an
 * active member files a ticket when {@code guichet.mail.inbound.create-tickets} is on.
 * Everything else waits in {@link Quarantine quarantine} with its reason, and nothing is
 * ever sent back to a robot, to an unknown sender or to a sender over their limit. Every
 * check comes before any write: a refused message leaves nothing half-saved.
 */
@Component
@Transactional
class InboundTickets implements InboundMailHandler {

	private final InboundMatcher matcher;

	private final InboundFiles files;

	private final TicketService tickets;

	private final ArticleRepository articles;

	private final TicketMails mails;

	private final Accounts accounts;

	private final Organizations organizations;

	private final RequestTypes requestTypes;

	private final InboundMailProperties properties;

	private final Quarantine quarantine;

	private final java.time.Clock clock;

	InboundTickets(InboundMatcher matcher, InboundFiles files, TicketService tickets, ArticleRepository articles,
			TicketMails mails, Accounts accounts, Organizations organizations, RequestTypes requestTypes,
			InboundMailProperties properties, Quarantine quarantine, java.time.Clock clock) {
		this.matcher = matcher;
		this.files = files;
		this.tickets = tickets;
		this.articles = articles;
		this.mails = mails;
		this.accounts = accounts;
		this.organizations = organizations;
		this.requestTypes = requestTypes;
		this.properties = properties;
		this.quarantine = quarantine;
		this.clock = clock;
	}

	@Override
	public void handle(InboundMessage message) {
		try {
			route(message);
		}
		catch (InboundRefusal refusal) {
			this.quarantine.keep(message, refusal.reason(), refusal.detail());
		}
	}

	@Override
	public void setAside(byte[] raw, String sender, String subject, SetAside reason) {
		this.quarantine.keep(raw, sender, subject, "",
				(reason == SetAside.TOO_LARGE) ? "inbound.reason.messageTooLarge" : "inbound.reason.unreadable", null);
	}

	private void route(InboundMessage message) {
		if (message.automatic() == Automatic.BOUNCE) {
			throw new InboundRefusal("inbound.reason.bounce", null);
		}
		if (message.automatic() == Automatic.AUTO_REPLY) {
			throw new InboundRefusal("inbound.reason.autoReply", null);
		}
		if (message.overRateLimit()) {
			throw new InboundRefusal("inbound.reason.rateLimited", null);
		}
		InboundMatcher.Match match = this.matcher.match(message);
		Optional<UserSummary> sender = activeUser(message.sender());
		if (match.ticket().isPresent()) {
			Ticket ticket = match.ticket().get();
			UserSummary requester = sender
				.filter((user) -> user.id().equals(ticket.requester())
						&& this.organizations.membership(user.id(), ticket.organization()).isPresent())
				.orElseThrow(() -> new InboundRefusal("inbound.reason.notRequester", ticket.number()));
			if (!answerable(ticket)) {
				throw new InboundRefusal("inbound.reason.ticketClosed", ticket.number());
			}
			Checked checked = this.files.check(message, true);
			answer(ticket, requester.id(), true, message, checked);
			return;
		}
		if (match.referenced()) {
			throw new InboundRefusal("inbound.reason.unknownReference", null);
		}
		if (!this.properties.createTickets()) {
			throw new InboundRefusal("inbound.reason.noReference", null);
		}
		UserSummary member = sender.filter((user) -> user.staffRole() == null)
			.orElseThrow(() -> new InboundRefusal("inbound.reason.unknownSender", null));
		List<MembershipView> memberships = this.organizations.membershipsOf(member.id());
		if (memberships.size() != 1) {
			throw new InboundRefusal(
					memberships.isEmpty() ? "inbound.reason.noOrganization" : "inbound.reason.severalOrganizations",
					null);
		}
		RequestTypeView type = defaultType();
		fileTicket(message, member.id(), memberships.get(0).organizationId(), type, this.files.check(message, true));
	}

	/**
	 * @return the active account of that address
	 */
	Optional<UserSummary> activeUser(String address) {
		return Optional.ofNullable(address)
			.flatMap(EmailAddress::of)
			.flatMap((email) -> this.accounts.findByEmail(email.value()))
			.filter((user) -> user.state() == AccountState.ACTIVE);
	}

	/**
	 * A solution waiting for the requester's decision is accepted or refused in the
	 * portal, not answered beside.
	 */
	static boolean answerable(Ticket ticket) {
		return ticket.state().isOpen() && ticket.state() != TicketState.RESOLVED;
	}

	private RequestTypeView defaultType() {
		String code = this.properties.requestType();
		return this.requestTypes.active()
			.stream()
			.filter((type) -> type.code().equalsIgnoreCase((code != null) ? code.strip() : ""))
			.filter((type) -> !type.contractRequired())
			.findFirst()
			.orElseThrow(() -> new InboundRefusal("inbound.reason.requestType", code));
	}

	/**
	 * Writes the message on the ticket, with its files and the original; an answer of the
	 * requester to a question sends the ticket back to the agent, and the others of the
	 * ticket are told; a message of someone else, attached by an agent, is told to all.
	 */
	void answer(Ticket ticket, UserId author, boolean byRequester, InboundMessage message, Checked checked) {
		String body = body(message, checked);
		java.time.Instant now = this.clock.instant();
		if (byRequester && ticket.state() == TicketState.WAITING_FOR_REQUESTER) {
			ticket.requesterAnswered(now);
		}
		ticket.touch(now);
		Article article = this.tickets.writeFromMail(ticket, author, body);
		this.tickets.attach(ticket, article, checked.kept());
		this.files.attachOriginal(ticket, article, message.raw());
		leftOut(ticket, checked);
		if (byRequester) {
			this.mails.requesterWrote(ticket, article, author);
		}
		else {
			this.mails.replied(ticket, article);
		}
	}

	/**
	 * Files a ticket for the member from the message.
	 * @return its number
	 */
	String fileTicket(InboundMessage message, UserId requester, OrganizationId organization, RequestTypeView type,
			Checked checked) {
		String body = body(message, checked);
		String subject = subject(message);
		NewTicket request = new NewTicket(organization, requester, Channel.EMAIL, type.id(), null, null, subject, body,
				type.showsImpact() ? Impact.MINOR : null, type.showsUrgency() ? Urgency.MEDIUM : null, null, null, null,
				List.of(), List.of(), null);
		String number = this.tickets.file(request, checked.kept());
		Ticket ticket = this.tickets.find(number);
		Article description = this.articles.history(ticket.id().value(), EnumSet.of(ArticleKind.PUBLIC)).get(0);
		this.files.attachOriginal(ticket, description, message.raw());
		leftOut(ticket, checked);
		return number;
	}

	private void leftOut(Ticket ticket, Checked checked) {
		for (String name : checked.leftOut()) {
			this.tickets.system(ticket, null, "ticket.history.mailFileLeftOut", name);
		}
	}

	/**
	 * @return the new text of the message, sanitized; for a message of files only, their
	 * names
	 * @throws InboundRefusal when there is neither
	 */
	private static String body(InboundMessage message, Checked checked) {
		if (message.html() != null && RichText.hasText(message.html())) {
			return TicketService.message("body", message.html());
		}
		if (checked.kept().isEmpty()) {
			throw new InboundRefusal("inbound.reason.empty", null);
		}
		StringBuilder names = new StringBuilder("<p>");
		checked.kept().forEach((file) -> names.append(HtmlUtils.htmlEscape(file.fileName())).append("<br />"));
		return RichText.sanitize(names.append("</p>").toString());
	}

	/**
	 * @return the subject, or the first words of the text, or the sender
	 */
	private static String subject(InboundMessage message) {
		String subject = TypedText.clean(message.subject()).strip();
		if (subject.isEmpty()) {
			String text = message.text().strip().replaceAll("\\s+", " ");
			subject = text.isEmpty() ? String.valueOf(message.sender())
					: text.substring(0, Math.min(80, text.length()));
		}
		return (subject.length() > TicketService.MAX_SUBJECT) ? subject.substring(0, TicketService.MAX_SUBJECT)
				: subject;
	}

}
