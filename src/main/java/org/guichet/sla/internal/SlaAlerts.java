package org.guichet.sla.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.guichet.account.AccountState;
import org.guichet.account.Accounts;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.notification.Notice;
import org.guichet.notification.NoticeKind;
import org.guichet.notification.StaffNotifications;
import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.CategoryMember;
import org.guichet.ticket.ClockedTicket;
import org.guichet.ticket.TicketDeadlines;
import org.guichet.ticket.TicketId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts the assigned agent and the managers of the category when a ticket enters its
 * reminder window and when it passes its due date: at most once per ticket and threshold,
 * and only while the business calendar is open (an alert found at night waits for the
 * morning). Each recipient gets one notice per threshold and run, listing the tickets
 * ("détaillée") or counting them, as the settings say.
 */
@Component
class SlaAlerts {

	private final JdbcClient jdbc;

	private final SlaStore store;

	private final TicketDeadlines tickets;

	private final Categories categories;

	private final Accounts accounts;

	private final StaffNotifications notifications;

	private final TransactionTemplate transactions;

	SlaAlerts(JdbcClient jdbc, SlaStore store, TicketDeadlines tickets, Categories categories, Accounts accounts,
			StaffNotifications notifications, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.store = store;
		this.tickets = tickets;
		this.categories = categories;
		this.accounts = accounts;
		this.notifications = notifications;
		this.transactions = transactions;
	}

	/**
	 * @return how many tickets were alerted about
	 */
	int send(Instant now) {
		SlaSettings settings = this.store.settings();
		if (!settings.calendar().isOpen(now)) {
			return 0;
		}
		return send(Threshold.REMINDER, settings, now) + send(Threshold.BREACH, settings, now);
	}

	private int send(Threshold threshold, SlaSettings settings, Instant now) {
		Integer sent = this.transactions.execute((status) -> {
			List<UUID> ids = this.jdbc
				.sql("select ticket_id from ticket_clocks where " + threshold.pending
						+ " order by ticket_id limit 1000 for update skip locked")
				.query(UUID.class)
				.list();
			if (ids.isEmpty()) {
				return 0;
			}
			List<ClockedTicket> due = this.tickets.findAll(ids.stream().map(TicketId::new).toList());
			Map<UUID, List<CategoryMember>> managers = new LinkedHashMap<>();
			Map<UserId, Recipient> recipients = new LinkedHashMap<>();
			for (ClockedTicket ticket : due) {
				if (ticket.assignedAgent() != null) {
					recipients.computeIfAbsent(ticket.assignedAgent(), Recipient::new).assigned.add(ticket);
				}
				if (ticket.categoryId() != null) {
					for (CategoryMember manager : managers.computeIfAbsent(ticket.categoryId(),
							(category) -> this.categories.members(category)
								.stream()
								.filter((member) -> member.access() == CategoryAccess.MANAGE)
								.toList())) {
						Recipient recipient = recipients.computeIfAbsent(manager.user(), Recipient::new);
						if (!recipient.assigned.contains(ticket)) {
							recipient.managed.add(ticket);
							recipient.categories.add(manager.categoryName());
						}
					}
				}
			}
			recipients.values().forEach((recipient) -> notify(recipient, threshold, settings.detailedAlerts()));
			this.jdbc.sql("update ticket_clocks set " + threshold.sentColumn + " = :now where ticket_id in (:ids)")
				.param("now", Timestamp.from(now))
				.param("ids", ids)
				.update();
			return ids.size();
		});
		return (sent != null) ? sent : 0;
	}

	private void notify(Recipient recipient, Threshold threshold, boolean detailed) {
		Optional<UserSummary> user = this.accounts.find(recipient.user);
		if (user.isEmpty() || user.get().staffRole() == null || user.get().state() != AccountState.ACTIVE) {
			return;
		}
		Locale locale = this.accounts.preferredLocale(recipient.user);
		List<ClockedTicket> all = new ArrayList<>(recipient.assigned);
		all.addAll(recipient.managed);
		List<Notice.Line> lines = detailed ? all.stream()
			.map((ticket) -> new Notice.Line(ticket.number() + " — " + ticket.subject(),
					"/desk/tickets/" + ticket.number()))
			.toList() : List.of();
		String reasonKey;
		List<Object> reasonArguments;
		if (recipient.managed.isEmpty()) {
			reasonKey = "sla.notice.reason.assigned";
			reasonArguments = List.of();
		}
		else {
			reasonKey = recipient.assigned.isEmpty() ? "sla.notice.reason.manager"
					: "sla.notice.reason.assignedAndManager";
			reasonArguments = List.of(String.join(", ", recipient.categories));
		}
		this.notifications.notify(new Notice(recipient.user.value(), user.get().email(), locale, threshold.kind,
				threshold.titleKey, List.of(Integer.toString(all.size())), reasonKey, reasonArguments,
				"/desk/tickets?deadline=" + threshold.status, lines));
	}

	private enum Threshold {

		REMINDER(NoticeKind.SLA_REMINDER, "status = 'URGENT' and reminder_sent_at is null and state <> 'STOPPED'",
				"reminder_sent_at", "sla.notice.reminder.title", "URGENT"),

		BREACH(NoticeKind.SLA_BREACH, "status = 'LATE' and breach_sent_at is null and state <> 'STOPPED'",
				"breach_sent_at", "sla.notice.breach.title", "LATE");

		private final NoticeKind kind;

		private final String pending;

		private final String sentColumn;

		private final String titleKey;

		private final String status;

		Threshold(NoticeKind kind, String pending, String sentColumn, String titleKey, String status) {
			this.kind = kind;
			this.pending = pending;
			this.sentColumn = sentColumn;
			this.titleKey = titleKey;
			this.status = status;
		}

	}

	private static final class Recipient {

		private final UserId user;

		private final List<ClockedTicket> assigned = new ArrayList<>();

		private final List<ClockedTicket> managed = new ArrayList<>();

		private final Set<String> categories = new LinkedHashSet<>();

		Recipient(UserId user) {
			this.user = user;
		}

	}

}
