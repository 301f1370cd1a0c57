package org.guichet.notification.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guichet.notification.NoticeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each staff member's choice, per kind of notice, of e-mail and in-app; the
 * {@link NoticePreference#defaultFor(NoticeKind) defaults} where they did not choose.
 */
@Service
@Transactional
public class NoticePreferences {

	private final JdbcClient jdbc;

	NoticePreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the user's preference for every kind, in the order of {@link NoticeKind}
	 */
	@Transactional(readOnly = true)
	public List<NoticePreference> of(UUID user) {
		Map<NoticeKind, NoticePreference> chosen = new EnumMap<>(NoticeKind.class);
		this.jdbc.sql("select kind, by_mail, in_app from notification_preferences where user_id = ?")
			.param(user)
			.query((row, n) -> new NoticePreference(NoticeKind.valueOf(row.getString("kind")),
					row.getBoolean("by_mail"), row.getBoolean("in_app")))
			.list()
			.forEach((preference) -> chosen.put(preference.kind(), preference));
		return Arrays.stream(NoticeKind.values())
			.map((kind) -> chosen.getOrDefault(kind, NoticePreference.defaultFor(kind)))
			.toList();
	}

	@Transactional(readOnly = true)
	public NoticePreference of(UUID user, NoticeKind kind) {
		return this.jdbc.sql("select by_mail, in_app from notification_preferences where user_id = ? and kind = ?")
			.params(user, kind.name())
			.query((row, n) -> new NoticePreference(kind, row.getBoolean("by_mail"), row.getBoolean("in_app")))
			.optional()
			.orElseGet(() -> NoticePreference.defaultFor(kind));
	}

	/**
	 * Records the user's choice for the kinds given; the others keep theirs.
	 */
	public void save(UUID user, List<NoticePreference> preferences) {
		for (NoticePreference preference : preferences) {
			this.jdbc.sql("""
					insert into notification_preferences (user_id, kind, by_mail, in_app) values (?, ?, ?, ?)
					on conflict (user_id, kind) do update set by_mail = excluded.by_mail, in_app = excluded.in_app
					""").params(user, preference.kind().name(), preference.byMail(), preference.inApp()).update();
		}
	}

	/**
	 * Stops the e-mails of one kind, keeping the in-app choice.
	 */
	public void stopMail(UUID user, NoticeKind kind) {
		NoticePreference current = of(user, kind);
		save(user, List.of(new NoticePreference(kind, false, current.inApp())));
	}

}
