package org.guichet.ticket.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.guichet.shared.TypedText;
import org.guichet.account.UserId;
import org.guichet.shared.PhoneNumbers;
import org.guichet.shared.RichText;
import org.guichet.ticket.ArticleKind;
import org.guichet.ticket.ArticleView;
import org.guichet.ticket.AttachmentView;
import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.CategoryMember;
import org.guichet.ticket.CategoryView;
import org.guichet.ticket.DeskOverview;
import org.guichet.ticket.DeskPage;
import org.guichet.ticket.DeskQuery;
import org.guichet.ticket.DeskRow;
import org.guichet.ticket.DeskTicket;
import org.guichet.ticket.DeskTickets;
import org.guichet.ticket.DeskUser;
import org.guichet.ticket.LinkedTicket;
import org.guichet.ticket.Priority;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;
import org.guichet.ticket.TicketAccessRefusedException;
import org.guichet.ticket.TicketChangedException;
import org.guichet.ticket.TicketData;
import org.guichet.ticket.TicketLock;
import org.guichet.ticket.TicketLockedException;
import org.guichet.ticket.ThemeView;
import org.guichet.ticket.Upload;
import org.guichet.ticket.internal.TicketService.CheckedUpload;
import org.guichet.ticket.internal.TicketService.TicketInputException;
import org.guichet.ticket.internal.TicketService.TicketNotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What staff do in the desk. Every action first reads the staff member's right on the
 * ticket's category (none: not found; consultation: refused), the lock (another agent's:
 * refused) and the version they saw (older: refused, naming who changed it), then acts
 * through the ticket's workflow and records them as the last agent who acted.
 */
@Service
@Transactional
class DeskService implements DeskTickets {

	private final TicketService tickets;

	private final TicketQueries ticketQueries;

	private final DeskQueries queries;

	private final Categories categories;

	private final TicketMails mails;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TicketProperties properties;

	private final TransactionTemplate transactions;

	private final TicketAttachmentRepository attachmentFiles;

	private final RequestTypes requestTypes;

	private final TicketPrints prints;

