package org.guichet.ticket.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.UserSummary;
import org.guichet.notification.InboundMailParser;
import org.guichet.notification.InboundMailParser.UnreadableMailException;
import org.guichet.notification.InboundMessage;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.DeskUser;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;
import org.guichet.ticket.TicketLock;
import org.guichet.ticket.internal.InboundFiles.Checked;
import org.guichet.ticket.internal.InboundFiles.InboundRefusal;
import org.guichet.ticket.internal.TicketService.TicketInputException;
import org.guichet.ticket.internal.TicketService.TicketNotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's quarantine of inbound e-mails ("courriels en attente"): staff who handle a
 * category (a right to write on one) or administer the installation list the messages no
 * ticket took, and attach one to a ticket they may change, file a ticket from it for the
 * member who sent it, or discard it. Each action is one transaction: it is done whole or
 * not at all, and a message handled meanwhile by a colleague is not handled again.
 */
@Service
@Transactional
public class InboundQuarantine {

	/** How many waiting messages the page lists, newest first. */
	public static final int PAGE = 100;

	private final QuarantinedMailRepository mails;

	private final Quarantine quarantine;

	private final InboundMailParser parser;

	private final InboundTickets inbound;

	private final InboundFiles files;

	private final TicketService tickets;

	private final DeskQueries deskQueries;

	private final Categories categories;

	private final Organizations organizations;

	private final RequestTypes requestTypes;

	private final Clock clock;

	InboundQuarantine(QuarantinedMailRepository mails, Quarantine quarantine, InboundMailParser parser,
			InboundTickets inbound, InboundFiles files, TicketService tickets, DeskQueries deskQueries,
			Categories categories, Organizations organizations, RequestTypes requestTypes, Clock clock) {
		this.mails = mails;
		this.quarantine = quarantine;
		this.parser = parser;
		this.inbound = inbound;
		this.files = files;
		this.tickets = tickets;
		this.deskQueries = deskQueries;
		this.categories = categories;
		this.organizations = organizations;
		this.requestTypes = requestTypes;
		this.clock = clock;
	}

	/**
	 * @return whether the staff member may see and handle the quarantine
	 */
	@Transactional(readOnly = true)
	public boolean mayHandle(DeskUser user) {
		return user.administrator() || this.categories.accessOf(user.id())
			.values()
			.stream()
			.anyMatch((access) -> access.includes(CategoryAccess.WRITE));
	}

	/**
	 * @return the waiting messages, newest first
	 */
	@Transactional(readOnly = true)
	public List<QuarantineRow> waiting(DeskUser user) {
		requireHandler(user);
		return this.mails.waiting(Limit.of(PAGE)).stream().map(this::row).toList();
	}

	private QuarantineRow row(QuarantinedMail mail) {
		List<MembershipView> memberships = this.inbound.activeUser(mail.sender())
			.filter((sender) -> sender.staffRole() == null)
			.map((sender) -> this.organizations.membershipsOf(sender.id()))
			.orElse(List.of());
		return new QuarantineRow(mail.id(), mail.receivedAt(), mail.sender(), mail.subject(), mail.preview(),
				mail.reason(), mail.detail(), memberships);
	}

	/**
	 * @return the message as received, to be closed by the caller
	 */
	@Transactional(readOnly = true)
	public Optional<InputStream> original(DeskUser user, UUID id) throws IOException {
		requireHandler(user);
		Optional<QuarantinedMail> mail = this.mails.findById(id);
		return mail.isPresent() ? Optional.of(this.quarantine.open(mail.get())) : Optional.empty();
	}

	/**
	 * Attaches the message to a ticket the agent may change: it becomes a public message
	 * of its sender when they are the requester or a member of the ticket's organization,
	 * otherwise of the agent; files over the limits are left out, and the history says
	 * so.
	 * @throws TicketInputException naming the field {@code number} when the ticket is
	 * unknown, not the agent's to change, closed or locked by another agent, or
	 * {@code message} when the message holds a virus or cannot be read
	 */
	public String attach(DeskUser user, UUID id, String number) {
		QuarantinedMail mail = waitingMail(user, id);
		String given = (number != null) ? number.strip().toUpperCase(Locale.ROOT) : "";
		if (given.isEmpty()) {
			throw new TicketInputException("number", "NotBlank");
		}
		if (!this.deskQueries.access(user, given)
			.map((access) -> access.includes(CategoryAccess.WRITE))
			.orElse(false)) {
			throw new TicketInputException("number", "inbound.error.unknownTicket");
		}
		Ticket ticket = this.tickets.find(given);
		if (!InboundTickets.answerable(ticket)) {
			throw new TicketInputException("number", "inbound.error.ticketClosed");
		}
		Optional<TicketLock> lock = this.deskQueries.lock(ticket.id().value(), this.clock.instant());
		if (lock.isPresent() && !lock.get().heldBy(user.id())) {
			throw new TicketInputException("number", "desk.error.otherLocked");
		}
		InboundMessage message = parse(mail);
		Checked checked = check(message);
		Optional<UserSummary> sender = this.inbound.activeUser(mail.sender());
		boolean byRequester = sender.map((account) -> account.id().equals(ticket.requester())).orElse(false);
		boolean member = sender
			.filter((account) -> this.organizations.membership(account.id(), ticket.organization()).isPresent())
			.isPresent();
		try {
			this.inbound.answer(ticket, member ? sender.get().id() : user.id(), byRequester, message, checked);
		}
		catch (InboundRefusal ex) {
			throw new TicketInputException("message", errorOf(ex));
		}
		this.tickets.system(ticket, user.id(), "ticket.history.mailAttached",
				(mail.sender() != null) ? mail.sender() : "—");
		ticket.actedBy(user.id(), this.clock.instant());
		mail.attached(ticket.number(), user.id(), this.clock.instant());
		return ticket.number();
	}

