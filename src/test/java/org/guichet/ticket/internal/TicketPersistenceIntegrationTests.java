package org.guichet.ticket.internal;

import java.time.Instant;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.support.DemoUsers;
import org.guichet.support.GuichetWebTest;
import org.guichet.ticket.Impact;
import org.guichet.ticket.PriorityMatrix;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tickets in PostgreSQL: their numbers, their state saved and read back, and two agents
 * changing one ticket at once.
 */
@GuichetWebTest
class TicketPersistenceIntegrationTests {

	@Autowired
	TicketNumbers numbers;

	@Autowired
	TicketRepository tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void removeTickets() {
		this.jdbc.update("delete from tickets where subject like 'Test %'");
	}

	@Test
	void numbersFollowEachOtherInTheYearsScope() {
		String first = this.numbers.next();
		String second = this.numbers.next();
		assertThat(first).matches("DI-\\d{4}-\\d{6}");
		assertThat(second.substring(0, 8)).isEqualTo(first.substring(0, 8));
		assertThat(Long.parseLong(second.substring(8))).isEqualTo(Long.parseLong(first.substring(8)) + 1);
	}

	@Test
	void aNumberIsCommittedAtOnceSoThatAnotherFilingDoesNotWaitForTheFirstToEnd() throws Exception {
		String first = this.transaction.execute((status) -> {
			String number = this.numbers.next();
			// another filing, on another connection, while this transaction is still open
			String other = java.util.concurrent.CompletableFuture.supplyAsync(this.numbers::next)
				.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
				.join();
			assertThat(Long.parseLong(other.substring(8))).isEqualTo(Long.parseLong(number.substring(8)) + 1);
			status.setRollbackOnly();
			return number;
		});
		// the rolled-back filing's number is not given again
		assertThat(Long.parseLong(this.numbers.next().substring(8))).isEqualTo(Long.parseLong(first.substring(8)) + 2);
	}

	@Test
	void aTicketIsSavedWithItsStateAndTwoConcurrentChangesDoNotBothWin() {
		UUID id = this.transaction.execute((status) -> {
			Ticket ticket = Ticket.file(this.numbers.next(), organization("C-1001"), user(DemoUsers.MEMBER),
					"Test : le bulletin ne s'édite pas", Impact.BLOCKING, Urgency.MEDIUM, PriorityMatrix.standard(),
					Instant.now());
			this.tickets.save(ticket);
			return ticket.id().value();
		});
		Ticket first = this.tickets.findById(id).orElseThrow();
		Ticket second = this.tickets.findById(id).orElseThrow();
		first.take(user(DemoUsers.AGENT), Instant.now());
		this.tickets.save(first);
		second.take(user(DemoUsers.MANAGER), Instant.now());
		assertThatThrownBy(() -> this.tickets.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);

		Ticket saved = this.tickets.findById(id).orElseThrow();
		assertThat(saved.state()).isEqualTo(TicketState.IN_PROGRESS);
		assertThat(saved.assignedAgent()).isEqualTo(user(DemoUsers.AGENT));
		assertThat(this.jdbc.queryForObject("select priority from tickets where ticket_id = ?", String.class, id))
			.isEqualTo("CRITICAL");
	}

	private OrganizationId organization(String code) {
		return new OrganizationId(this.jdbc
			.queryForObject("select organization_id from organizations where customer_code = ?", UUID.class, code));
	}

	private UserId user(DemoUsers user) {
		return new UserId(
				this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class, user.email()));
	}

}
