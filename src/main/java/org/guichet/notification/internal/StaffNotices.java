package org.guichet.notification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guichet.notification.Notice;
import org.guichet.notification.NoticeKind;
import org.guichet.shared.PageCursor;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices shown under the bell: stored per recipient, read newest first, marked read
 * by their recipient only. Every query is scoped by the recipient in the query itself.
 */
@Service
@Transactional
public class StaffNotices {

	/** The most unread notices counted; the bell shows "99+" from there. */
	public static final int UNREAD_CAP = 100;

	private static final RowMapper<StoredNotice> NOTICE = (row, n) -> new StoredNotice(
			row.getObject("staff_notice_id", UUID.class), NoticeKind.valueOf(row.getString("kind")),
			row.getString("title_key"), strings(row, "title_arguments"), row.getString("reason_key"),
			strings(row, "reason_arguments"), row.getString("link"), lines(row),
			row.getTimestamp("created_at").toInstant(),
			(row.getTimestamp("read_at") != null) ? row.getTimestamp("read_at").toInstant() : null);

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffNotices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void store(Notice notice) {
		this.jdbc.sql("""
				insert into staff_notices (staff_notice_id, recipient_id, kind, title_key, title_arguments, reason_key,
				  reason_arguments, link, line_texts, line_links, created_at)
				values (:id, :recipient, :kind, :titleKey, :titleArguments, :reasonKey, :reasonArguments, :link,
				  :lineTexts, :lineLinks, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("recipient", notice.recipient())
			.param("kind", notice.kind().name())
			.param("titleKey", notice.titleKey())
			.param("titleArguments", texts(notice.titleArguments()))
			.param("reasonKey", notice.reasonKey())
			.param("reasonArguments", texts(notice.reasonArguments()))
			.param("link", notice.link())
			.param("lineTexts", notice.lines().stream().map(Notice.Line::text).toArray(String[]::new))
			.param("lineLinks", notice.lines().stream().map(Notice.Line::link).toArray(String[]::new))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * @return how many of the user's notices are unread, up to {@link #UNREAD_CAP}, from
	 * the partial index of unread notices: every page shows it, so it reads no more than
	 * that
	 */
	@Transactional(readOnly = true)
	public long unreadCount(UUID recipient) {
		return this.jdbc
			.sql("select count(*) from (select 1 from staff_notices"
					+ " where recipient_id = ? and read_at is null limit " + UNREAD_CAP + ") unread")
			.param(recipient)
			.query(Long.class)
			.single();
	}

	/**
	 * @param after the last notice of the previous page, or empty for the first page
	 * @return up to {@code size} of the user's notices, newest first
	 */
	@Transactional(readOnly = true)
	public List<StoredNotice> page(UUID recipient, Optional<PageCursor> after, int size) {
		String sql = """
				select staff_notice_id, kind, title_key, title_arguments, reason_key, reason_arguments, link,
				  line_texts, line_links, created_at, read_at
				from staff_notices where recipient_id = :recipient %s
				order by created_at desc, staff_notice_id desc limit :size
				""".formatted(after.isPresent() ? "and (created_at, staff_notice_id) < (:time, :id)" : "");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("recipient", recipient).param("size", size);
		if (after.isPresent()) {
			statement = statement.param("time", Timestamp.from(after.get().time())).param("id", after.get().id());
		}
		return statement.query(NOTICE).list();
	}

	/**
	 * @return whether the user has such a notice (read before or now)
	 */
	public boolean markRead(UUID recipient, UUID notice) {
		return this.jdbc.sql("""
				update staff_notices set read_at = coalesce(read_at, ?)
				where staff_notice_id = ? and recipient_id = ?
				""").params(Timestamp.from(this.clock.instant()), notice, recipient).update() > 0;
	}

	/**
	 * @return how many notices were unread
	 */
	public int markAllRead(UUID recipient) {
		return this.jdbc.sql("update staff_notices set read_at = ? where recipient_id = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), recipient)
			.update();
	}

	/**
	 * Message arguments are kept as text: numbers and dates are formatted by the caller.
	 */
	private static String[] texts(List<Object> arguments) {
		return arguments.stream().map(String::valueOf).toArray(String[]::new);
	}

	private static List<String> strings(ResultSet row, String column) throws SQLException {
		Array array = row.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static List<Notice.Line> lines(ResultSet row) throws SQLException {
		List<String> texts = strings(row, "line_texts");
		List<String> links = strings(row, "line_links");
		List<Notice.Line> lines = new ArrayList<>();
		for (int i = 0; i < Math.min(texts.size(), links.size()); i++) {
			lines.add(new Notice.Line(texts.get(i), links.get(i)));
		}
		return lines;
	}

	/**
	 * A notice as stored, its texts still message keys.
	 */
	public record StoredNotice(UUID id, NoticeKind kind, String titleKey, List<String> titleArguments, String reasonKey,
			List<String> reasonArguments, String link, List<Notice.Line> lines, Instant createdAt, Instant readAt) {

		public boolean unread() {
			return this.readAt == null;
		}

		public PageCursor cursor() {
			return new PageCursor(this.createdAt, this.id);
		}

	}

}
