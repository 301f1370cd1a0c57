package org.guichet.ticket.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.guichet.ticket.TicketEvents.TicketCreated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the agents of a ticket's category that it was filed: every active staff member
 * with the right to handle (WRITE) or manage (MANAGE) the category. Readers and
 * administrators without a right on it are not told. Each chooses in their preferences
 * whether this reaches them in the application, by e-mail, or not at all.
 */
@Component
class NewTicketNotices {

	static final String TITLE = "ticket.notice.newTicket.title";

	static final String REASON = "ticket.notice.reason.categoryAgent";

	private final TicketRepository tickets;

	private final Categories categories;

	private final Accounts accounts;

	private final StaffNotifications notifications;

	NewTicketNotices(TicketRepository tickets, Categories categories, Accounts accounts,
			StaffNotifications notifications) {
		this.tickets = tickets;
		this.categories = categories;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(TicketCreated created) {
		Optional<Ticket> found = this.tickets.findById(created.ticket().value());
		if (found.isEmpty() || found.get().categoryId() == null) {
			return;
		}
		Ticket ticket = found.get();
		List<CategoryMember> agents = this.categories.members(ticket.categoryId())
			.stream()
			.filter((member) -> member.access().includes(CategoryAccess.WRITE))
			.filter((member) -> !member.user().equals(created.requester()))
			.toList();
		Map<UserId, UserSummary> accounts = this.accounts.findAll(agents.stream().map(CategoryMember::user).toList())
			.stream()
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
		String path = "/desk/tickets/" + ticket.number();
		for (CategoryMember agent : agents) {
			UserSummary account = accounts.get(agent.user());
			if (account == null || account.state() != AccountState.ACTIVE || account.staffRole() == null) {
				continue;
			}
			this.notifications.notify(new Notice(account.id().value(), account.email(), locale(account.id()),
					NoticeKind.NEW_TICKET, TITLE, List.of(ticket.number()), REASON, List.of(agent.categoryName()), path,
					List.of(new Notice.Line(ticket.number() + " — " + ticket.subject(), path))));
		}
	}

	private Locale locale(UserId user) {
		return this.accounts.preferredLocale(user);
	}

}
