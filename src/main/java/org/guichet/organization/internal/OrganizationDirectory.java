package org.guichet.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.guichet.account.Accounts;
import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationKind;
import org.guichet.shared.SqlLike;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff search of organizations: by part of the name, legal name, customer code,
 * SIRET or city (accents and case ignored, on a trigram index), or by a member's name or
 * address; filtered by kind and active flag; ordered by name, a page at a time from the
 * last organization of the previous page.
 */
@Component
@Transactional(readOnly = true)
public class OrganizationDirectory {

	/**
	 * A member's name or address may match many accounts; the organizations of the first
	 * ones found are searched.
	 */
	static final int MEMBER_MATCHES = 1000;

	private static final String SEARCHED = "organization_sort_name(o.name || ' ' || coalesce(o.legal_name, '') || ' '"
			+ " || o.customer_code || ' ' || coalesce(o.siret, '') || ' ' || coalesce(o.city, ''))";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	OrganizationDirectory(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * @param criteria what to look for
	 * @param after the last organization of the previous page, or empty for the first
	 * @param size rows per page
	 */
	public List<Row> page(Criteria criteria, Optional<OrganizationId> after, int size) {
		Query query = query(criteria);
		if (after.isPresent()) {
			query.sql.append(" and (organization_sort_name(o.name), o.organization_id) > (select"
					+ " organization_sort_name(a.name), a.organization_id from organizations a where a.organization_id = :after)");
			query.params.add((statement) -> statement.param("after", after.get().value()));
		}
		query.sql.append(" order by organization_sort_name(o.name), o.organization_id limit :size");
		return query.statement(this.jdbc).param("size", size).query(this::row).list();
	}

	/**
	 * Every organization matching, in the order of the pages, one at a time (for the CSV
	 * export).
	 */
	public void forEach(Criteria criteria, Consumer<Row> action) {
		Query query = query(criteria);
		query.sql.append(" order by organization_sort_name(o.name), o.organization_id");
		query.statement(this.jdbc).query(this::row).stream().forEach(action);
	}

	private Query query(Criteria criteria) {
		Query query = new Query(new StringBuilder("""
				select o.organization_id, o.name, o.legal_name, o.kind, o.customer_code, o.siret, o.street,
				  o.postcode, o.city, o.country, o.email, o.phone, o.active,
				  (select count(*) from memberships m where m.organization_id = o.organization_id) as members
				from organizations o where true"""), new ArrayList<>());
		String text = criteria.text().strip();
		if (!text.isEmpty()) {
			String searched = text.matches("[0-9 ]+") ? text.replace(" ", "") : text;
			List<UUID> members = this.accounts.searchCustomers(text, MEMBER_MATCHES)
				.stream()
				.map(UserId::value)
				.toList();
			query.sql.append(" and (").append(SEARCHED).append(" like organization_sort_name(:text) escape '\\'");
			if (!members.isEmpty()) {
				query.sql.append(" or o.organization_id in (select m.organization_id from memberships m"
						+ " where m.user_id in (:members))");
				query.params.add((statement) -> statement.param("members", members));
			}
			query.sql.append(")");
			query.params.add((statement) -> statement.param("text", SqlLike.containing(searched)));
		}
		criteria.kind().ifPresent((kind) -> {
			query.sql.append(" and o.kind = :kind");
			query.params.add((statement) -> statement.param("kind", kind.name()));
		});
		criteria.active().ifPresent((active) -> {
			query.sql.append(" and o.active = :active");
			query.params.add((statement) -> statement.param("active", active));
		});
		return query;
	}

	private Row row(ResultSet rs, int rowNumber) throws SQLException {
		return new Row(new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getString("name"),
				rs.getString("legal_name"), OrganizationKind.valueOf(rs.getString("kind")),
				rs.getString("customer_code"), rs.getString("siret"), rs.getString("street"), rs.getString("postcode"),
				rs.getString("city"), rs.getString("country"), rs.getString("email"), rs.getString("phone"),
				rs.getBoolean("active"), rs.getLong("members"));
	}

	private record Query(StringBuilder sql, List<UnaryOperator<JdbcClient.StatementSpec>> params) {

		JdbcClient.StatementSpec statement(JdbcClient jdbc) {
			JdbcClient.StatementSpec statement = jdbc.sql(this.sql.toString());
			for (UnaryOperator<JdbcClient.StatementSpec> param : this.params) {
				statement = param.apply(statement);
			}
			return statement;
		}

	}

	/**
	 * What staff look for.
	 *
	 * @param text part of a name, code, SIRET, city, or of a member's name or address;
	 * blank for all
	 * @param kind only that kind, if given
	 * @param active only active (or inactive) organizations, if given
	 */
	public record Criteria(String text, Optional<OrganizationKind> kind, Optional<Boolean> active) {

	}

	/**
	 * A line of the result.
	 */
	public record Row(OrganizationId id, String name, String legalName, OrganizationKind kind, String customerCode,
			String siret, String street, String postcode, String city, String country, String email, String phone,
			boolean active, long members) {

	}

}
