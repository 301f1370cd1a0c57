package org.guichet.ticket.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guichet.shared.TypedText;
import org.guichet.account.EmailAddress;
import org.guichet.account.UserId;
import org.guichet.organization.ContractView;
import org.guichet.organization.Contracts;
import org.guichet.organization.OrganizationContact;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.shared.RichText;
import org.guichet.shared.FieldRefusedException;
import org.guichet.shared.PhoneNumbers;
import org.guichet.shared.storage.FileStore;
import org.guichet.shared.storage.StoredFile;
import org.guichet.shared.storage.UploadPolicy;
import org.guichet.shared.storage.VirusScanner;
import org.guichet.ticket.ArticleKind;
import org.guichet.ticket.ArticleView;
import org.guichet.ticket.AttachmentView;
import org.guichet.ticket.Channel;
import org.guichet.ticket.Impact;
import org.guichet.ticket.NewTicket;
import org.guichet.ticket.PriorityMatrix;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;
import org.guichet.ticket.Satisfaction;
import org.guichet.ticket.SurveyAnswer;
import org.guichet.ticket.ThemeView;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.TicketLock;
import org.guichet.ticket.TicketLockedException;
import org.guichet.ticket.Tickets;
import org.guichet.ticket.TransitionRefusedException;
import org.guichet.ticket.Upload;
import org.guichet.ticket.Urgency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What requesters and staff do with tickets, each action in one transaction: the workflow
 * move, the message that goes with it, and a system entry in the history. The portal and
 * the desk call it; who may act on which ticket is checked by them, on the organization
 * or the category, before.
 */
@Service
@Transactional
public class TicketService implements Tickets {

	private static final Logger log = LoggerFactory.getLogger(TicketService.class);

	static final int MAX_SUBJECT = 300;

	static final int MAX_WATCHERS = 10;

	/**
	 * What the desk writes in the history that only staff read: links name tickets of
	 * other organizations, and a file taken off may have come with an internal note.
	 */
	private static final Set<String> STAFF_ONLY_ENTRIES = Set.of("desk.history.linked", "desk.history.unlinked",
			"desk.history.fileRemoved");

	private final TicketRepository tickets;

	private final ArticleRepository articles;

	private final TicketNumbers numbers;

	private final Clock clock;

	private final PriorityMatrix priorities;

	private final RequestTypes requestTypes;

	private final Contracts contracts;

	private final Organizations organizations;

	private final JdbcClient jdbc;

	private final TicketMails mails;

	private final TicketWatchers watchers;

	private final VirusScanner scanner;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final TicketAttachmentRepository attachments;

	private final FileStore files;

	private final TicketProperties properties;

	private final DeskQueries deskQueries;

	TicketService(TicketRepository tickets, ArticleRepository articles, TicketNumbers numbers, Clock clock,
			TicketAttachmentRepository attachments, FileStore files, TicketProperties properties,
			RequestTypes requestTypes, Contracts contracts, Organizations organizations, JdbcClient jdbc,
			TicketMails mails, TicketWatchers watchers, VirusScanner scanner,
			PlatformTransactionManager transactionManager, DeskQueries deskQueries) {
		this.deskQueries = deskQueries;
		this.tickets = tickets;
		this.articles = articles;
		this.numbers = numbers;
		this.clock = clock;
		this.attachments = attachments;
		this.files = files;
		this.properties = properties;
		this.priorities = properties.priorityMatrix();
		this.requestTypes = requestTypes;
		this.contracts = contracts;
		this.organizations = organizations;
		this.jdbc = jdbc;
		this.mails = mails;
		this.watchers = watchers;
		this.scanner = scanner;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
	}

