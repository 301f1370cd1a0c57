package org.guichet.desk.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.guichet.account.UserId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's saved searches ("mes files"): a name and the search's query string,
 * shown in their menu.
 */
@Service
@Transactional
public class SavedSearches {

	/** The most a staff member keeps. */
	static final int MAX = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	SavedSearches(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A saved search.
	 *
	 * @param id its id
	 * @param name what the menu shows
	 * @param query the search's query string, without the page
	 */
	public record SavedSearch(UUID id, String name, String query) {
	}

	@Transactional(readOnly = true)
	public List<SavedSearch> of(UserId user) {
		return this.jdbc
			.sql("select search_id, name, query from desk_saved_searches where user_id = ? order by lower(name)")
			.param(user.value())
			.query((row, index) -> new SavedSearch(row.getObject("search_id", UUID.class), row.getString("name"),
					row.getString("query")))
			.list();
	}

	/**
	 * @throws DeskInputException when the name is blank, too long or already one of the
	 * user's, or when the user has {@value #MAX} already
	 */
	public void save(UserId user, String name, String query) {
		String given = Texts.required("name", name, 100);
		if (query != null && query.length() > 2000) {
			throw new DeskInputException("name", "desk.saved.error.tooLong");
		}
		if (of(user).size() >= MAX) {
			throw new DeskInputException("name", "desk.saved.error.tooMany", MAX);
		}
		try {
			this.jdbc
				.sql("insert into desk_saved_searches (search_id, user_id, name, query, created_at)"
						+ " values (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), user.value(), given, (query != null) ? query : "",
						Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new DeskInputException("name", "desk.saved.error.nameUsed");
		}
	}

	public void remove(UserId user, UUID id) {
		this.jdbc.sql("delete from desk_saved_searches where search_id = ? and user_id = ?")
			.params(id, user.value())
			.update();
	}

}
