package org.guichet.ticket;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.guichet.account.UserId;

/**
 * The desk's side of tickets. Every query and action is limited to the categories the
 * staff member has a right on: a ticket outside them is not found, as if it did not
 * exist. Every action names the version the staff member saw, and is refused when the
 * ticket changed since ({@link TicketChangedException}) or another agent holds its lock
 * ({@link TicketLockedException}).
 */
public interface DeskTickets {

	DeskOverview overview(DeskUser user);

	/**
	 * @return the largest file and the largest total of one message, in megabytes
	 */
	long[] uploadLimits();

	/**
	 * @throws IllegalArgumentException when the query's cursor is not one this search
	 * gave
	 */
	DeskPage search(DeskUser user, DeskQuery query);

	/**
	 * Writes every ticket of the search (at most {@code limit}), in its order.
	 */
	void export(DeskUser user, DeskQuery query, int limit, Consumer<DeskRow> row);

	Optional<DeskTicket> find(DeskUser user, String number);

	/**
	 * @return the whole history, internal notes included, oldest first
	 */
	List<ArticleView> history(DeskUser user, String number);

	/**
	 * @return every file of the ticket, those of internal notes included
	 */
	List<AttachmentView> attachments(DeskUser user, String number);

	/**
	 * @return the bytes of a file of a ticket the user may see, to be closed by the
	 * caller
	 */
	Optional<InputStream> open(DeskUser user, String number, AttachmentView attachment) throws IOException;

	/**
	 * @return the requester's other tickets the reader may see, newest first
	 */
	List<DeskRow> othersOfRequester(DeskUser user, String number, int limit);

	/**
	 * Takes the ticket's lock, or renews it when the user holds it already.
	 * @return the lock
	 * @throws TicketLockedException when another agent holds it
	 */
	TicketLock lock(DeskUser user, String number);

	/**
	 * Frees the lock: its holder, or a manager of the category, may.
	 */
	void unlock(DeskUser user, String number);

	void take(DeskUser user, String number, long version);

	void reply(DeskUser user, String number, long version, String html, List<Upload> uploads);

	void note(DeskUser user, String number, long version, String html, List<Upload> uploads);

	void askRequester(DeskUser user, String number, long version, String html);

	void proposeSolution(DeskUser user, String number, long version, String html);

	/**
	 * Gives the ticket to a category and/or an agent, who must have the right to handle
	 * its category.
	 */
	void assign(DeskUser user, String number, long version, UUID categoryId, UserId agent);

	void changePriority(DeskUser user, String number, long version, Priority priority);

	/**
	 * Corrects the ticket's data; each field changed is written in the history with its
	 * old and new value.
	 */
	void editData(DeskUser user, String number, long version, TicketData data);

	/**
	 * Takes a file off the ticket (its history says which).
	 */
	void removeAttachment(DeskUser user, String number, long version, UUID attachmentId);

	/**
	 * Changes the request type and theme; the ticket goes to the category of its new
	 * type.
	 * @param themeId an active theme of that type, or {@code null}
	 */
	void requalify(DeskUser user, String number, long version, UUID requestTypeId, UUID themeId);

	/**
	 * Links the ticket with another the user may see ("demandes liées").
	 */
	void link(DeskUser user, String number, long version, String other);

	void unlink(DeskUser user, String number, long version, String other);

	/**
	 * Merges the ticket, a duplicate, into another the user may handle: it is closed,
	 * linked to the other, and both histories say so.
	 */
	void merge(DeskUser user, String number, long version, String target);

	/**
	 * @return the tickets linked with this one that the user may see
	 */
	List<LinkedTicket> links(DeskUser user, String number);

	/**
	 * @return the ticket with its whole history, internal notes included, as a PDF
	 */
	byte[] print(DeskUser user, String number);

	/**
	 * Records in the history that the requester was contacted ("contacter le demandeur"),
	 * by which medium and with what ({@code detail}, e.g. the template's label), with an
	 * optional internal note.
	 * @param medium {@code EMAIL}, {@code LETTER}, {@code SMS} or {@code PHONE}
	 */
	void recordContact(DeskUser user, String number, String medium, String detail, String noteHtml);

	/**
	 * @return the token a mail about the ticket carries, so that the requester's answer
	 * comes back to it; empty when the user may not see the ticket
	 */
	Optional<String> mailToken(DeskUser user, String number);

	/**
	 * @return the staff members who may handle tickets of the category (to assign them)
	 */
	List<CategoryMember> handlers(UUID categoryId);

}