	/**
	 * A requester files a ticket from the form of its request type: every field is
	 * checked against the type, the organization's contracts and members, before anything
	 * is saved. The description is the first public message; the requester, the
	 * beneficiary and the watchers are told by e-mail.
	 * @return its number
	 * @throws TicketInputException naming the first field that cannot be accepted
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public String file(NewTicket request) {
		subject(request.subject());
		message("description", request.description());
		// files are read and scanned before the transaction: no database connection waits
		// for the virus scanner
		List<CheckedUpload> checked = check(request.uploads());
		// checked before the number is taken, so that a refused request uses none
		Filing filing = this.reads.execute((status) -> validate(request));
		// the number's own short transaction comes before the ticket's: threads that
		// held a connection while waiting for a second one would, as many as the pool
		// has connections, wait for ever (seen filing 300 tickets a second)
		String number = this.numbers.next();
		return this.transactions.execute((status) -> write(request, filing, number, checked));
	}

	/**
	 * Files the request with files already checked, in the caller's transaction (the mail
	 * reader's single thread: its number's transaction is the only one it nests).
	 */
	String file(NewTicket request, List<CheckedUpload> checked) {
		Filing filing = validate(request);
		return write(request, filing, this.numbers.next(), checked);
	}

	/**
	 * What a request asks, checked.
	 */
	private record Filing(String title, RequestTypeView type, ThemeView theme, ContractView contract, String body,
			Impact impact, Urgency urgency, UserId beneficiary, String phone, String availability,
			List<String> watchers) {
	}

	private Filing validate(NewTicket request) {
		String title = subject(request.subject());
		RequestTypeView type = Optional.ofNullable(request.requestTypeId())
			.flatMap(this.requestTypes::find)
			.filter(RequestTypeView::active)
			.orElseThrow(() -> new TicketInputException("requestTypeId", "ticket.error.requestType"));
		ThemeView theme = null;
		if (request.themeId() != null) {
			theme = type.activeTheme(request.themeId())
				.orElseThrow(() -> new TicketInputException("themeId", "ticket.error.theme"));
		}
		ContractView contract = contract(request, type);
		String body = message("description", request.description());
		Impact impact = type.showsImpact() ? required("impact", request.impact()) : Impact.MINOR;
		Urgency urgency = type.showsUrgency() ? required("urgency", request.urgency()) : Urgency.MEDIUM;
		UserId beneficiary = beneficiary(request, type);
		String phone = null;
		String availability = null;
		if (type.showsAvailability()) {
			phone = optional(request.phone());
			if (phone != null && !PhoneNumbers.isAcceptable(phone)) {
				throw new TicketInputException("phone", "form.error.phone");
			}
			availability = optional(request.availability());
			if (availability != null && availability.length() > 300) {
				throw new TicketInputException("availability", "ticket.error.tooLong");
			}
		}
		List<String> watchers = type.showsWatchers() ? watchers(request.watchers()) : List.of();
		return new Filing(title, type, theme, contract, body, impact, urgency, beneficiary, phone, availability,
				watchers);
	}

	private String write(NewTicket request, Filing filing, String number, List<CheckedUpload> checked) {
		Instant now = this.clock.instant();
		Ticket ticket = Ticket.file(number, request.organization(), request.requester(), filing.title(),
				filing.impact(), filing.urgency(), this.priorities, now);
		ThemeView theme = filing.theme();
		ContractView contract = filing.contract();
		ticket.describe(new TicketDetails(filing.type().id(), (theme != null) ? theme.id() : null,
				(theme != null) ? theme.path() : null, filing.type().categoryId(),
				(contract != null) ? contract.product().id() : null, (contract != null) ? contract.id() : null,
				filing.beneficiary(), filing.phone(), filing.availability(), location(request.organization()),
				request.channel()));
		this.tickets.save(ticket);
		Article description = write(ticket, ArticleKind.PUBLIC,
				(request.filedBy() != null) ? request.filedBy() : request.requester(), filing.body());
		attach(ticket, description, checked);
		// the watchers are written with JDBC: the ticket must be in the database first
		this.tickets.flush();
		for (String watcher : filing.watchers()) {
			this.watchers.add(ticket.id(), watcher, now);
		}
		this.mails.filed(ticket, description);
		return ticket.number();
	}

