package org.guichet.ticket.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.ticket.Impact;
import org.guichet.ticket.Priority;
import org.guichet.ticket.PriorityMatrix;
import org.guichet.ticket.TicketEvents.Closure;
import org.guichet.ticket.TicketEvents.RequesterAnswered;
import org.guichet.ticket.TicketEvents.RequesterAsked;
import org.guichet.ticket.TicketEvents.SolutionProposed;
import org.guichet.ticket.TicketEvents.SolutionRefused;
import org.guichet.ticket.TicketEvents.TicketCancelled;
import org.guichet.ticket.TicketEvents.TicketClosed;
import org.guichet.ticket.TicketEvents.TicketCreated;
import org.guichet.ticket.TicketEvents.TicketTaken;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.TransitionRefusedException;
import org.guichet.ticket.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The support workflow of DESIGN.md §3: every action tried in every state, allowed ones
 * moving the ticket and recording their event, the others refused without changing it.
 */
class TicketWorkflowTests {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private static final UserId AGENT = new UserId(UUID.randomUUID());

	/**
	 * Each action, the states it is allowed from, the state it leads to and the event it
	 * records.
	 */
	private static final Map<String, Action> ACTIONS = Map.of("take",
			new Action((ticket, now) -> ticket.take(AGENT, now), EnumSet.of(TicketState.NEW), TicketState.IN_PROGRESS,
					TicketTaken.class),
			"askRequester",
			new Action((ticket, now) -> ticket.askRequester(AGENT, now), EnumSet.of(TicketState.IN_PROGRESS),
					TicketState.WAITING_FOR_REQUESTER, RequesterAsked.class),
			"requesterAnswered",
			new Action(Ticket::requesterAnswered, EnumSet.of(TicketState.WAITING_FOR_REQUESTER),
					TicketState.IN_PROGRESS, RequesterAnswered.class),
			"proposeSolution",
			new Action((ticket, now) -> ticket.proposeSolution(AGENT, now),
					EnumSet.of(TicketState.IN_PROGRESS, TicketState.WAITING_FOR_REQUESTER), TicketState.RESOLVED,
					SolutionProposed.class),
			"acceptSolution",
			new Action(
					Ticket::acceptSolution, EnumSet.of(TicketState.RESOLVED), TicketState.CLOSED, TicketClosed.class),
			"refuseSolution",
			new Action((ticket, now) -> ticket.refuseSolution("Toujours en erreur", now),
					EnumSet.of(TicketState.RESOLVED), TicketState.IN_PROGRESS, SolutionRefused.class),
			"closeUnanswered",
			new Action(
					Ticket::closeUnanswered, EnumSet.of(TicketState.RESOLVED), TicketState.CLOSED, TicketClosed.class),
			"closeBeforeIntervention",
			new Action((ticket, now) -> ticket.closeBeforeIntervention("Résolu entre-temps", now),
					EnumSet.of(TicketState.NEW), TicketState.CLOSED, TicketClosed.class),
			"cancel", new Action((ticket, now) -> ticket.cancel("Demande en double", now), EnumSet.of(TicketState.NEW),
					TicketState.CANCELLED, TicketCancelled.class));

