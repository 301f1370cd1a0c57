package org.guichet.notification.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.notification.Outbox;
import org.guichet.notification.OutgoingMail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OutboxService implements Outbox {

	private final OutboundEmailRepository emails;

	private final MailRenderer renderer;

	private final Clock clock;

	OutboxService(OutboundEmailRepository emails, MailRenderer renderer, Clock clock) {
		this.emails = emails;
		this.renderer = renderer;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void enqueue(OutgoingMail mail) {
		enqueue(mail, Map.of());
	}

	/**
	 * Like {@link #enqueue(OutgoingMail)}, with headers the message carries besides the
	 * usual ones (List-Unsubscribe of the notices to staff).
	 * @param headers header names and values, in their order
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void enqueue(OutgoingMail mail, Map<String, String> headers) {
		MailRenderer.Rendered rendered = this.renderer.render(mail);
		OutboundEmail email = new OutboundEmail(mail.recipient(), rendered.subject(), rendered.text(), rendered.html(),
				mail.template(), mail.locale().getLanguage(), mail.confidential(), this.clock.instant());
		email.addHeaders(headers);
		email.threadBy(mail.threadToken());
		this.emails.save(email);
	}

	@Transactional(readOnly = true)
	public Optional<OutboundEmail> find(UUID id) {
		return this.emails.findById(id);
	}

	/**
	 * Puts a failed or pending message back in line, to be sent at the next run.
	 * @return whether the message exists and could be retried
	 */
	@Transactional
	public boolean retry(UUID id) {
		Optional<OutboundEmail> email = this.emails.findById(id)
			.filter((candidate) -> candidate.state() != OutboundEmailState.SENT);
		email.ifPresent((candidate) -> candidate.retry(this.clock.instant()));
		return email.isPresent();
	}

}