	private ContractView contract(NewTicket request, RequestTypeView type) {
		if (request.productId() == null) {
			if (type.contractRequired()) {
				throw new TicketInputException("productId", "ticket.error.productRequired");
			}
			return null;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.clock.getZone());
		return this.contracts.of(request.organization())
			.stream()
			.filter((contract) -> contract.product().id().equals(request.productId()) && contract.product().active()
					&& contract.isActiveOn(today))
			.findFirst()
			.orElseThrow(() -> new TicketInputException("productId", "ticket.error.product"));
	}

	private UserId beneficiary(NewTicket request, RequestTypeView type) {
		if (!type.showsBeneficiary() || request.beneficiary() == null
				|| request.beneficiary().equals(request.requester())) {
			return null;
		}
		if (this.organizations.membership(request.beneficiary(), request.organization()).isEmpty()) {
			throw new TicketInputException("beneficiary", "ticket.error.beneficiary");
		}
		return request.beneficiary();
	}

	private String location(OrganizationId organization) {
		return this.organizations.card(organization).map((card) -> {
			OrganizationContact contact = card.contact();
			String place = Stream
				.of(contact.street(),
						Stream.of(contact.postcode(), contact.city())
							.filter((part) -> part != null && !part.isBlank())
							.collect(Collectors.joining(" ")))
				.filter((part) -> part != null && !part.isBlank())
				.collect(Collectors.joining(", "));
			return place.isEmpty() ? null : place.substring(0, Math.min(place.length(), 300));
		}).orElse(null);
	}

	private static List<String> watchers(List<String> typed) {
		List<String> addresses = new ArrayList<>();
		for (String one : typed) {
			if (one == null || one.isBlank()) {
				continue;
			}
			String address = EmailAddress.of(one)
				.orElseThrow(() -> new TicketInputException("watchers", "ticket.error.watcher"))
				.value();
			if (!addresses.contains(address)) {
				addresses.add(address);
			}
		}
		if (addresses.size() > MAX_WATCHERS) {
			throw new TicketInputException("watchers", "ticket.error.tooManyWatchers");
		}
		return addresses;
	}

