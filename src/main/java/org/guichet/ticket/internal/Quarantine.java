package org.guichet.ticket.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.guichet.account.Accounts;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.notification.InboundMessage;
import org.guichet.notification.Notice;
import org.guichet.notification.NoticeKind;
import org.guichet.notification.StaffNotifications;
import org.guichet.shared.storage.FileStore;
import org.guichet.shared.storage.StoredFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps inbound e-mails that no ticket took, with why, for the desk: the message goes to
 * the file store, a row to {@code inbound_quarantine}.
 */
@Component
class Quarantine {

	/**
	 * Reasons that need no person's eye soon: machine-made mail and floods. The others
	 * (an unknown sender, a closed ticket…) are a person waiting for an answer.
	 */
	private static final Set<String> QUIET = Set.of("inbound.reason.bounce", "inbound.reason.autoReply",
			"inbound.reason.rateLimited");

	private final QuarantinedMailRepository mails;

	private final FileStore files;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final StaffNotifications notifications;

	Quarantine(QuarantinedMailRepository mails, FileStore files, Clock clock, JdbcClient jdbc, Accounts accounts,
			StaffNotifications notifications) {
		this.mails = mails;
		this.files = files;
		this.clock = clock;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	void keep(InboundMessage message, String reason, String detail) {
		keep(message.raw(), message.sender(), message.subject(), message.text(), reason, detail);
	}

	void keep(byte[] raw, String sender, String subject, String preview, String reason, String detail) {
		StoredFile stored = this.files.store(new ByteArrayInputStream(raw));
		this.mails.save(new QuarantinedMail(sender, subject, preview, reason, detail, stored.sha256(), stored.size(),
				this.clock.instant()));
		// a known account's mail only: a person waits for an answer, not a spammer
		if (!QUIET.contains(reason) && sender != null && this.accounts.findByEmail(sender).isPresent()) {
			tellManagers(sender, subject);
		}
	}

	/**
	 * Tells the managers of any category, and the administrators, that a person's mail
	 * waits in quarantine.
	 */
	private void tellManagers(String sender, String subject) {
		List<UUID> managers = this.jdbc.sql("""
				select distinct u.user_id from users u
				where u.state = 'ACTIVE' and (u.staff_role = 'ADMINISTRATOR'
				  or exists (select 1 from category_rights r where r.user_id = u.user_id and r.access = 'MANAGE'))
				""").query(UUID.class).list();
		String line = ((subject != null && !subject.isBlank()) ? subject : "—") + " (" + sender + ")";
		for (UserSummary manager : this.accounts.findAll(managers.stream().map(UserId::new).toList())) {
			Locale locale = this.accounts.preferredLocale(manager.id());
			this.notifications.notify(new Notice(manager.id().value(), manager.email(), locale,
					NoticeKind.INBOUND_QUARANTINE, "inbound.notice.title", List.of(sender), "inbound.notice.reason",
					List.of(), "/desk/inbound", List.of(new Notice.Line(line, "/desk/inbound"))));
		}
	}

	/**
	 * @return the message as received, to be closed by the caller
	 */
	InputStream open(QuarantinedMail mail) throws IOException {
		return this.files.open(mail.messageSha256());
	}

	byte[] read(QuarantinedMail mail) {
		try (InputStream in = open(mail)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
