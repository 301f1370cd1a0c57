package org.guichet.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.Accounts;
import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationKind;
import org.guichet.shared.SqlLike;

import org.springframework.jdbc.core.RowMapper;
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
		return query("o.organization_id, o.name, o.kind, o.customer_code, o.siret, o.city, o.active", criteria, after,
				size, this::row);
	}

	/**
	 * @return a page of the organizations found, with everything an export holds
	 */
	public List<ExportRow> exportPage(Criteria criteria, Optional<OrganizationId> after, int size) {
		return query("""
				o.organization_id, o.name, o.legal_name, o.kind, o.customer_code, o.siret, o.active, o.street,
				  o.postcode, o.city, o.country, o.email, o.phone, o.fax""", criteria, after, size,
				(rs, rowNumber) -> new ExportRow(new OrganizationId(rs.getObject("organization_id", UUID.class)),
						rs.getString("name"), rs.getString("legal_name"),
						OrganizationKind.valueOf(rs.getString("kind")), rs.getString("customer_code"),
						rs.getString("siret"), rs.getBoolean("active"), rs.getString("street"),
						rs.getString("postcode"), rs.getString("city"), rs.getString("country"), rs.getString("email"),
						rs.getString("phone"), rs.getString("fax"), rs.getLong("members")));
	}

	/**
	 * @param columns the columns of {@code organizations o} each row of the page needs
	 * (its member count comes as {@code members})
	 */
	private <T> List<T> query(String columns, Criteria criteria, Optional<OrganizationId> after, int size,
			RowMapper<T> mapper) {
		// The best plan depends on the words: a common one walks the name order, a rare
		// one uses the trigram indexes. So each search is planned for its own words,
		// never with the generic plan kept for a statement prepared many times.
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		// The page is chosen on the columns that the name-order index carries, then the
		// details and member counts of its rows only are read.
		StringBuilder page = new StringBuilder("select p.organization_id, p.sort_name from organizations p where true");
		Map<String, Object> params = new HashMap<>();
		String text = criteria.text().strip();
		if (!text.isEmpty()) {
			String searched = text.matches("[0-9 ]+") ? text.replace(" ", "") : text;
			page.append(" and (p.search_text like organization_sort_name(:text) escape '\\'");
			params.put("text", SqlLike.containing(searched));
			List<UUID> organizations = organizationsOf(this.accounts.searchCustomers(text, MEMBER_MATCHES));
			if (!organizations.isEmpty()) {
				// ids, not a sub-query: both sides of the "or" can then use an index
				page.append(" or p.organization_id in (:organizations)");
				params.put("organizations", organizations);
			}
			page.append(")");
		}
		criteria.kind().ifPresent((kind) -> {
			page.append(" and p.kind = :kind");
			params.put("kind", kind.name());
		});
		criteria.active().ifPresent((active) -> {
			page.append(" and p.active = :active");
			params.put("active", active);
		});
		after.ifPresent((organization) -> {
			page.append(" and (p.sort_name, p.organization_id) > (select a.sort_name, a.organization_id"
					+ " from organizations a where a.organization_id = :after)");
			params.put("after", organization.value());
		});
		page.append(" order by p.sort_name, p.organization_id limit :size");
		params.put("size", size);
		String sql = """
				select %s,
				  (select count(*) from memberships m where m.organization_id = o.organization_id) as members
				from (%s) p join organizations o on o.organization_id = p.organization_id
				order by p.sort_name, p.organization_id""".formatted(columns, page);
		return this.jdbc.sql(sql).params(params).query(mapper).list();
	}

	private List<UUID> organizationsOf(List<UserId> members) {
		if (members.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select distinct organization_id from memberships where user_id in (:members)")
			.param("members", members.stream().map(UserId::value).toList())
			.query(UUID.class)
			.list();
	}

	private Row row(ResultSet rs, int rowNumber) throws SQLException {
		return new Row(new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("customer_code"), rs.getString("siret"),
				rs.getString("city"), rs.getBoolean("active"), rs.getLong("members"));
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
	 * An organization as exported.
	 */
	public record ExportRow(OrganizationId id, String name, String legalName, OrganizationKind kind,
			String customerCode, String siret, boolean active, String street, String postcode, String city,
			String country, String email, String phone, String fax, long members) {

	}

	/**
	 * A line of the result.
	 */
	public record Row(OrganizationId id, String name, OrganizationKind kind, String customerCode, String siret,
			String city, boolean active, long members) {

	}

}