	static Stream<Arguments> everyActionInEveryState() {
		return ACTIONS.keySet()
			.stream()
			.sorted()
			.flatMap((action) -> Stream.of(TicketState.values()).map((state) -> Arguments.of(action, state)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyActionInEveryState")
	void anActionMovesTheTicketOnlyFromTheStatesItIsAllowedFrom(String name, TicketState from) {
		Action action = ACTIONS.get(name);
		Ticket ticket = ticketIn(from);
		int eventsBefore = ticket.pendingEvents().size();
		if (action.from().contains(from)) {
			action.run().accept(ticket, NOW.plusSeconds(60));
			assertThat(ticket.state()).isEqualTo(action.to());
			List<Object> events = ticket.pendingEvents();
			assertThat(events).hasSize(eventsBefore + 1);
			assertThat(events.get(events.size() - 1)).isInstanceOf(action.event());
		}
		else {
			assertThatThrownBy(() -> action.run().accept(ticket, NOW.plusSeconds(60)))
				.isInstanceOf(TransitionRefusedException.class)
				.satisfies((ex) -> assertThat(((TransitionRefusedException) ex).state()).isEqualTo(from));
			assertThat(ticket.state()).isEqualTo(from);
			assertThat(ticket.pendingEvents()).hasSize(eventsBefore);
		}
	}

	@Test
	void aFiledTicketIsNewWithItsPriorityFromTheMatrix() {
		Ticket ticket = file(Impact.BLOCKING, Urgency.HIGH);
		assertThat(ticket.state()).isEqualTo(TicketState.NEW);
		assertThat(ticket.priority()).isEqualTo(Priority.CRITICAL);
		assertThat(ticket.number()).isEqualTo("DI-2026-000001");
		assertThat(ticket.pendingEvents()).singleElement().isInstanceOf(TicketCreated.class);
		assertThat(file(Impact.MINOR, Urgency.LOW).priority()).isEqualTo(Priority.LOW);
	}

	@Test
	void refusingASolutionOrCancellingNeedsAReasonAndKeepsIt() {
		Ticket resolved = ticketIn(TicketState.RESOLVED);
		assertThatIllegalArgumentException().isThrownBy(() -> resolved.refuseSolution("  ", NOW));
		assertThat(resolved.state()).isEqualTo(TicketState.RESOLVED);
		resolved.refuseSolution(" Le calcul est toujours faux ", NOW);
		assertThat(resolved.reason()).isEqualTo("Le calcul est toujours faux");

		Ticket fresh = ticketIn(TicketState.NEW);
		assertThatIllegalArgumentException().isThrownBy(() -> fresh.cancel(null, NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> fresh.closeBeforeIntervention("", NOW));
		assertThat(fresh.state()).isEqualTo(TicketState.NEW);
	}

	@Test
	void aClosedTicketSaysHowAndWhen() {
		Ticket accepted = ticketIn(TicketState.RESOLVED);
		accepted.acceptSolution(NOW);
		assertThat(accepted.closure()).isEqualTo(Closure.ACCEPTED);
		assertThat(accepted.closedAt()).isEqualTo(NOW);
		Ticket unanswered = ticketIn(TicketState.RESOLVED);
		unanswered.closeUnanswered(NOW);
		assertThat(unanswered.closure()).isEqualTo(Closure.AUTOMATIC);
		Ticket early = ticketIn(TicketState.NEW);
		early.closeBeforeIntervention("Résolu entre-temps", NOW);
		assertThat(early.closure()).isEqualTo(Closure.BEFORE_INTERVENTION);
		assertThat(early.reason()).isEqualTo("Résolu entre-temps");
		assertThat(early.assignedAgent()).isNull();
		Ticket taken = ticketIn(TicketState.IN_PROGRESS);
		assertThat(taken.assignedAgent()).isEqualTo(AGENT);
	}

	@Test
	void aMatrixMissingACellIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PriorityMatrix.of(Map.of()));
	}

	/**
	 * @return a ticket brought to that state through the workflow itself
	 */
	private static Ticket ticketIn(TicketState state) {
		Ticket ticket = file(Impact.PARTIAL, Urgency.MEDIUM);
		switch (state) {
			case NEW -> {
			}
			case IN_PROGRESS -> ticket.take(AGENT, NOW);
			case WAITING_FOR_REQUESTER -> {
				ticket.take(AGENT, NOW);
				ticket.askRequester(AGENT, NOW);
			}
			case RESOLVED -> {
				ticket.take(AGENT, NOW);
				ticket.proposeSolution(AGENT, NOW);
			}
			case CLOSED -> {
				ticket.take(AGENT, NOW);
				ticket.proposeSolution(AGENT, NOW);
				ticket.acceptSolution(NOW);
			}
			case CANCELLED -> ticket.cancel("Demande en double", NOW);
		}
		assertThat(ticket.state()).isEqualTo(state);
		return ticket;
	}

	private static Ticket file(Impact impact, Urgency urgency) {
		return Ticket.file("DI-2026-000001", new OrganizationId(UUID.randomUUID()), new UserId(UUID.randomUUID()),
				"Le bulletin de paie ne s'édite pas", impact, urgency, PriorityMatrix.standard(), NOW);
	}

	private record Action(BiConsumer<Ticket, Instant> run, EnumSet<TicketState> from, TicketState to, Class<?> event) {
	}

}
