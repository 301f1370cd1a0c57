package org.guichet.ticket.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.shared.FieldRefusedException;
import org.guichet.shared.storage.FileStore;
import org.guichet.shared.storage.StoredFile;
import org.guichet.shared.storage.UploadPolicy;
import org.guichet.ticket.ArticleKind;
import org.guichet.ticket.ArticleView;
import org.guichet.ticket.AttachmentView;
import org.guichet.ticket.Impact;
import org.guichet.ticket.PriorityMatrix;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.TransitionRefusedException;
import org.guichet.ticket.Upload;
import org.guichet.ticket.Urgency;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What requesters and staff do with tickets, each action in one transaction: the workflow
 * move, the message that goes with it, and a system entry in the history. The portal and
 * the desk call it; who may act on which ticket is checked by them, on the organization
 * or the category, before.
 */
@Service
@Transactional
public class TicketService {

	static final int MAX_SUBJECT = 300;

	private final TicketRepository tickets;

	private final ArticleRepository articles;

	private final TicketNumbers numbers;

	private final Clock clock;

	private final PriorityMatrix priorities = PriorityMatrix.standard();

	private final TicketAttachmentRepository attachments;

	private final FileStore files;

	private final TicketProperties properties;

	TicketService(TicketRepository tickets, ArticleRepository articles, TicketNumbers numbers, Clock clock,
			TicketAttachmentRepository attachments, FileStore files, TicketProperties properties) {
		this.tickets = tickets;
		this.articles = articles;
		this.numbers = numbers;
		this.clock = clock;
		this.attachments = attachments;
		this.files = files;
		this.properties = properties;
	}

	/**
	 * A requester files a ticket; the description is its first public message.
	 * @return its number
	 * @throws TicketInputException when the subject or the description is empty or too
	 * long
	 */
	public String file(OrganizationId organization, UserId requester, String subject, String description, Impact impact,
			Urgency urgency) {
		return file(organization, requester, subject, description, impact, urgency, List.of());
	}

	/**
	 * A requester files a ticket with files attached to its description.
	 * @return its number
	 * @throws TicketInputException when the subject or the description is empty or too
	 * long, or a file is refused (too large, not allowed, content not matching its name);
	 * nothing is saved then
	 */
	public String file(OrganizationId organization, UserId requester, String subject, String description, Impact impact,
			Urgency urgency, List<Upload> uploads) {
		String title = (subject != null) ? subject.strip() : "";
		if (title.isEmpty()) {
			throw new TicketInputException("subject", "NotBlank");
		}
		if (title.length() > MAX_SUBJECT) {
			throw new TicketInputException("subject", "form.error.tooLong");
		}
		String body = message("description", description);
		List<CheckedUpload> checked = check(uploads);
		Ticket ticket = Ticket.file(this.numbers.next(), organization, requester, title, impact, urgency,
				this.priorities, this.clock.instant());
		this.tickets.save(ticket);
		attach(ticket, write(ticket, ArticleKind.PUBLIC, requester, body), checked);
		return ticket.number();
	}

	public void take(String number, UserId agent) {
		Ticket ticket = find(number);
		ticket.take(agent, this.clock.instant());
		system(ticket, agent, "ticket.history.taken");
	}

	/**
	 * Staff write to the requester, or a note for staff only, on an open ticket.
	 */
	public void reply(String number, UserId author, String html, boolean internal) {
		Ticket ticket = find(number);
		requireOpen(ticket, "reply to");
		write(ticket, internal ? ArticleKind.INTERNAL : ArticleKind.PUBLIC, author, message("body", html));
	}

	/**
	 * Staff ask the requester something; the ticket waits for the answer.
	 */
	public void askRequester(String number, UserId agent, String question) {
		Ticket ticket = find(number);
		String body = message("body", question);
		ticket.askRequester(agent, this.clock.instant());
		write(ticket, ArticleKind.PUBLIC, agent, body);
	}