	/**
	 * Files a ticket from the message for the active member who sent it, of the chosen
	 * request type, in the chosen organization of theirs.
	 * @throws TicketInputException naming the field {@code requestTypeId} when the type
	 * is not an active one of a category the agent handles (or needs a product),
	 * {@code organizationId} when the sender is not an active member of it, or
	 * {@code message}
	 */
	public String create(DeskUser user, UUID id, UUID requestTypeId, UUID organizationId) {
		QuarantinedMail mail = waitingMail(user, id);
		UserSummary sender = this.inbound.activeUser(mail.sender())
			.filter((account) -> account.staffRole() == null)
			.orElseThrow(() -> new TicketInputException("organizationId", "inbound.error.unknownMember"));
		RequestTypeView type = Optional.ofNullable(requestTypeId)
			.flatMap(this.requestTypes::find)
			.filter(RequestTypeView::active)
			.filter((candidate) -> !candidate.contractRequired())
			.orElseThrow(() -> new TicketInputException("requestTypeId", "inbound.error.requestType"));
		Map<java.util.UUID, CategoryAccess> rights = this.categories.accessOf(user.id());
		if (!user.administrator() && (type.categoryId() == null
				|| !rights.getOrDefault(type.categoryId(), CategoryAccess.NONE).includes(CategoryAccess.WRITE))) {
			throw new TicketInputException("requestTypeId", "inbound.error.requestTypeCategory");
		}
		List<MembershipView> memberships = this.organizations.membershipsOf(sender.id());
		OrganizationId organization = memberships.stream()
			.map(MembershipView::organizationId)
			.filter((candidate) -> memberships.size() == 1 || candidate.value().equals(organizationId))
			.findFirst()
			.orElseThrow(() -> new TicketInputException("organizationId", "inbound.error.organization"));
		InboundMessage message = parse(mail);
		String number;
		try {
			number = this.inbound.fileTicket(message, sender.id(), organization, type, check(message));
		}
		catch (InboundRefusal ex) {
			throw new TicketInputException("message", errorOf(ex));
		}
		mail.created(number, user.id(), this.clock.instant());
		return number;
	}

	/**
	 * Discards the message: it leaves the list, and stays in the file store.
	 */
	public void discard(DeskUser user, UUID id) {
		waitingMail(user, id).discard(user.id(), this.clock.instant());
	}

	private QuarantinedMail waitingMail(DeskUser user, UUID id) {
		requireHandler(user);
		QuarantinedMail mail = this.mails.findById(id).orElseThrow(TicketNotFoundException::new);
		if (mail.state() != QuarantinedMail.State.WAITING) {
			throw new TicketInputException("message", "inbound.error.handled");
		}
		return mail;
	}

	private InboundMessage parse(QuarantinedMail mail) {
		try {
			return this.parser.parse(this.quarantine.read(mail));
		}
		catch (UnreadableMailException ex) {
			throw new TicketInputException("message", "inbound.error.unreadable");
		}
	}

	private Checked check(InboundMessage message) {
		try {
			return this.files.check(message, false);
		}
		catch (InboundRefusal ex) {
			throw new TicketInputException("message", errorOf(ex));
		}
	}

	private void requireHandler(DeskUser user) {
		if (!mayHandle(user)) {
			throw new QuarantineRefusedException();
		}
	}

	/**
	 * A message waiting in quarantine, as the desk lists it.
	 *
	 * @param id its id
	 * @param receivedAt when it came
	 * @param sender its From address, or {@code null}
	 * @param subject its subject
	 * @param preview the start of its new text
	 * @param reason the message key of why it waits
	 * @param detail what the reason names, or {@code null}
	 * @param memberships the organizations of its sender, when an active member: a ticket
	 * may be filed for them
	 */
	public record QuarantineRow(UUID id, Instant receivedAt, String sender, String subject, String preview,
			String reason, String detail, List<MembershipView> memberships) {

	}

	/**
	 * The staff member handles no category: the quarantine is not theirs.
	 */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
	public static class QuarantineRefusedException extends RuntimeException {

	}

	/**
	 * @return the message for an agent's action the mail's files refused: the
	 * quarantine's reasons name the file, which the page's message does not carry
	 */
	private static String errorOf(InboundRefusal refusal) {
		return switch (refusal.reason()) {
			case "inbound.reason.tooLarge" -> "inbound.error.tooLarge";
			case "inbound.reason.virus" -> "inbound.error.virus";
			case "inbound.reason.scanFailed" -> "inbound.error.scanFailed";
			default -> refusal.reason();
		};
	}

}