	DeskService(TicketService tickets, TicketQueries ticketQueries, DeskQueries queries, Categories categories,
			TicketMails mails, JdbcClient jdbc, Clock clock, TicketProperties properties,
			PlatformTransactionManager transactionManager, TicketAttachmentRepository attachmentFiles,
			RequestTypes requestTypes, TicketPrints prints) {
		this.attachmentFiles = attachmentFiles;
		this.requestTypes = requestTypes;
		this.prints = prints;
		this.tickets = tickets;
		this.ticketQueries = ticketQueries;
		this.queries = queries;
		this.categories = categories;
		this.mails = mails;
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	@Transactional(readOnly = true)
	public DeskOverview overview(DeskUser user) {
		return this.queries.overview(user);
	}

	@Override
	public long[] uploadLimits() {
		return new long[] { this.properties.maxFileSize().toMegabytes(),
				this.properties.maxMessageSize().toMegabytes() };
	}

	@Override
	@Transactional(readOnly = true)
	public DeskPage search(DeskUser user, DeskQuery query) {
		return this.queries.search(user, query);
	}

	@Override
	@Transactional(readOnly = true)
	public void export(DeskUser user, DeskQuery query, int limit, Consumer<DeskRow> row) {
		this.queries.export(user, query, limit, row);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeskTicket> find(DeskUser user, String number) {
		Optional<CategoryAccess> access = this.queries.access(user, number);
		if (access.isEmpty()) {
			return Optional.empty();
		}
		Ticket ticket = this.tickets.find(number);
		String lastAgentName = (ticket.lastAgent() != null)
				? this.jdbc.sql("select display_name from users where user_id = ?")
					.param(ticket.lastAgent().value())
					.query(String.class)
					.single()
				: null;
		return Optional
			.of(new DeskTicket(ticket.id(), this.ticketQueries.card(number).orElseThrow(), ticket.categoryId(),
					ticket.requestTypeId(), ticket.beneficiary(), ticket.assignedAgent(), lastAgentName, access.get(),
					ticket.version(), this.queries.lock(ticket.id().value(), this.clock.instant()).orElse(null)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ArticleView> history(DeskUser user, String number) {
		return this.tickets.history(access(user, number, CategoryAccess.READ, "read"), true);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(DeskUser user, String number) {
		Ticket ticket = this.tickets.find(access(user, number, CategoryAccess.READ, "read"));
		return this.attachmentFiles.ofTicket(ticket.id().value()).stream().map(TicketAttachment::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InputStream> open(DeskUser user, String number, AttachmentView attachment) throws IOException {
		boolean his = attachments(user, number).stream().anyMatch((file) -> file.id().equals(attachment.id()));
		return his ? Optional.of(this.tickets.open(attachment)) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DeskRow> othersOfRequester(DeskUser user, String number, int limit) {
		return this.queries.othersOfRequester(user, number, limit);
	}

	@Override
	public TicketLock lock(DeskUser user, String number) {
		Ticket ticket = this.tickets.find(access(user, number, CategoryAccess.WRITE, "lock"));
		return take(ticket, user, true);
	}

	/**
	 * Takes or renews the lock in one statement; when another held it but let it go
	 * before it could be read, tries once more.
	 */
	private TicketLock take(Ticket ticket, DeskUser user, boolean retry) {
		Instant now = this.clock.instant();
		int taken = this.jdbc
			.sql("""
					insert into ticket_locks (ticket_id, holder_id, taken_at, expires_at) values (:ticket, :holder, :now, :until)
					on conflict (ticket_id) do update set holder_id = excluded.holder_id,
					  taken_at = case when ticket_locks.holder_id = excluded.holder_id and ticket_locks.expires_at > :now
					    then ticket_locks.taken_at else excluded.taken_at end,
					  expires_at = excluded.expires_at
					where ticket_locks.holder_id = excluded.holder_id or ticket_locks.expires_at <= :now
					""")
			.param("ticket", ticket.id().value())
			.param("holder", user.id().value())
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(this.properties.lockDuration())))
			.update();
		Optional<TicketLock> lock = this.queries.lock(ticket.id().value(), now);
		if (lock.isEmpty()) {
			if (retry) {
				return take(ticket, user, false);
			}
			throw new TicketAccessRefusedException("lock");
		}
		if (taken == 0) {
			throw new TicketLockedException(lock.get());
		}
		return lock.get();
	}

	@Override
	public void unlock(DeskUser user, String number) {
		CategoryAccess access = this.queries.access(user, number).orElseThrow(TicketNotFoundException::new);
		Ticket ticket = this.tickets.find(number);
		Optional<TicketLock> lock = this.queries.lock(ticket.id().value(), this.clock.instant());
		if (lock.isEmpty()) {
			return;
		}
		if (!lock.get().heldBy(user.id()) && !access.includes(CategoryAccess.MANAGE)) {
			throw new TicketAccessRefusedException("release the lock of another agent on");
		}
		this.jdbc.sql("delete from ticket_locks where ticket_id = ?").param(ticket.id().value()).update();
	}

	@Override
	public void take(DeskUser user, String number, long version) {
		Ticket ticket = writable(user, number, version, "take");
		this.tickets.take(number, user.id());
		ticket.actedBy(user.id(), this.clock.instant());
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public void reply(DeskUser user, String number, long version, String html, List<Upload> uploads) {
		write(user, number, version, html, uploads, ArticleKind.PUBLIC);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public void note(DeskUser user, String number, long version, String html, List<Upload> uploads) {
		write(user, number, version, html, uploads, ArticleKind.INTERNAL);
	}

	/**
	 * Checks the message and its files before the transaction (a virus scan may take a
	 * while), then writes them.
	 */
	private void write(DeskUser user, String number, long version, String html, List<Upload> uploads,
			ArticleKind kind) {
		String body = TicketService.message("body", html);
		List<CheckedUpload> checked = this.tickets.check(uploads);
		this.transactions.executeWithoutResult((status) -> {
			Ticket ticket = writable(user, number, version, "write on");
			TicketService.requireOpen(ticket, "write on");
			ticket.actedBy(user.id(), this.clock.instant());
			if (kind == ArticleKind.PUBLIC) {
				// Before the write saves the ticket, which publishes its events.
				ticket.repliedBy(user.id(), this.clock.instant());
			}
			Article article = this.tickets.write(ticket, kind, user.id(), body);
			this.tickets.attach(ticket, article, checked);
			if (kind == ArticleKind.PUBLIC) {
				this.mails.replied(ticket, article);
			}
		});
	}

	@Override
	public void askRequester(DeskUser user, String number, long version, String html) {
		Ticket ticket = writable(user, number, version, "ask the requester of");
		this.tickets.askRequester(number, user.id(), html);
		ticket.actedBy(user.id(), this.clock.instant());
	}

	@Override
	public void proposeSolution(DeskUser user, String number, long version, String html) {
		Ticket ticket = writable(user, number, version, "propose a solution for");
		this.tickets.proposeSolution(number, user.id(), html);
		ticket.actedBy(user.id(), this.clock.instant());
	}

	@Override
	public void assign(DeskUser user, String number, long version, UUID categoryId, UserId agent) {
		Ticket ticket = writable(user, number, version, "assign");
		UUID target = (categoryId != null) ? categoryId : ticket.categoryId();
		CategoryView category = (target != null) ? this.categories.find(target).orElse(null) : null;
		if (category == null || (!category.active() && !target.equals(ticket.categoryId()))) {
			throw new TicketInputException("category", "desk.error.category");
		}
		if (agent != null && !this.queries.mayHandle(agent, target)) {
			throw new TicketInputException("agent", "desk.error.agentWithoutRight");
		}
		if (target.equals(ticket.categoryId()) && Objects.equals(agent, ticket.assignedAgent())) {
			return;
		}
		ticket.assign(target, agent, this.clock.instant());
		ticket.actedBy(user.id(), this.clock.instant());
		String agentName = (agent != null) ? this.jdbc.sql("select display_name from users where user_id = ?")
			.param(agent.value())
			.query(String.class)
			.single() : "—";
		this.tickets.system(ticket, user.id(), "desk.history.assigned", category.name(), agentName);
	}

	@Override
	public void changePriority(DeskUser user, String number, long version, Priority priority) {
		Ticket ticket = writable(user, number, version, "change the priority of");
		if (priority == null) {
			throw new TicketInputException("priority", "NotBlank");
		}
		if (priority == ticket.priority()) {
			return;
		}
		ticket.changePriority(priority, this.clock.instant());
		ticket.actedBy(user.id(), this.clock.instant());
		this.tickets.system(ticket, user.id(), "desk.history.priority." + priority.name());
	}

	@Override
	public void editData(DeskUser user, String number, long version, TicketData data) {
		Ticket ticket = writable(user, number, version, "correct");
		String subject = TicketService.subject(data.subject());
		String phone = optional(data.phone(), PhoneNumbers.MAX_LENGTH, "phone");
		if (phone != null && !PhoneNumbers.isAcceptable(phone)) {
			throw new TicketInputException("phone", "form.error.phone");
		}
		String availability = optional(data.availability(), 300, "availability");
		String location = optional(data.location(), 300, "location");
		if (data.impact() == null) {
			throw new TicketInputException("impact", "NotBlank");
		}
		if (data.urgency() == null) {
			throw new TicketInputException("urgency", "NotBlank");
		}
		Map<String, String[]> changes = new LinkedHashMap<>();
		change(changes, "subject", ticket.subject(), subject);
		change(changes, "phone", ticket.phone(), phone);
		change(changes, "availability", ticket.availability(), availability);
		change(changes, "location", ticket.location(), location);
		// a value of a list: its new value names the entry, which the reader reads in
		// their
		// language
		change(changes, "impact." + data.impact().name(), ticket.impact().name(), data.impact().name());
		change(changes, "urgency." + data.urgency().name(), ticket.urgency().name(), data.urgency().name());
		if (changes.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		ticket.correct(subject, phone, availability, location, data.impact(), data.urgency(),
				this.properties.priorityMatrix(), now);
		ticket.actedBy(user.id(), now);
		changes.forEach((field, values) -> {
			if (field.contains(".")) {
				this.tickets.system(ticket, user.id(), "desk.history.data." + field);
			}
			else {
				this.tickets.system(ticket, user.id(), "desk.history.data." + field, values[0], values[1]);
			}
		});
	}

	private static void change(Map<String, String[]> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.put(field, new String[] { (before != null) ? before : "—", (after != null) ? after : "—" });
		}
	}

	private static String optional(String text, int max, String field) {
		String given = (text != null) ? TypedText.clean(text).strip() : "";
		if (given.length() > max) {
			throw new TicketInputException(field, "ticket.error.tooLong");
		}
		return given.isEmpty() ? null : given;
	}

	@Override
	public void removeAttachment(DeskUser user, String number, long version, UUID attachmentId) {
		Ticket ticket = writable(user, number, version, "remove a file of");
		TicketService.requireOpen(ticket, "remove a file of");
		TicketAttachment file = this.attachmentFiles.ofTicket(ticket.id().value())
			.stream()
			.filter((candidate) -> candidate.view().id().equals(attachmentId))
			.findFirst()
			.orElseThrow(TicketNotFoundException::new);
		this.attachmentFiles.delete(file);
		ticket.actedBy(user.id(), this.clock.instant());
		this.tickets.system(ticket, user.id(), "desk.history.fileRemoved", file.view().fileName());
	}

	@Override
	public void requalify(DeskUser user, String number, long version, UUID requestTypeId, UUID themeId) {
		Ticket ticket = writable(user, number, version, "requalify");
		RequestTypeView type = (requestTypeId != null) ? this.requestTypes.find(requestTypeId)
			.filter(RequestTypeView::active)
			.orElseThrow(() -> new TicketInputException("requestType", "desk.error.requestType")) : null;
		if (type == null) {
			throw new TicketInputException("requestType", "desk.error.requestType");
		}
		ThemeView theme = null;
		if (themeId != null) {
			theme = type.activeTheme(themeId).orElseThrow(() -> new TicketInputException("theme", "desk.error.theme"));
		}
		ticket.requalify(type.id(), (theme != null) ? theme.id() : null, (theme != null) ? theme.path() : null,
				type.categoryId(), this.clock.instant());
		ticket.actedBy(user.id(), this.clock.instant());
		this.tickets.system(ticket, user.id(), "desk.history.requalified", type.name(),
				(theme != null) ? theme.path() : "—");
	}

	@Override
	public void link(DeskUser user, String number, long version, String other) {
		Ticket ticket = writable(user, number, version, "link");
		TicketService.requireOpen(ticket, "link");
		Ticket linked = changeableOther(user, number, other, "other");
		Instant now = this.clock.instant();
		int added = this.jdbc.sql("""
				insert into ticket_links (ticket_id, linked_id, kind, created_by, created_at)
				select ?, ?, 'RELATED', ?, ? where not exists (select 1 from ticket_links
				  where (ticket_id = ? and linked_id = ?) or (ticket_id = ? and linked_id = ?))
				""")
			.params(ticket.id().value(), linked.id().value(), user.id().value(), Timestamp.from(now),
					ticket.id().value(), linked.id().value(), linked.id().value(), ticket.id().value())
			.update();
		if (added == 0) {
			throw new TicketInputException("other", "desk.error.alreadyLinked");
		}
		ticket.actedBy(user.id(), now);
		this.tickets.system(ticket, user.id(), "desk.history.linked", linked.number());
		this.tickets.system(linked, user.id(), "desk.history.linked", ticket.number());
	}

	@Override
	public void unlink(DeskUser user, String number, long version, String other) {
		Ticket ticket = writable(user, number, version, "unlink");
		TicketService.requireOpen(ticket, "unlink");
		Ticket linked = visibleOther(user, number, other, "other");
		int removed = this.jdbc.sql("""
				delete from ticket_links where kind = 'RELATED'
				and ((ticket_id = ? and linked_id = ?) or (ticket_id = ? and linked_id = ?))
				""")
			.params(ticket.id().value(), linked.id().value(), linked.id().value(), ticket.id().value())
			.update();
		if (removed > 0) {
			ticket.actedBy(user.id(), this.clock.instant());
			this.tickets.system(ticket, user.id(), "desk.history.unlinked", linked.number());
		}
	}

	@Override
	public void merge(DeskUser user, String number, long version, String target) {
		Ticket duplicate = writable(user, number, version, "merge");
		Ticket kept = changeableOther(user, number, target, "target");
		if (!kept.organization().equals(duplicate.organization())) {
			// the requester is told where their request went: it must be their
			// organization's
			throw new TicketInputException("target", "desk.error.mergeOtherOrganization");
		}
		if (!kept.state().isOpen()) {
			throw new TicketInputException("target", "desk.error.mergeTargetClosed");
		}
		Instant now = this.clock.instant();
		duplicate.mergeInto(kept.number(), now);
		duplicate.actedBy(user.id(), now);
		kept.actedBy(user.id(), now);
		this.jdbc.sql(
				"delete from ticket_links where (ticket_id = ? and linked_id = ?) or (ticket_id = ? and linked_id = ?)")
			.params(duplicate.id().value(), kept.id().value(), kept.id().value(), duplicate.id().value())
			.update();
		this.jdbc.sql(
				"insert into ticket_links (ticket_id, linked_id, kind, created_by, created_at) values (?, ?, 'MERGED', ?, ?)")
			.params(duplicate.id().value(), kept.id().value(), user.id().value(), Timestamp.from(now))
			.update();
		this.tickets.system(duplicate, user.id(), "desk.history.mergedInto", kept.number());
		this.tickets.system(kept, user.id(), "desk.history.mergedHere", duplicate.number());
		this.mails.closed(duplicate);
	}

	/**
	 * @return the other ticket of a link or merge, when the user may change it too: a
	 * right to write, and no lock of another's
	 */
	private Ticket changeableOther(DeskUser user, String number, String other, String field) {
		Ticket found = visibleOther(user, number, other, field);
		if (!this.queries.access(user, found.number()).orElseThrow().includes(CategoryAccess.WRITE)) {
			throw new TicketInputException(field, "desk.error.otherReadOnly");
		}
		Optional<TicketLock> lock = this.queries.lock(found.id().value(), this.clock.instant());
		if (lock.isPresent() && !lock.get().heldBy(user.id())) {
			throw new TicketInputException(field, "desk.error.otherLocked");
		}
		return found;
	}

	/**
	 * @return the other ticket of a link or merge, when the user may see it and it is not
	 * the same
	 */
	private Ticket visibleOther(DeskUser user, String number, String other, String field) {
		String given = (other != null) ? other.strip().toUpperCase(Locale.ROOT) : "";
		if (given.isEmpty()) {
			throw new TicketInputException(field, "NotBlank");
		}
		if (given.equals(number)) {
			throw new TicketInputException(field, "desk.error.sameTicket");
		}
		if (this.queries.access(user, given).isEmpty()) {
			throw new TicketInputException(field, "desk.error.unknownTicket");
		}
		return this.tickets.find(given);
	}

	@Override
	@Transactional(readOnly = true)
	public List<LinkedTicket> links(DeskUser user, String number) {
		Ticket ticket = this.tickets.find(access(user, number, CategoryAccess.READ, "read"));
		return this.queries.links(user, ticket.id().value());
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] print(DeskUser user, String number) {
		List<ArticleView> history = history(user, number);
		Map<UserId, String> names = new HashMap<>();
		this.jdbc
			.sql("select user_id, display_name from users where user_id in (select author_id from ticket_articles"
					+ " where ticket_id = (select ticket_id from tickets where number = ?))")
			.param(number)
			.query((row, index) -> names.put(new UserId(row.getObject("user_id", UUID.class)),
					row.getString("display_name")))
			.list();
		return this.prints.print(this.ticketQueries.card(number).orElseThrow(), history, names);
	}

	@Override
	public void recordContact(DeskUser user, String number, String medium, String detail, String noteHtml) {
		Ticket ticket = this.tickets.find(access(user, number, CategoryAccess.WRITE, "contact the requester of"));
		Optional<TicketLock> lock = this.queries.lock(ticket.id().value(), this.clock.instant());
		if (lock.isPresent() && !lock.get().heldBy(user.id())) {
			throw new TicketLockedException(lock.get());
		}
		String note = (noteHtml != null && RichText.hasText(RichText.sanitize(noteHtml)))
				? TicketService.message("note", noteHtml) : null;
		ticket.actedBy(user.id(), this.clock.instant());
		this.tickets.system(ticket, user.id(), "desk.history.contact." + medium, detail);
		if (note != null) {
			this.tickets.write(ticket, ArticleKind.INTERNAL, user.id(), note);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> mailToken(DeskUser user, String number) {
		if (this.queries.access(user, number).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.tickets.find(number).mailToken());
	}

	@Override
	@Transactional(readOnly = true)
	public List<CategoryMember> handlers(UUID categoryId) {
		return this.categories.members(categoryId)
			.stream()
			.filter((member) -> member.access().includes(CategoryAccess.WRITE))
			.toList();
	}

	/**
	 * @return the ticket's number, once the user's right on it is at least {@code needed}
	 * @throws TicketNotFoundException when they may not see it
	 * @throws TicketAccessRefusedException when their right is smaller
	 */
	private String access(DeskUser user, String number, CategoryAccess needed, String action) {
		CategoryAccess access = this.queries.access(user, number).orElseThrow(TicketNotFoundException::new);
		if (!access.includes(needed)) {
			throw new TicketAccessRefusedException(action);
		}
		return number;
	}

	/**
	 * @return the ticket, when the user may change it: a right to write, no lock of
	 * another's, and no change since the version they saw
	 */
	private Ticket writable(DeskUser user, String number, long version, String action) {
		Ticket ticket = this.tickets.find(access(user, number, CategoryAccess.WRITE, action));
		Optional<TicketLock> lock = this.queries.lock(ticket.id().value(), this.clock.instant());
		if (lock.isPresent() && !lock.get().heldBy(user.id())) {
			throw new TicketLockedException(lock.get());
		}
		if (ticket.version() != version) {
			throw new TicketChangedException(this.queries.lastActorName(ticket.id().value()));
		}
		return ticket;
	}

}