	/**
	 * The requester writes on an open ticket; if it waited for their answer, it goes back
	 * to the agent.
	 */
	public void requesterReplies(String number, UserId requester, String html) {
		Ticket ticket = find(number);
		requireOpen(ticket, "reply to");
		String body = message("body", html);
		if (ticket.state() == TicketState.WAITING_FOR_REQUESTER) {
			ticket.requesterAnswered(this.clock.instant());
		}
		write(ticket, ArticleKind.PUBLIC, requester, body);
	}

	public void proposeSolution(String number, UserId agent, String solution) {
		Ticket ticket = find(number);
		String body = message("body", solution);
		ticket.proposeSolution(agent, this.clock.instant());
		write(ticket, ArticleKind.PUBLIC, agent, body);
		system(ticket, agent, "ticket.history.solutionProposed");
	}

	public void acceptSolution(String number, UserId requester) {
		Ticket ticket = find(number);
		ticket.acceptSolution(this.clock.instant());
		system(ticket, requester, "ticket.history.closed");
	}

	/**
	 * @throws TicketInputException without a reason
	 */
	public void refuseSolution(String number, UserId requester, String reason) {
		Ticket ticket = find(number);
		String given = plain("reason", reason);
		ticket.refuseSolution(given, this.clock.instant());
		write(ticket, ArticleKind.PUBLIC, requester, RichText.sanitize(given));
		system(ticket, requester, "ticket.history.solutionRefused");
	}

	/**
	 * Nobody answered the proposed solution in time: Guichet closes the ticket.
	 */
	public void closeUnanswered(String number) {
		Ticket ticket = find(number);
		ticket.closeUnanswered(this.clock.instant());
		system(ticket, null, "ticket.history.closedAutomatically");
	}

	/**
	 * @throws TicketInputException without a reason
	 */
	public void cancel(String number, UserId requester, String reason) {
		Ticket ticket = find(number);
		ticket.cancel(plain("reason", reason), this.clock.instant());
		system(ticket, requester, "ticket.history.cancelled");
	}

	/**
	 * @throws TicketInputException without a cause
	 */
	public void closeBeforeIntervention(String number, UserId requester, String cause) {
		Ticket ticket = find(number);
		ticket.closeBeforeIntervention(plain("cause", cause), this.clock.instant());
		system(ticket, requester, "ticket.history.closedBeforeIntervention");
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
		return this.articles.history(ticket.id().value(), kinds).stream().map(Article::view).toList();
	}

	private Ticket find(String number) {
		return this.tickets.findByNumber(number).orElseThrow(TicketNotFoundException::new);
	}

	private static void requireOpen(Ticket ticket, String action) {
		if (!ticket.state().isOpen()) {
			throw new TransitionRefusedException(ticket.state(), action);
		}
	}

	private static String message(String field, String html) {
		String body = RichText.sanitize(html);
		if (!RichText.hasText(body)) {
			throw new TicketInputException(field, "NotBlank");
		}
		return body;
	}

	private static String plain(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new TicketInputException(field, "NotBlank");
		}
		if (text.strip().length() > 2000) {
			throw new TicketInputException(field, "form.error.tooLong");
		}
		return text.strip();
	}

	/**
	 * @return the files of the ticket, in the order they came
	 */
	@Transactional(readOnly = true)
	public List<AttachmentView> attachments(String number) {
		return this.attachments.ofTicket(find(number).id().value()).stream().map(TicketAttachment::view).toList();
	}

	private Article write(Ticket ticket, ArticleKind kind, UserId author, String body) {
		this.tickets.save(ticket);
		return this.articles.save(new Article(ticket.id(), kind, author, body, this.clock.instant()));
	}

	/**
	 * Checks every file before anything is stored: its size, the message's total, its
	 * extension against its first bytes.
	 */
	private List<CheckedUpload> check(List<Upload> uploads) {
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
			checked.add(new CheckedUpload(upload, fileName(upload.fileName()), UploadPolicy.mediaType(head)));
		}
		return checked;
	}

	private void attach(Ticket ticket, Article article, List<CheckedUpload> checked) {
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

	private record CheckedUpload(Upload upload, String fileName, String mediaType) {
	}

	private void system(Ticket ticket, UserId actor, String messageKey) {
		write(ticket, ArticleKind.SYSTEM, actor, messageKey);
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
