package org.guichet.ticket.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.ticket.Channel;
import org.guichet.ticket.Impact;
import org.guichet.ticket.Priority;
import org.guichet.ticket.PriorityMatrix;
import org.guichet.ticket.TicketEvents.AgentReplied;
import org.guichet.ticket.TicketEvents.Closure;
import org.guichet.ticket.TicketEvents.RequesterAnswered;
import org.guichet.ticket.TicketEvents.RequesterAsked;
import org.guichet.ticket.TicketEvents.SolutionProposed;
import org.guichet.ticket.TicketEvents.SolutionRefused;
import org.guichet.ticket.TicketEvents.TicketCancelled;
import org.guichet.ticket.TicketEvents.TicketClosed;
import org.guichet.ticket.TicketEvents.TicketCreated;
import org.guichet.ticket.TicketEvents.TicketRequalified;
import org.guichet.ticket.TicketEvents.TicketTaken;
import org.guichet.ticket.TicketId;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.TransitionRefusedException;
import org.guichet.ticket.Urgency;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A support request and its workflow (DESIGN.md §3). Every change of state goes through a
 * method that checks the current state first, and records an event that is published when
 * the ticket is saved.
 */
@Entity
@Table(name = "tickets")
public class Ticket extends AbstractAggregateRoot<Ticket> {

	@Id
	@Column(name = "ticket_id")
	private UUID id;

	private String number;

	private UUID organizationId;

	private UUID requesterId;

	private String subject;

	@Enumerated(EnumType.STRING)
	private TicketState state;

	@Enumerated(EnumType.STRING)
	private Impact impact;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	private UUID assignedAgentId;

	@Enumerated(EnumType.STRING)
	private Closure closure;

	/**
	 * Why it was cancelled, closed before intervention, or why the last solution was
	 * refused.
	 */
	private String reason;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant resolvedAt;

	private Instant closedAt;

	private UUID requestTypeId;

	private UUID themeId;

	private String themePath;

	private UUID categoryId;

	private UUID lastAgentId;

	private UUID productId;

	private UUID contractId;

	private UUID beneficiaryId;

	private String phone;

	private String availability;

	private String location;

	@Enumerated(EnumType.STRING)
	private Channel channel = Channel.PORTAL;

	/**
	 * The random token its e-mails carry, by which an answer finds it again.
	 */
	private String mailToken;

	@Version
	private long version;

	protected Ticket() {
	}

