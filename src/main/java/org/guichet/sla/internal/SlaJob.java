package org.guichet.sla.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guichet.sla.BusinessCalendar;
import org.guichet.ticket.TicketId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the stored urgent and late flags true as time passes: reads only the running
 * clocks whose next check is due (an index holds just those), so that its cost does not
 * grow with closed tickets; then sends the alerts. Also recomputes the open clocks a
 * changed service level applies to, and starts the clocks of open tickets filed before
 * clocks existed.
 */
@Component
public class SlaJob {

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final ClockKeeper keeper;

	private final SlaStore store;

	private final SlaAlerts alerts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SlaJob(JdbcClient jdbc, ClockKeeper keeper, SlaStore store, SlaAlerts alerts,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.keeper = keeper;
		this.store = store;
		this.alerts = alerts;
		// a transaction per batch, even inside the listener's own: locks are held briefly
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Updates the flags of the clocks due for a check, then sends the alerts.
	 */
	@SchedulerLock(name = "sla-clocks", lockAtMostFor = "PT10M")
	public void run() {
		refresh();
		this.alerts.send(this.clock.instant());
	}

	/**
	 * @return how many clocks were read again
	 */
	int refresh() {
		Instant now = this.clock.instant();
		BusinessCalendar calendar = this.store.settings().calendar();
		int total = 0;
		while (true) {
			List<UUID> due = this.jdbc.sql("""
					select ticket_id from ticket_clocks where state = 'RUNNING' and next_check_at <= ?
					order by next_check_at limit ?
					""").params(Timestamp.from(now), BATCH).query(UUID.class).list();
			if (due.isEmpty()) {
				return total;
			}
			this.transactions.executeWithoutResult((status) -> due.forEach((id) -> {
				this.keeper.lock(id);
				this.keeper.recompute(new TicketId(id), calendar, now);
			}));
			total += due.size();
			if (due.size() < BATCH) {
				return total;
			}
		}
	}

	/**
	 * Starts a clock for every open ticket that has none (filed before this module):
	 * running since it was filed, paused since its last change when it waits for the
	 * requester or validation.
	 * @return how many clocks were started
	 */
	int startMissing() {
		Instant now = this.clock.instant();
		record Missing(UUID id, boolean paused, Instant since) {
		}
		List<Missing> missing = this.jdbc.sql("""
				select t.ticket_id, t.state in ('WAITING_FOR_REQUESTER', 'RESOLVED') as paused, t.updated_at
				from tickets t
				where t.state not in ('CLOSED', 'CANCELLED')
				  and not exists (select 1 from ticket_clocks c where c.ticket_id = t.ticket_id)
				""")
			.query((row, index) -> new Missing(row.getObject(1, UUID.class), row.getBoolean(2),
					row.getTimestamp(3).toInstant()))
			.list();
		for (Missing ticket : missing) {
			if (ticket.paused()) {
				this.keeper.record(new TicketId(ticket.id()), ticket.since(), "PAUSE");
			}
			else {
				this.keeper.record(new TicketId(ticket.id()), now);
			}
		}
		return missing.size();
	}

	@ApplicationModuleListener
	void on(ServiceLevelChanged change) {
		Instant now = this.clock.instant();
		SlaSettings settings = this.store.settings();
		String which;
		if (change.calendar()) {
			which = "true";
		}
		else if (change.requestTypeId() != null) {
			which = "c.request_type_id = :type";
		}
		else {
			which = "(c.request_type_id is null or c.request_type_id not in "
					+ "(select request_type_id from sla_type_policies))";
		}
		UUID after = new UUID(0, 0);
		while (true) {
			var query = this.jdbc
				.sql("select c.ticket_id from ticket_clocks c where c.state <> 'STOPPED' and " + which
						+ " and c.ticket_id > :after order by c.ticket_id limit :limit")
				.param("after", after)
				.param("limit", BATCH);
			if (change.requestTypeId() != null && !change.calendar()) {
				query = query.param("type", change.requestTypeId());
			}
			List<UUID> batch = query.query(UUID.class).list();
			if (batch.isEmpty()) {
				return;
			}
			this.transactions.executeWithoutResult((status) -> batch.forEach((id) -> {
				this.keeper.lock(id);
				UUID type = this.jdbc.sql("select request_type_id from ticket_clocks where ticket_id = ?")
					.param(id)
					.query((row, index) -> row.getObject(1, UUID.class))
					.single();
				this.keeper.retarget(new TicketId(id), this.keeper.levelOf(type), settings.calendar(), now);
			}));
			after = batch.get(batch.size() - 1);
		}
	}

}
