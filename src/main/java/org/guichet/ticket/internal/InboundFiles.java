package org.guichet.ticket.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.guichet.notification.InboundAttachment;
import org.guichet.notification.InboundMessage;
import org.guichet.shared.storage.FileStore;
import org.guichet.shared.storage.StoredFile;
import org.guichet.shared.storage.UploadPolicy;
import org.guichet.shared.storage.VirusScanner;
import org.guichet.ticket.Upload;
import org.guichet.ticket.internal.TicketService.CheckedUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * The files of an inbound e-mail, held to the portal's rules: the same size limits, the
 * same allowlist of formats checked on the content, the same virus scan. The original
 * message is kept beside them as {@code message.eml}.
 */
@Component
class InboundFiles {

	static final String ORIGINAL = "message.eml";

	private static final Logger log = LoggerFactory.getLogger(InboundFiles.class);

	private final TicketProperties properties;

	private final VirusScanner scanner;

	private final FileStore files;

	private final TicketAttachmentRepository attachments;

	private final Clock clock;

	InboundFiles(TicketProperties properties, VirusScanner scanner, FileStore files,
			TicketAttachmentRepository attachments, Clock clock) {
		this.properties = properties;
		this.scanner = scanner;
		this.files = files;
		this.attachments = attachments;
		this.clock = clock;
	}

	/**
	 * @param strict whether a file over the limits refuses the whole message (when
	 * Guichet handles it alone) or is left out (when an agent decides)
	 * @return the files kept, and the names of those left out (a format the portal
	 * refuses, or too large when not strict)
	 * @throws InboundRefusal when the message holds a virus, the scanner cannot answer,
	 * or (strict) a file is too large
	 */
	Checked check(InboundMessage message, boolean strict) {
		scan(message.raw(), ORIGINAL);
		long total = 0;
		List<CheckedUpload> kept = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		for (InboundAttachment attachment : message.attachments()) {
			String name = attachment.fileName();
			boolean tooLarge = attachment.size() > this.properties.maxFileSize().toBytes()
					|| total + attachment.size() > this.properties.maxMessageSize().toBytes();
			if (tooLarge) {
				if (strict) {
					throw new InboundRefusal("inbound.reason.tooLarge", name);
				}
				leftOut.add(name);
				continue;
			}
			byte[] head = Arrays.copyOf(attachment.content(), Math.min(attachment.content().length, 8192));
			Optional<String> refusal = UploadPolicy.refusal(name, head);
			if (refusal.isPresent()) {
				leftOut.add(name);
				continue;
			}
			scan(attachment.content(), name);
			total += attachment.size();
			kept.add(new CheckedUpload(new Upload(name, attachment.size(), new ByteArrayResource(attachment.content())),
					name, UploadPolicy.mediaType(head)));
		}
		return new Checked(kept, leftOut);
	}

	/**
	 * Keeps the message as received, attached to the article it became.
	 */
	void attachOriginal(Ticket ticket, Article article, byte[] raw) {
		StoredFile stored = this.files.store(new ByteArrayInputStream(raw));
		this.attachments.save(new TicketAttachment(ticket.id(), article.id(), ORIGINAL, "message/rfc822", stored.size(),
				stored.sha256(), this.clock.instant()));
	}

	private void scan(byte[] content, String name) {
		if (!this.scanner.enabled()) {
			return;
		}
		VirusScanner.Verdict verdict;
		try {
			verdict = this.scanner.scan(new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			log.warn("Virus scan failed, inbound message refused: {}", ex.getMessage());
			throw new InboundRefusal("inbound.reason.scanFailed", name);
		}
		if (!verdict.clean()) {
			log.warn("Virus {} found in an inbound message ({}), refused", verdict.signature(), name);
			throw new InboundRefusal("inbound.reason.virus", name);
		}
	}

	record Checked(List<CheckedUpload> kept, List<String> leftOut) {
	}

	/**
	 * The message cannot go to a ticket: names why (a message key) and what.
	 */
	static class InboundRefusal extends RuntimeException {

		private final String reason;

		private final String detail;

		InboundRefusal(String reason, String detail) {
			super(reason);
			this.reason = reason;
			this.detail = detail;
		}

		String reason() {
			return this.reason;
		}

		String detail() {
			return this.detail;
		}

	}

}