	private Ticket(String number, OrganizationId organization, UserId requester, String subject, Impact impact,
			Urgency urgency, Priority priority, Instant now) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.organizationId = organization.value();
		this.requesterId = requester.value();
		this.subject = subject;
		this.state = TicketState.NEW;
		this.impact = impact;
		this.urgency = urgency;
		this.priority = priority;
		this.createdAt = now;
		this.updatedAt = now;
		this.mailToken = MailTokens.next();
	}

	/**
	 * A requester files a ticket: it is new, its priority derived from impact and
	 * urgency.
	 */
	public static Ticket file(String number, OrganizationId organization, UserId requester, String subject,
			Impact impact, Urgency urgency, PriorityMatrix priorities, Instant now) {
		Ticket ticket = new Ticket(number, organization, requester, subject, impact, urgency,
				priorities.priorityOf(impact, urgency), now);
		ticket.registerEvent(new TicketCreated(ticket.id(), number, organization, requester, now));
		return ticket;
	}

	/**
	 * Records what the requester said about the ticket beyond its subject, when it is
	 * filed.
	 */
	void describe(TicketDetails details) {
		this.requestTypeId = details.requestTypeId();
		this.themeId = details.themeId();
		this.themePath = details.themePath();
		this.categoryId = details.categoryId();
		this.productId = details.productId();
		this.contractId = details.contractId();
		this.beneficiaryId = (details.beneficiary() != null) ? details.beneficiary().value() : null;
		this.phone = details.phone();
		this.availability = details.availability();
		this.location = details.location();
		this.channel = details.channel();
	}

	/**
	 * An administrator of the organization gives the ticket to another member, who
	 * answers for it from now on.
	 */
	public void reassign(UserId requester, Instant now) {
		if (!this.state.isOpen()) {
			throw new TransitionRefusedException(this.state, "reassign");
		}
		this.requesterId = requester.value();
		this.updatedAt = now;
	}

	/**
	 * An agent takes a new ticket ("prise en charge").
	 */
	public void take(UserId agent, Instant now) {
		move("take", EnumSet.of(TicketState.NEW), TicketState.IN_PROGRESS, now);
		this.assignedAgentId = agent.value();
		registerEvent(new TicketTaken(id(), agent, now));
	}

	/**
	 * The agent needs something from the requester; the ticket waits for their answer.
	 */
	public void askRequester(UserId agent, Instant now) {
		move("ask the requester of", EnumSet.of(TicketState.IN_PROGRESS), TicketState.WAITING_FOR_REQUESTER, now);
		registerEvent(new RequesterAsked(id(), agent, now));
	}

	/**
	 * The requester answered what the agent asked.
	 */
	public void requesterAnswered(Instant now) {
		move("answer", EnumSet.of(TicketState.WAITING_FOR_REQUESTER), TicketState.IN_PROGRESS, now);
		registerEvent(new RequesterAnswered(id(), now));
	}

	/**
	 * The agent proposes a solution: the requester is to accept or refuse it ("Clôture à
	 * valider").
	 */
	public void proposeSolution(UserId agent, Instant now) {
		move("propose a solution for", EnumSet.of(TicketState.IN_PROGRESS, TicketState.WAITING_FOR_REQUESTER),
				TicketState.RESOLVED, now);
		this.resolvedAt = now;
		registerEvent(new SolutionProposed(id(), agent, now));
	}

	/**
	 * The requester accepts the solution (with the survey, kept elsewhere): closed.
	 */
	public void acceptSolution(Instant now) {
		close("accept the solution of", Closure.ACCEPTED, null, EnumSet.of(TicketState.RESOLVED), now);
	}

	/**
	 * The requester refuses the solution, saying why: back in progress.
	 * @throws IllegalArgumentException without a reason
	 */
	public void refuseSolution(String reason, Instant now) {
		String given = required(reason);
		move("refuse the solution of", EnumSet.of(TicketState.RESOLVED), TicketState.IN_PROGRESS, now);
		this.reason = given;
		this.resolvedAt = null;
		registerEvent(new SolutionRefused(id(), given, now));
	}

	/**
	 * Nobody answered the proposed solution in time: closed without a survey.
	 */
	public void closeUnanswered(Instant now) {
		close("close unanswered", Closure.AUTOMATIC, null, EnumSet.of(TicketState.RESOLVED), now);
	}

	/**
	 * The requester closes the ticket before anybody intervened, giving the cause
	 * (CECOIA: "problème résolu entre-temps"…).
	 * @throws IllegalArgumentException without a cause
	 */
	public void closeBeforeIntervention(String cause, Instant now) {
		close("close before intervention", Closure.BEFORE_INTERVENTION, required(cause), EnumSet.of(TicketState.NEW),
				now);
	}

	/**
	 * The requester withdraws the ticket while nobody has taken it yet.
	 * @throws IllegalArgumentException without a reason
	 */
	public void cancel(String reason, Instant now) {
		String given = required(reason);
		move("cancel", EnumSet.of(TicketState.NEW), TicketState.CANCELLED, now);
		this.reason = given;
		this.closedAt = now;
		registerEvent(new TicketCancelled(id(), given, now));
	}

	/**
	 * An agent merges this duplicate into another ticket: closed, saying which.
	 */
	void mergeInto(String target, Instant now) {
		close("merge", Closure.MERGED, target, EnumSet.of(TicketState.NEW, TicketState.IN_PROGRESS,
				TicketState.WAITING_FOR_REQUESTER, TicketState.RESOLVED), now);
	}

	/**
	 * An agent changes what the request is about (CECOIA's "requalification"): its type,
	 * its theme, and the category that handles that type.
	 */
	void requalify(UUID requestTypeId, UUID themeId, String themePath, UUID categoryId, Instant now) {
		if (!this.state.isOpen()) {
			throw new TransitionRefusedException(this.state, "requalify");
		}
		boolean retyped = !requestTypeId.equals(this.requestTypeId);
		this.requestTypeId = requestTypeId;
		this.themeId = themeId;
		this.themePath = themePath;
		if (categoryId != null) {
			this.categoryId = categoryId;
		}
		this.updatedAt = now;
		if (retyped) {
			registerEvent(new TicketRequalified(id(), requestTypeId, now));
		}
	}

	/**
	 * An agent answered the requester in a public message.
	 */
	void repliedBy(UserId agent, Instant now) {
		registerEvent(new AgentReplied(id(), agent, now));
	}

	private void close(String action, Closure how, String cause, Set<TicketState> from, Instant now) {
		move(action, from, TicketState.CLOSED, now);
		this.closure = how;
		if (cause != null) {
			this.reason = cause;
		}
		this.closedAt = now;
		registerEvent(new TicketClosed(id(), how, now));
	}

	private void move(String action, Set<TicketState> from, TicketState to, Instant now) {
		if (!from.contains(this.state)) {
			throw new TransitionRefusedException(this.state, action);
		}
		this.state = to;
		this.updatedAt = now;
	}

	private static String required(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A reason is required");
		}
		return text.strip();
	}

	/**
	 * @return the events recorded since the ticket was loaded, not yet published
	 */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	public TicketId id() {
		return new TicketId(this.id);
	}

	public String number() {
		return this.number;
	}

	public TicketState state() {
		return this.state;
	}

	public Priority priority() {
		return this.priority;
	}

	public UserId assignedAgent() {
		return (this.assignedAgentId != null) ? new UserId(this.assignedAgentId) : null;
	}

	public Closure closure() {
		return this.closure;
	}

	public String reason() {
		return this.reason;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	public OrganizationId organization() {
		return new OrganizationId(this.organizationId);
	}

	public UserId requester() {
		return new UserId(this.requesterId);
	}

	public UserId beneficiary() {
		return (this.beneficiaryId != null) ? new UserId(this.beneficiaryId) : null;
	}

	public String subject() {
		return this.subject;
	}

	public Channel channel() {
		return this.channel;
	}

	/**
	 * @return the token its e-mails carry
	 */
	public String mailToken() {
		return this.mailToken;
	}

	/**
	 * A staff member acted on the ticket (a reply, a note, a change): it changed, and
	 * they are the last agent who acted. Its version goes up, so that another agent
	 * acting from an older page is refused.
	 */
	void actedBy(UserId agent, Instant now) {
		this.lastAgentId = agent.value();
		this.updatedAt = now;
	}

	/**
	 * Gives the open ticket to a category, and to an agent of it or to nobody in it.
	 */
	void assign(UUID categoryId, UserId agent, Instant now) {
		if (!this.state.isOpen()) {
			throw new TransitionRefusedException(this.state, "assign");
		}
		this.categoryId = categoryId;
		this.assignedAgentId = (agent != null) ? agent.value() : null;
		this.updatedAt = now;
	}

	/**
	 * An agent corrects what the requester typed; impact and urgency give the priority
	 * again.
	 */
	void correct(String subject, String phone, String availability, String location, Impact impact, Urgency urgency,
			PriorityMatrix priorities, Instant now) {
		if (!this.state.isOpen()) {
			throw new TransitionRefusedException(this.state, "correct");
		}
		boolean reprioritize = impact != this.impact || urgency != this.urgency;
		this.subject = subject;
		this.phone = phone;
		this.availability = availability;
		this.location = location;
		this.impact = impact;
		this.urgency = urgency;
		if (reprioritize) {
			this.priority = priorities.priorityOf(impact, urgency);
		}
		this.updatedAt = now;
	}

	public String phone() {
		return this.phone;
	}

	public String availability() {
		return this.availability;
	}

	public String location() {
		return this.location;
	}

	public Impact impact() {
		return this.impact;
	}

	public Urgency urgency() {
		return this.urgency;
	}

	/**
	 * An agent sets the priority by hand, over the one impact and urgency gave.
	 */
	void changePriority(Priority priority, Instant now) {
		if (!this.state.isOpen()) {
			throw new TransitionRefusedException(this.state, "change the priority of");
		}
		this.priority = priority;
		this.updatedAt = now;
	}

	public UUID categoryId() {
		return this.categoryId;
	}

	public UUID requestTypeId() {
		return this.requestTypeId;
	}

	public UserId lastAgent() {
		return (this.lastAgentId != null) ? new UserId(this.lastAgentId) : null;
	}

	public long version() {
		return this.version;
	}

	/**
	 * Marks the ticket changed (a message was added), for the lists sorted by activity.
	 */
	void touch(Instant now) {
		this.updatedAt = now;
	}

}
