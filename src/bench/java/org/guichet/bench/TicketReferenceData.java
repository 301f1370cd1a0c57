package org.guichet.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.guichet.bench.TicketWords.Type;

/**
 * What tickets refer to and a fresh database lacks: the desk's categories, the request
 * types and their themes, the agents who handle tickets and their rights, the big
 * organization's customers and those who file new requests in the simulations. Every id
 * is a function of the seed, so that a simulation can name a category.
 */
final class TicketReferenceData {

	/** How many agents besides the bench agent. */
	static final int AGENTS = 8;

	private final long seed;

	private final String passwordHash;

	TicketReferenceData(long seed, String passwordHash) {
		this.seed = seed;
		this.passwordHash = passwordHash;
	}

	static UUID categoryId(long seed, int category) {
		return id(seed, 4_000_000_000L + category);
	}

	static UUID requestTypeId(long seed, int type) {
		return id(seed, 4_000_000_100L + type);
	}

	static UUID themeId(long seed, int type, int theme) {
		return id(seed, 4_000_001_000L + type * 10L + theme);
	}

	/**
	 * @return the agents' ids, the bench agent's first
	 */
	List<UUID> agents(Connection connection) throws SQLException {
		List<UUID> agents = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("select user_id from users where email = ?")) {
			select.setString(1, BenchDataGenerator.AGENT_EMAIL);
			ResultSet row = select.executeQuery();
			if (!row.next()) {
				throw new IllegalStateException(
						"No " + BenchDataGenerator.AGENT_EMAIL + ": generate organizations first");
			}
			agents.add(row.getObject(1, UUID.class));
		}
		for (int a = 1; a <= AGENTS; a++) {
			agents.add(id(this.seed, 4_000_002_000L + a));
		}
		return agents;
	}

	/**
	 * @return whether the agent writes on the category: the bench agent on the first four
	 * (it reads the fifth), the others on two neighbouring categories each
	 */
	static boolean writes(int agent, int category) {
		if (agent == 0) {
			return category < 4;
		}
		return category == (agent - 1) % TicketWords.CATEGORIES.size()
				|| category == agent % TicketWords.CATEGORIES.size();
	}

	void insert(Connection connection, List<UUID> agents, UUID bigOrganization, List<UUID> filerOrganizations)
			throws SQLException {
		Timestamp epoch = Timestamp.from(GeneratedOrganization.EPOCH);
		try (PreparedStatement category = connection.prepareStatement(
				"insert into categories (category_id, name, description, position) values (?, ?, ?, ?)")) {
			for (int c = 0; c < TicketWords.CATEGORIES.size(); c++) {
				category.setObject(1, categoryId(this.seed, c));
				category.setString(2, TicketWords.CATEGORIES.get(c));
				category.setString(3, "Catégorie du banc d'essai");
				category.setInt(4, (c + 1) * 10);
				category.executeUpdate();
			}
		}
		try (PreparedStatement type = connection.prepareStatement("insert into request_types (request_type_id, code, "
				+ "name, description, category_id, position) values (?, ?, ?, ?, ?, ?)");
				PreparedStatement theme = connection.prepareStatement("insert into request_themes (theme_id, "
						+ "request_type_id, parent_id, name, depth, position) values (?, ?, null, ?, 1, ?)")) {
			for (int t = 0; t < TicketWords.TYPES.size(); t++) {
				Type one = TicketWords.TYPES.get(t);
				type.setObject(1, requestTypeId(this.seed, t));
				type.setString(2, one.code());
				type.setString(3, one.name());
				type.setString(4, "Type de demande du banc d'essai");
				type.setObject(5, categoryId(this.seed, one.category()));
				type.setInt(6, (t + 1) * 10);
				type.executeUpdate();
				for (int h = 0; h < one.themes().size(); h++) {
					theme.setObject(1, themeId(this.seed, t, h));
					theme.setObject(2, requestTypeId(this.seed, t));
					theme.setString(3, one.themes().get(h).name());
					theme.setInt(4, (h + 1) * 10);
					theme.executeUpdate();
				}
			}
		}
		try (PreparedStatement user = connection.prepareStatement("insert into users (user_id, email, display_name, "
				+ "password_hash, state, staff_role, preferred_language, created_at, version, activated_at, "
				+ "password_changed_at, failed_logins) values (?, ?, ?, ?, 'ACTIVE', ?, 'fr', ?, 0, ?, now(), 0)");
				PreparedStatement right = connection
					.prepareStatement("insert into category_rights (user_id, category_id, access) values (?, ?, ?)");
				PreparedStatement membership = connection.prepareStatement("insert into memberships (membership_id, "
						+ "organization_id, user_id, role, created_at) values (?, ?, ?, 'MEMBER', ?)")) {
			for (int a = 1; a <= AGENTS; a++) {
				insertUser(user, agents.get(a), "agent.support%02d@guichet.test".formatted(a),
						"Agent Support %02d".formatted(a), "AGENT", epoch);
			}
			for (int a = 0; a < agents.size(); a++) {
				for (int c = 0; c < TicketWords.CATEGORIES.size(); c++) {
					String access = writes(a, c) ? "WRITE" : (a == 0 && c == 4) ? "READ" : null;
					if (access != null) {
						right.setObject(1, agents.get(a));
						right.setObject(2, categoryId(this.seed, c));
						right.setString(3, access);
						right.executeUpdate();
					}
				}
			}
			for (int n = 1; n <= TicketStep.BIG_CUSTOMERS; n++) {
				UUID id = bigCustomerId(n);
				insertUser(user, id, TicketStep.bigCustomerEmail(n), "Demandeur Grand compte %02d".formatted(n), null,
						epoch);
				insertMembership(membership, id(this.seed, 4_000_005_000L + n), bigOrganization, id, epoch);
			}
			for (int n = 1; n <= TicketStep.FILERS; n++) {
				UUID id = id(this.seed, 4_000_004_000L + n);
				insertUser(user, id, TicketStep.filerEmail(n), "Demandeur Banc %02d".formatted(n), null, epoch);
				insertMembership(membership, id(this.seed, 4_000_006_000L + n),
						filerOrganizations.get((n - 1) % filerOrganizations.size()), id, epoch);
			}
		}
	}

	UUID bigCustomerId(int n) {
		return id(this.seed, 4_000_003_000L + n);
	}

	private void insertUser(PreparedStatement user, UUID id, String email, String name, String staffRole,
			Timestamp epoch) throws SQLException {
		user.setObject(1, id);
		user.setString(2, email);
		user.setString(3, name);
		user.setString(4, this.passwordHash);
		user.setString(5, staffRole);
		user.setTimestamp(6, epoch);
		user.setTimestamp(7, epoch);
		user.executeUpdate();
	}

	private static void insertMembership(PreparedStatement membership, UUID id, UUID organization, UUID user,
			Timestamp epoch) throws SQLException {
		membership.setObject(1, id);
		membership.setObject(2, organization);
		membership.setObject(3, user);
		membership.setTimestamp(4, epoch);
		membership.executeUpdate();
	}

	static void checkEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			ResultSet existing = statement.executeQuery("select exists (select 1 from tickets) "
					+ "or exists (select 1 from categories) or exists (select 1 from request_types)");
			existing.next();
			if (existing.getBoolean(1)) {
				throw new IllegalStateException("This database already has tickets, categories or request types: "
						+ "generate tickets into a new one");
			}
			ResultSet superuser = statement.executeQuery("select current_setting('is_superuser')");
			superuser.next();
			if (!"on".equals(superuser.getString(1))) {
				throw new IllegalStateException("The ticket step loads with triggers off "
						+ "(session_replication_role): connect as a superuser such as postgres");
			}
		}
	}

	private static UUID id(long seed, long offset) {
		return GeneratedOrganization.uuid(new Random(seed * 1_000_003L + offset));
	}

}
