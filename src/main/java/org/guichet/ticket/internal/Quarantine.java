package org.guichet.ticket.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import org.guichet.notification.InboundMessage;
import org.guichet.shared.storage.FileStore;
import org.guichet.shared.storage.StoredFile;

import org.springframework.stereotype.Component;

/**
 * Keeps inbound e-mails that no ticket took, with why, for the desk: the message goes to
 * the file store, a row to {@code inbound_quarantine}.
 */
@Component
class Quarantine {

	private final QuarantinedMailRepository mails;

	private final FileStore files;

	private final Clock clock;

	Quarantine(QuarantinedMailRepository mails, FileStore files, Clock clock) {
		this.mails = mails;
		this.files = files;
		this.clock = clock;
	}

	void keep(InboundMessage message, String reason, String detail) {
		keep(message.raw(), message.sender(), message.subject(), message.text(), reason, detail);
	}

	void keep(byte[] raw, String sender, String subject, String preview, String reason, String detail) {
		StoredFile stored = this.files.store(new ByteArrayInputStream(raw));
		this.mails.save(new QuarantinedMail(sender, subject, preview, reason, detail, stored.sha256(), stored.size(),
				this.clock.instant()));
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
