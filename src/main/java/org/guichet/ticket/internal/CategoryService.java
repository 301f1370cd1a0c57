package org.guichet.ticket.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.shared.TypedText;
import org.guichet.account.UserId;
import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.CategoryMember;
import org.guichet.ticket.CategoryView;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Categories and rights, kept in two small tables read by every desk query.
 */
@Service
@Transactional
class CategoryService implements Categories {

	static final int MAX_NAME = 100;

	static final int MAX_DESCRIPTION = 500;

	private static final RowMapper<CategoryView> CATEGORY = (row, n) -> new CategoryView(
			row.getObject("category_id", UUID.class), row.getString("name"), row.getString("description"),
			row.getBoolean("active"), row.getLong("version"));

	private static final RowMapper<CategoryMember> MEMBER = (row, n) -> new CategoryMember(
			new UserId(row.getObject("user_id", UUID.class)), row.getString("display_name"),
			row.getObject("category_id", UUID.class), row.getString("name"),
			CategoryAccess.valueOf(row.getString("access")));

	private final JdbcClient jdbc;

	CategoryService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CategoryView> all() {
		return this.jdbc.sql(
				"select category_id, name, description, active, version from categories order by position, lower(name)")
			.query(CATEGORY)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CategoryView> find(UUID id) {
		return this.jdbc
			.sql("select category_id, name, description, active, version from categories where category_id = ?")
			.param(id)
			.query(CATEGORY)
			.optional();
	}

	@Override
	public UUID create(String name, String description) {
		String given = name(name, null);
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("""
					insert into categories (category_id, name, description, position)
					values (?, ?, ?, (select coalesce(max(position), 0) + 10 from categories))
					""").params(id, given, description(description)).update();
		}
		catch (DuplicateKeyException ex) {
			throw new CategoryInputException("name", "category.error.nameUsed");
		}
		return id;
	}

	@Override
	public void update(UUID id, long version, String name, String description, boolean active) {
		String given = name(name, id);
		String text = description(description);
		int updated;
		try {
			updated = this.jdbc.sql("""
					update categories set name = ?, description = ?, active = ?, version = version + 1
					where category_id = ? and version = ?
					""").params(given, text, active, id, version).update();
		}
		catch (DuplicateKeyException ex) {
			throw new CategoryInputException("name", "category.error.nameUsed");
		}
		if (updated == 0) {
			if (find(id).isEmpty()) {
				throw new CategoryNotFoundException();
			}
			throw new OptimisticLockingFailureException("Category " + id + " changed since version " + version);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<CategoryMember> members(UUID categoryId) {
		return this.jdbc.sql("""
				select r.user_id, u.display_name, r.category_id, c.name, r.access
				from category_rights r
				join users u on u.user_id = r.user_id
				join categories c on c.category_id = r.category_id
				where r.category_id = ?
				order by lower(u.display_name), u.user_id
				""").param(categoryId).query(MEMBER).list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CategoryMember> rightsOf(UserId user) {
		return this.jdbc.sql("""
				select r.user_id, u.display_name, r.category_id, c.name, r.access
				from category_rights r
				join users u on u.user_id = r.user_id
				join categories c on c.category_id = r.category_id
				where r.user_id = ?
				order by c.position, lower(c.name)
				""").param(user.value()).query(MEMBER).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, CategoryAccess> accessOf(UserId user) {
		Map<UUID, CategoryAccess> access = new LinkedHashMap<>();
		rightsOf(user).forEach((right) -> access.put(right.categoryId(), right.access()));
		return access;
	}

	@Override
	public void grant(UserId user, UUID categoryId, CategoryAccess access) {
		if (find(categoryId).isEmpty()) {
			throw new CategoryInputException("category", "category.error.unknown");
		}
		boolean staff = this.jdbc.sql("select count(*) from users where user_id = ? and staff_role is not null")
			.param(user.value())
			.query(Long.class)
			.single() > 0;
		if (!staff) {
			throw new CategoryInputException("user", "category.error.notStaff");
		}
		if (access == CategoryAccess.NONE) {
			this.jdbc.sql("delete from category_rights where user_id = ? and category_id = ?")
				.params(user.value(), categoryId)
				.update();
			return;
		}
		this.jdbc.sql("""
				insert into category_rights (user_id, category_id, access) values (?, ?, ?)
				on conflict (user_id, category_id) do update set access = excluded.access
				""").params(user.value(), categoryId, access.name()).update();
	}

	private String name(String name, UUID except) {
		String given = (name != null) ? TypedText.clean(name).strip() : "";
		if (given.isEmpty()) {
			throw new CategoryInputException("name", "NotBlank");
		}
		if (given.length() > MAX_NAME) {
			throw new CategoryInputException("name", "category.error.nameTooLong");
		}
		boolean used = this.jdbc
			.sql("select count(*) from categories where lower(name) = lower(?) and category_id is distinct from ?")
			.params(given, except)
			.query(Long.class)
			.single() > 0;
		if (used) {
			throw new CategoryInputException("name", "category.error.nameUsed");
		}
		return given;
	}

	private static String description(String description) {
		String given = (description != null) ? TypedText.clean(description).strip() : "";
		if (given.length() > MAX_DESCRIPTION) {
			throw new CategoryInputException("description", "category.error.descriptionTooLong");
		}
		return given.isEmpty() ? null : given;
	}

	/**
	 * No category has that id.
	 */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class CategoryNotFoundException extends RuntimeException {

	}

}
