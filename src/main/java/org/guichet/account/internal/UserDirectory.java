package org.guichet.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.AccountState;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.shared.SqlLike;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every account, for administrators: searched by name or address (trigram-indexed),
 * ordered by address, a page at a time from where the previous one ended.
 */
@Component
public class UserDirectory {

	private final JdbcClient jdbc;

	UserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param text part of a name or address, or blank for everybody
	 * @param staffOnly whether to list only the provider's staff
	 * @param afterEmail the last address of the previous page, or empty for the first
	 * page
	 * @param size rows per page
	 */
	public List<Entry> page(String text, boolean staffOnly, Optional<String> afterEmail, int size) {
		StringBuilder sql = new StringBuilder(
				"select user_id, email, display_name, state, staff_role from users where true");
		if (!text.isBlank()) {
			sql.append(" and (email ilike :text escape '\\' or display_name ilike :text escape '\\')");
		}
		if (staffOnly) {
			sql.append(" and staff_role is not null");
		}
		if (afterEmail.isPresent()) {
			sql.append(" and email > :after");
		}
		sql.append(" order by email limit :size");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString()).param("size", size);
		if (!text.isBlank()) {
			statement = statement.param("text", SqlLike.containing(text));
		}
		if (afterEmail.isPresent()) {
			statement = statement.param("after", afterEmail.get());
		}
		return statement
			.query((rs, row) -> new Entry(rs.getObject("user_id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), AccountState.valueOf(rs.getString("state")),
					Optional.ofNullable(rs.getString("staff_role")).map(StaffRole::valueOf).orElse(null)))
			.list();
	}

	/**
	 * Customer accounts whose name or address contains the text, accents and case ignored
	 * (on the folded search_text column and its trigram index).
	 */
	public List<UserId> customersMatching(String text, int limit) {
		return this.jdbc
			.sql("select user_id from users where staff_role is null"
					+ " and search_text like lower(immutable_unaccent(:text)) escape '\\' limit :limit")
			.param("text", SqlLike.containing(text))
			.param("limit", limit)
			.query((rs, row) -> new UserId(rs.getObject("user_id", UUID.class)))
			.list();
	}

	/**
	 * A line of the directory.
	 */
	public record Entry(UUID id, String email, String displayName, AccountState state, StaffRole staffRole) {
	}

}