	static String subject(String subject) {
		String title = (subject != null) ? TypedText.clean(subject).strip() : "";
		if (title.isEmpty()) {
			throw new TicketInputException("subject", "NotBlank");
		}
		if (title.length() > MAX_SUBJECT) {
			throw new TicketInputException("subject", "ticket.error.tooLong");
		}
		return title;
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new TicketInputException(field, "ticket.error.choose");
		}
		return value;
	}

	private static String optional(String text) {
		return (text == null || text.isBlank()) ? null : TypedText.clean(text).strip();
	}

	@Override
	public void take(String number, UserId agent) {
		Ticket ticket = find(number);
		ticket.take(agent, this.clock.instant());
		system(ticket, agent, "ticket.history.taken");
		this.mails.taken(ticket);
	}

	/**
	 * Staff write to the requester, or a note for staff only, on an open ticket.
	 */
	@Override
	public void reply(String number, UserId author, String html, boolean internal) {
		Ticket ticket = find(number);
		requireOpen(ticket, "reply to");
		if (!internal) {
			ticket.repliedBy(author, this.clock.instant());
		}
		Article article = write(ticket, internal ? ArticleKind.INTERNAL : ArticleKind.PUBLIC, author,
				message("body", html));
		if (!internal) {
			this.mails.replied(ticket, article);
		}
	}

	/**
	 * Staff ask the requester something; the ticket waits for the answer.
	 */
	@Override
	public void askRequester(String number, UserId agent, String question) {
		Ticket ticket = find(number);
		String body = message("body", question);
		ticket.askRequester(agent, this.clock.instant());
		this.mails.asked(ticket, write(ticket, ArticleKind.PUBLIC, agent, body));
	}

	/**
	 * The requester writes on an open ticket, with files; if it waited for their answer,
	 * it goes back to the agent.
	 * @throws TicketInputException when the message is empty or a file is refused;
	 * nothing is saved then
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public void requesterReplies(String number, UserId requester, String html, List<Upload> uploads) {
		String body = message("body", html);
		List<CheckedUpload> checked = check(uploads);
		this.transactions
			.executeWithoutResult((status) -> requesterWrites(number, requester, body, checked, "reply to", null));
	}

	/**
	 * Writes what the requester sent, with its files: an answer to a question sends the
	 * ticket back to the agent; the others of the ticket are told.
	 * @param systemKey a history entry to write before the message, or {@code null}
	 */
	private void requesterWrites(String number, UserId requester, String body, List<CheckedUpload> checked,
			String action, String systemKey) {
		Ticket ticket = find(number);
		requireUnlocked(ticket);
		requireAnswerable(ticket, action);
		if (ticket.state() == TicketState.WAITING_FOR_REQUESTER) {
			ticket.requesterAnswered(this.clock.instant());
		}
		ticket.touch(this.clock.instant());
		if (systemKey != null) {
			system(ticket, requester, systemKey);
		}
		Article article = write(ticket, ArticleKind.PUBLIC, requester, body);
		attach(ticket, article, checked);
		this.mails.requesterWrote(ticket, article, requester);
	}

	/**
	 * A solution waits for the requester's decision: they accept or refuse it, with a
	 * reason, rather than write beside it while the auto-close clock runs.
	 */
	private static void requireAnswerable(Ticket ticket, String action) {
		if (!ticket.state().isOpen() || ticket.state() == TicketState.RESOLVED) {
			throw new TransitionRefusedException(ticket.state(), action);
		}
	}

	/**
	 * The requester adds to the description of a ticket not yet closed ("compléter la
	 * description"): a dated complement in the history.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void complete(String number, UserId requester, String html, List<Upload> uploads) {
		String body = message("complement", html);
		List<CheckedUpload> checked = check(uploads);
		this.transactions.executeWithoutResult(
				(status) -> requesterWrites(number, requester, body, checked, "complete", "ticket.history.completed"));
	}

	@Override
	public void proposeSolution(String number, UserId agent, String solution) {
		Ticket ticket = find(number);
		String body = message("body", solution);
		ticket.proposeSolution(agent, this.clock.instant());
		Article article = write(ticket, ArticleKind.PUBLIC, agent, body);
		system(ticket, agent, "ticket.history.solutionProposed");
		this.mails.solutionProposed(ticket, article);
	}

	public void acceptSolution(String number, UserId requester) {
		Ticket ticket = find(number);
		requireUnlocked(ticket);
		ticket.acceptSolution(this.clock.instant());
		system(ticket, requester, "ticket.history.closed");
		this.mails.closed(ticket);
	}

	/**
	 * The requester accepts the solution by answering the satisfaction questionnaire: the
	 * ticket closes, the answers are kept.
	 * @throws TicketInputException without a score from 0 to 10, or with a comment too
	 * long; nothing is saved then
	 */
	@Override
	public void acceptSolution(String number, UserId requester, SurveyAnswer answer) {
		if (answer.score() == null) {
			throw new TicketInputException("score", "ticket.error.score");
		}
		if (answer.score() < 0 || answer.score() > 10) {
			throw new TicketInputException("score", "ticket.error.scoreRange");
		}
		String comment = optional(answer.comment());
		if (comment != null && comment.length() > 4000) {
			throw new TicketInputException("comment", "ticket.error.tooLong");
		}
		Ticket ticket = find(number);
		requireUnlocked(ticket);
		ticket.acceptSolution(this.clock.instant());
		system(ticket, requester, "ticket.history.closed");
		this.jdbc
			.sql("insert into ticket_surveys (ticket_id, respondent_id, score, delay, follow_up, solution, regulatory,"
					+ " technical, human, comment, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(ticket.id().value(), requester.value(), answer.score(), name(answer.delay()),
					name(answer.followUp()), name(answer.solution()), name(answer.regulatory()),
					name(answer.technical()), name(answer.human()), comment, Timestamp.from(this.clock.instant()))
			.update();
		this.mails.closed(ticket);
	}

	/**
	 * @return the requester's answer to the questionnaire, if they gave one
	 */
	@Transactional(readOnly = true)
	public Optional<SurveyAnswer> survey(String number) {
		Ticket ticket = find(number);
		return this.jdbc
			.sql("select score, delay, follow_up, solution, regulatory, technical, human, comment"
					+ " from ticket_surveys where ticket_id = ?")
			.param(ticket.id().value())
			.query((row, index) -> new SurveyAnswer(row.getInt("score"), satisfaction(row.getString("delay")),
					satisfaction(row.getString("follow_up")), satisfaction(row.getString("solution")),
					satisfaction(row.getString("regulatory")), satisfaction(row.getString("technical")),
					satisfaction(row.getString("human")), row.getString("comment")))
			.optional();
	}

	private static String name(Satisfaction satisfaction) {
		return (satisfaction != null) ? satisfaction.name() : null;
	}

	private static Satisfaction satisfaction(String name) {
		return (name != null) ? Satisfaction.valueOf(name) : null;
	}

	/**
	 * @return the addresses that follow the ticket by e-mail, in the order they were
	 * added
	 */
	@Transactional(readOnly = true)
	public List<String> watchers(String number) {
		return this.watchers.of(find(number).id());
	}

	/**
	 * Someone who may act on the ticket adds an address that follows it by e-mail.
	 * @throws TicketInputException when the address is not one, or too many follow
	 */
	public void addWatcher(String number, String email) {
		Ticket ticket = find(number);
		requireOpen(ticket, "add a watcher to");
		String address = EmailAddress.of((email != null) ? email : "")
			.orElseThrow(() -> new TicketInputException("watcher", "ticket.error.watcher"))
			.value();
		List<String> current = this.watchers.of(ticket.id());
		if (current.contains(address)) {
			return;
		}
		if (current.size() >= MAX_WATCHERS) {
			throw new TicketInputException("watcher", "ticket.error.tooManyWatchers");
		}
		this.watchers.add(ticket.id(), address, this.clock.instant());
	}

	public void removeWatcher(String number, String email) {
		this.watchers.remove(find(number).id(), email);
	}

	/**
	 * An administrator of the organization gives the ticket to another of its members.
	 * @throws TicketInputException when the new owner is not an active member
	 */
	public void reassign(String number, UserId administrator, UserId owner) {
		Ticket ticket = find(number);
		if (owner == null || this.organizations.membership(owner, ticket.organization()).isEmpty()) {
			throw new TicketInputException("owner", "ticket.error.owner");
		}
		ticket.reassign(owner, this.clock.instant());
		system(ticket, administrator, "ticket.history.reassigned");
	}

	/**
	 * @throws TicketInputException without a reason
	 */
	@Override
	public void refuseSolution(String number, UserId requester, String reason) {
		Ticket ticket = find(number);
		requireUnlocked(ticket);
		String given = plain("reason", reason);
		ticket.refuseSolution(given, this.clock.instant());
		this.mails.requesterWrote(ticket, write(ticket, ArticleKind.PUBLIC, requester, RichText.sanitize(given)),
				requester);
		system(ticket, requester, "ticket.history.solutionRefused");
	}

	/**
	 * Nobody answered the proposed solution in time: Guichet closes the ticket.
	 */
	@Override
	public void closeUnanswered(String number) {
		Ticket ticket = find(number);
		ticket.closeUnanswered(this.clock.instant());
		system(ticket, null, "ticket.history.closedAutomatically");
		this.mails.closed(ticket);
	}

	/**
	 * @throws TicketInputException without a reason
	 */
	@Override
	public void cancel(String number, UserId requester, String reason) {
		Ticket ticket = find(number);
		requireUnlocked(ticket);
		ticket.cancel(plain("reason", reason), this.clock.instant());
		system(ticket, requester, "ticket.history.cancelled");
		this.mails.cancelled(ticket);
	}

	/**
	 * @throws TicketInputException without a cause
	 */
	@Override
	public void closeBeforeIntervention(String number, UserId requester, String cause) {
		Ticket ticket = find(number);
		requireUnlocked(ticket);
		ticket.closeBeforeIntervention(plain("cause", cause), this.clock.instant());
		system(ticket, requester, "ticket.history.closedBeforeIntervention");
		this.mails.closed(ticket);
	}

	@Transactional(readOnly = true)
	public Optional<TicketState> state(String number) {
		return this.tickets.findByNumber(number).map(Ticket::state);
	}

	/**
	 * @param withInternalNotes whether the reader is staff
	 * @return the history, oldest first
	 */
	@Transactional(readOnly = true)
	public List<ArticleView> history(String number, boolean withInternalNotes) {
		Ticket ticket = find(number);
		EnumSet<ArticleKind> kinds = withInternalNotes ? EnumSet.allOf(ArticleKind.class)
				: EnumSet.of(ArticleKind.PUBLIC, ArticleKind.SYSTEM);
		return this.articles.history(ticket.id().value(), kinds)
			.stream()
			.map(Article::view)
			.filter((article) -> withInternalNotes || !STAFF_ONLY_ENTRIES.contains(article.systemKey()))
			.toList();
	}

	/**
	 * @return one file of the ticket
	 */
	@Transactional(readOnly = true)
	public Optional<AttachmentView> attachment(String number, UUID attachmentId) {
		return attachments(number).stream().filter((attachment) -> attachment.id().equals(attachmentId)).findFirst();
	}

	/**
	 * @return the bytes of a file of a ticket, to be closed by the caller
	 */
	public InputStream open(AttachmentView attachment) throws IOException {
		return this.files.open(attachment.sha256());
	}

	Ticket find(String number) {
		return this.tickets.findByNumber(number).orElseThrow(TicketNotFoundException::new);
	}

	static void requireOpen(Ticket ticket, String action) {
		if (!ticket.state().isOpen()) {
			throw new TransitionRefusedException(ticket.state(), action);
		}
	}

	static String message(String field, String html) {
		String body = RichText.sanitize((html != null) ? TypedText.clean(html) : null);
		if (!RichText.hasText(body)) {
			throw new TicketInputException(field, "NotBlank");
		}
		return body;
	}

	private static String plain(String field, String text) {
		String given = (text != null) ? TypedText.clean(text).strip() : "";
		if (given.isEmpty()) {
			throw new TicketInputException(field, "NotBlank");
		}
		if (given.length() > 2000) {
			throw new TicketInputException(field, "ticket.error.tooLong");
		}
		return given;
	}

	/**
	 * @return the files of the ticket's public messages, in the order they came
	 */
	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(String number) {
		return this.attachments.publicOfTicket(find(number).id().value()).stream().map(TicketAttachment::view).toList();
	}

	Article write(Ticket ticket, ArticleKind kind, UserId author, String body) {
		this.tickets.save(ticket);
		return this.articles.save(new Article(ticket.id(), kind, author, body, this.clock.instant()));
	}

	/**
	 * Writes a public message that came by e-mail.
	 */
	Article writeFromMail(Ticket ticket, UserId author, String body) {
		this.tickets.save(ticket);
		return this.articles
			.save(new Article(ticket.id(), ArticleKind.PUBLIC, author, body, Channel.EMAIL, this.clock.instant()));
	}

	/**
	 * Checks every file before anything is stored: its size, the message's total, its
	 * extension against its first bytes.
	 */
	List<CheckedUpload> check(List<Upload> uploads) {
		long total = 0;
		List<CheckedUpload> checked = new ArrayList<>();
		for (Upload upload : uploads) {
			if (upload.size() > this.properties.maxFileSize().toBytes()) {
				throw new TicketInputException("attachments", "upload.error.tooLarge");
			}
			total += upload.size();
			if (total > this.properties.maxMessageSize().toBytes()) {
				throw new TicketInputException("attachments", "upload.error.messageTooLarge");
			}
			byte[] head = head(upload);
			String refusal = UploadPolicy.refusal(upload.fileName(), head).orElse(null);
			if (refusal != null) {
				throw new TicketInputException("attachments", refusal);
			}
			scan(upload);
			checked.add(new CheckedUpload(upload, fileName(upload.fileName()), UploadPolicy.mediaType(head)));
		}
		return checked;
	}

	void attach(Ticket ticket, Article article, List<CheckedUpload> checked) {
		for (CheckedUpload upload : checked) {
			StoredFile stored;
			try (InputStream in = upload.upload().content().getInputStream()) {
				stored = this.files.store(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (stored.size() > this.properties.maxFileSize().toBytes()) {
				throw new TicketInputException("attachments", "upload.error.tooLarge");
			}
			this.attachments.save(new TicketAttachment(ticket.id(), article.id(), upload.fileName(), upload.mediaType(),
					stored.size(), stored.sha256(), this.clock.instant()));
		}
	}

	/**
	 * Refuses an infected file, and any file while the configured scanner cannot answer.
	 */
	private void scan(Upload upload) {
		if (!this.scanner.enabled()) {
			return;
		}
		VirusScanner.Verdict verdict;
		try (InputStream in = upload.content().getInputStream()) {
			verdict = this.scanner.scan(in);
		}
		catch (IOException ex) {
			log.warn("Virus scan failed, file {} refused: {}", upload.fileName(), ex.getMessage());
			throw new TicketInputException("attachments", "upload.error.scanFailed");
		}
		if (!verdict.clean()) {
			log.warn("Virus {} found in {}, refused", verdict.signature(), upload.fileName());
			throw new TicketInputException("attachments", "upload.error.virus");
		}
	}

	private static byte[] head(Upload upload) {
		try (InputStream in = upload.content().getInputStream()) {
			return in.readNBytes(8192);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the name without any folder a browser sent and without control characters,
	 * at most 255 characters
	 */
	private static String fileName(String name) {
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		return (last.length() > 255) ? last.substring(last.length() - 255) : last;
	}

	record CheckedUpload(Upload upload, String fileName, String mediaType) {
	}

	/**
	 * Writes what the workflow did in the history: a message key, then the values it
	 * names, one per line ({@link ArticleView#systemArguments()}).
	 */
	void system(Ticket ticket, UserId actor, String messageKey, String... arguments) {
		StringBuilder body = new StringBuilder(messageKey);
		for (String argument : arguments) {
			body.append('\n').append(argument.replace('\n', ' '));
		}
		write(ticket, ArticleKind.SYSTEM, actor, body.toString());
	}

	/**
	 * While an agent works on the ticket in the desk, the requester cannot change it.
	 * @throws TicketLockedException then
	 */
	private void requireUnlocked(Ticket ticket) {
		Optional<TicketLock> lock = this.deskQueries.lock(ticket.id().value(), this.clock.instant());
		if (lock.isPresent()) {
			throw new TicketLockedException(lock.get());
		}
	}

	/**
	 * No ticket has that number (or the caller may not see it: the same answer).
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public static class TicketNotFoundException extends RuntimeException {

	}

	/**
	 * What was typed cannot be saved: names the field and the message.
	 */
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	public static class TicketInputException extends FieldRefusedException {

		public TicketInputException(String field, String messageKey) {
			super(field, messageKey);
		}

	}

}
