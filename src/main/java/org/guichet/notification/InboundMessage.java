package org.guichet.notification;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail read from the support mailbox, parsed: treat every field as written by a
 * stranger. Addresses are in lower case.
 *
 * @param sender the From address, or {@code null} when it has none that parses
 * @param senderName the name that goes with it, or {@code null}
 * @param recipients the addresses of To, Cc, Delivered-To and X-Original-To
 * @param subject the subject on one line, at most 300 characters, or empty
 * @param messageId its Message-ID, angle brackets included, or {@code null}
 * @param inReplyTo the message-ids of In-Reply-To
 * @param references the message-ids of References
 * @param automatic whether a machine sent it, and why
 * @param fullText every text of the message, quoted history and forwarded messages
 * included, to look for a ticket's reference
 * @param text the new text only: quoted history and signature trimmed
 * @param html the new text as sanitized HTML, quoted history and signature trimmed
 * @param attachments its files and inline images
 * @param raw the message as received, to keep as {@code message.eml}
 * @param overRateLimit whether its sender sent more than allowed in the last hour
 */
public record InboundMessage(String sender, String senderName, List<String> recipients, String subject,
		String messageId, List<String> inReplyTo, List<String> references, Automatic automatic, String fullText,
		String text, String html, List<InboundAttachment> attachments, byte[] raw, boolean overRateLimit) {

	public InboundMessage {
		recipients = List.copyOf(recipients);
		inReplyTo = List.copyOf(inReplyTo);
		references = List.copyOf(references);
		Objects.requireNonNull(automatic, "automatic");
		attachments = List.copyOf(attachments);
		Objects.requireNonNull(raw, "raw");
	}

	/**
	 * @return the same message, marked over its sender's rate limit
	 */
	public InboundMessage markedOverRateLimit() {
		return new InboundMessage(this.sender, this.senderName, this.recipients, this.subject, this.messageId,
				this.inReplyTo, this.references, this.automatic, this.fullText, this.text, this.html, this.attachments,
				this.raw, true);
	}

	/**
	 * Whether a machine sent the message: nothing is ever answered to it, so that two
	 * robots do not write to each other forever.
	 */
	public enum Automatic {

		/** A person wrote it, as far as its headers say. */
		NO,

		/**
		 * A delivery failure report: {@code multipart/report}, an empty Return-Path, or
		 * from a mailer daemon.
		 */
		BOUNCE,

		/**
		 * An out-of-office or other automatic answer: {@code Auto-Submitted},
		 * {@code Precedence: bulk/junk/list/auto_reply}, {@code X-Autoreply}.
		 */
		AUTO_REPLY

	}

}
