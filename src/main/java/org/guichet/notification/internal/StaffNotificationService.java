package org.guichet.notification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guichet.notification.Notice;
import org.guichet.notification.NoticeKind;
import org.guichet.notification.OutgoingMail;
import org.guichet.notification.StaffNotifications;
import org.guichet.shared.GuichetProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores each notice for the bell and writes its e-mail to the outbox, as the recipient's
 * preferences for its kind say. The e-mail says why it was sent and carries a link (and
 * the {@code List-Unsubscribe} headers) that stops e-mails of that kind without signing
 * in.
 */
@Service
public class StaffNotificationService implements StaffNotifications {

	static final String TEMPLATE = "staff/notice";

	private final NoticePreferences preferences;

	private final StaffNotices notices;

	private final UnsubscribeTokens tokens;

	private final OutboxService outbox;

	private final MessageSource messages;

	private final GuichetProperties properties;

	StaffNotificationService(NoticePreferences preferences, StaffNotices notices, UnsubscribeTokens tokens,
			OutboxService outbox, MessageSource messages, GuichetProperties properties) {
		this.preferences = preferences;
		this.notices = notices;
		this.tokens = tokens;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * {@inheritDoc}
	 * @throws IllegalArgumentException when a link is not a path of the application, or a
	 * message key is unknown
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void notify(Notice notice) {
		requirePath(notice.link());
		notice.lines().forEach((line) -> requirePath(line.link()));
		// an unknown key fails here, in the caller's transaction, not later on a page
		String title = this.messages.getMessage(notice.titleKey(), texts(notice.titleArguments()), notice.locale());
		String reason = this.messages.getMessage(notice.reasonKey(), texts(notice.reasonArguments()), notice.locale());
		NoticePreference preference = this.preferences.of(notice.recipient(), notice.kind());
		if (preference.inApp()) {
			this.notices.store(notice);
		}
		if (preference.byMail()) {
			mail(notice, title, reason);
		}
	}

	private void mail(Notice notice, String title, String reason) {
		String unsubscribe = this.properties
			.link("/notifications/unsubscribe/" + this.tokens.issue(notice.recipient(), notice.kind()));
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("title", title);
		variables.put("reason", reason);
		variables.put("link", this.properties.link(notice.link()));
		variables.put("lines",
				notice.lines()
					.stream()
					.map((line) -> Map.of("text", line.text(), "link", this.properties.link(line.link())))
					.toList());
		variables.put("kind", this.messages.getMessage("notification.kind." + notice.kind(), null, notice.locale()));
		variables.put("unsubscribeLink", unsubscribe);
		variables.put("preferencesLink", this.properties.link("/notifications/preferences"));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		this.outbox.enqueue(new OutgoingMail(notice.email(), TEMPLATE, notice.locale(), variables, List.of(title)),
				headers);
	}

	/**
	 * @return the kind of notice the unsubscribe link stops, if the token is one
	 */
	@Transactional(readOnly = true)
	public Optional<NoticeKind> unsubscribeKind(String token) {
		return this.tokens.find(token).map(UnsubscribeTokens.Subscription::kind);
	}

	/**
	 * Stops the e-mails of the kind the link names, for the user it was sent to.
	 * Following a link twice is harmless.
	 * @return the kind stopped, or empty when the token is not one
	 */
	@Transactional
	public Optional<NoticeKind> unsubscribe(String token) {
		Optional<UnsubscribeTokens.Subscription> subscription = this.tokens.find(token);
		subscription.ifPresent((found) -> this.preferences.stopMail(found.user(), found.kind()));
		return subscription.map(UnsubscribeTokens.Subscription::kind);
	}

	private static void requirePath(String link) {
		if (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
			throw new IllegalArgumentException("Not a path of the application: " + link);
		}
	}

	private static Object[] texts(List<Object> arguments) {
		return arguments.stream().map(String::valueOf).toArray();
	}

}
