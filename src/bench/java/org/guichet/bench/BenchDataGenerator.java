package org.guichet.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

import org.guichet.organization.OrganizationKind;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Fills an already migrated Guichet database with organizations, their members and one
 * staff agent, and with {@code --kb-articles N} a knowledge base of N articles
 * ({@link KnowledgeBaseStep}), and with {@code --tickets N} N tickets over five years
 * ({@link TicketStep}), for the benchmarks of docs/performance.md. The same arguments
 * always give the same data (ticket dates are counted back from the moment the ticket
 * step runs). {@code --organizations 0} adds the knowledge base or the tickets to a
 * database generated before.
 *
 * <pre>
 * ./mvnw -Pbench -q test-compile exec:java -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/guichet_bench
 *   --user postgres --organizations 100000 --members 500000 [--kb-articles 10000] [--tickets 1000000]
 *   [--seed 2026]"
 * </pre>
 */
public final class BenchDataGenerator {

	/** The staff agent the simulations sign in as. */
	static final String AGENT_EMAIL = "agent.bench@guichet.test";

	/** The password of every generated account, the agent's included. */
	static final String PASSWORD = "Guichet-bench-2026";

	private final long seed;

	private final String passwordHash;

	private BenchDataGenerator(long seed) {
		this.seed = seed;
		// The encoder and parameters of SecurityConfiguration.passwordEncoder(), hashed
		// once.
		this.passwordHash = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19456, 2).encode(PASSWORD);
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/guichet_bench");
		int organizations = Integer.parseInt(options.getOrDefault("organizations", "100000"));
		int members = Integer.parseInt(options.getOrDefault("members", "500000"));
		int articles = Integer.parseInt(options.getOrDefault("kb-articles", "0"));
		int tickets = Integer.parseInt(options.getOrDefault("tickets", "0"));
		long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
		if ((organizations != 0 && organizations < 20) || members < organizations || articles < 0 || tickets < 0) {
			throw new IllegalArgumentException("At least 20 organizations (or none, to add only the knowledge base), "
					+ "and as many members as organizations");
		}
		Properties credentials = new Properties();
		credentials.setProperty("user", options.getOrDefault("user", "postgres"));
		if (options.containsKey("password")) {
			credentials.setProperty("password", options.get("password"));
		}
		try (Connection connection = DriverManager.getConnection(url, credentials)) {
			new BenchDataGenerator(seed).fill(connection, organizations, members, articles, tickets);
		}
	}

	private void fill(Connection connection, int organizationCount, int memberCount, int articleCount, int ticketCount)
			throws SQLException, IOException {
		// everything is checked before anything is written
		if (organizationCount > 0) {
			checkEmptyAndMigrated(connection);
		}
		if (articleCount > 0) {
			KnowledgeBaseStep.checkEmpty(connection);
		}
		if (ticketCount > 0) {
			TicketReferenceData.checkEmpty(connection);
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("set synchronous_commit = off");
			statement.execute("set maintenance_work_mem = '256MB'");
		}
		connection.setAutoCommit(false);
		List<String> filled = new ArrayList<>();
		if (organizationCount > 0) {
			fillOrganizations(connection, organizationCount, memberCount);
			filled.addAll(List.of("organizations", "users", "memberships"));
		}
		if (articleCount > 0) {
			new KnowledgeBaseStep(this.seed, this.passwordHash).fill(connection, articleCount);
			filled.addAll(List.of("kb_categories", "kb_articles", "kb_article_versions", "kb_attachments"));
			if (organizationCount == 0) {
				filled.addAll(List.of("users", "memberships"));
			}
		}
		if (ticketCount > 0) {
			new TicketStep(this.seed, this.passwordHash).fill(connection, ticketCount);
			filled.addAll(List.of("categories", "category_rights", "request_types", "request_themes", "tickets",
					"ticket_articles", "ticket_attachments", "ticket_clocks", "ticket_clock_events", "ticket_search",
					"ticket_number_counters"));
			if (organizationCount == 0) {
				filled.addAll(List.of("users", "memberships"));
			}
		}

		Instant start = Instant.now();
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			for (String table : new java.util.LinkedHashSet<>(filled)) {
				statement.execute("vacuum analyze " + table);
			}
		}
		log("vacuum analyze in %s", start);
	}

	private void fillOrganizations(Connection connection, int organizationCount, int memberCount)
			throws SQLException, IOException {
		Instant start = Instant.now();
		UUID[] ids = new UUID[organizationCount];
		String[] domains = new String[organizationCount];
		try (CopyRows rows = new CopyRows(connection, "organizations", "organization_id", "name", "legal_name", "kind",
				"customer_code", "siret", "street", "postcode", "city", "country", "email", "phone", "active",
				"created_at", "updated_at", "version")) {
			for (int k = 0; k < organizationCount; k++) {
				GeneratedOrganization o = GeneratedOrganization.of(this.seed, k);
				ids[k] = o.id();
				domains[k] = o.domain();
				rows.row(o.id(), o.name(), o.legalName(), o.kind(), o.customerCode(), o.siret(), o.street(),
						o.postcode(), o.city(), "FR", o.email(), o.phone(), o.active(), o.createdAt(), null, 0);
			}
		}
		connection.commit();
		log("%,d organizations in %s", organizationCount, start);

		start = Instant.now();
		// One COPY at a time on a connection: memberships wait in memory for their users.
		List<Object[]> memberships = new ArrayList<>(memberCount + memberCount / 8);
		int[] sizes = new int[organizationCount];
		try (CopyRows users = new CopyRows(connection, "users", "user_id", "email", "display_name", "password_hash",
				"state", "staff_role", "preferred_language", "created_at", "version", "phone", "invited_at",
				"activated_at", "password_changed_at", "failed_logins", "civility")) {
			for (int u = 0; u < memberCount; u++) {
				Random random = new Random(this.seed * 1_000_003L + 1_000_000_000L + u);
				int first = (u < organizationCount) ? u : organizationFor(random, organizationCount);
				int second = (random.nextInt(10) == 0) ? organizationFor(random, organizationCount) : -1;
				boolean household = GeneratedOrganization.kind(first) == OrganizationKind.HOUSEHOLD;
				UUID user = member(users, random, u, domains[first], household);
				memberships.add(new Object[] { GeneratedOrganization.uuid(random), ids[first], user,
						role(random, sizes[first]++), GeneratedOrganization.EPOCH });
				if (second >= 0 && second != first && !household) {
					memberships.add(new Object[] { GeneratedOrganization.uuid(random), ids[second], user,
							role(random, sizes[second]++), GeneratedOrganization.EPOCH });
				}
			}
			users.row(GeneratedOrganization.uuid(new Random(this.seed)), AGENT_EMAIL, "Agent Banc d'essai",
					this.passwordHash, "ACTIVE", "AGENT", "fr", GeneratedOrganization.EPOCH, 0, null, null,
					GeneratedOrganization.EPOCH, Instant.now(), 0, "MADAME");
		}
		try (CopyRows links = new CopyRows(connection, "memberships", "membership_id", "organization_id", "user_id",
				"role", "created_at")) {
			memberships.forEach(links::row);
		}
		connection.commit();
		log("%,d members (%,d memberships) and the agent %s in %s", memberCount, memberships.size(), AGENT_EMAIL,
				start);
	}

	private UUID member(CopyRows users, Random random, int u, String domain, boolean household) {
		boolean woman = random.nextBoolean();
		String first = GeneratedOrganization.pick(random, woman ? FrenchWords.WOMEN : FrenchWords.MEN);
		String last = GeneratedOrganization.pick(random, FrenchWords.SURNAMES);
		String email = FrenchWords.slug(first) + "." + FrenchWords.slug(last).replace("-", "") + u + "@" + domain;
		Instant created = GeneratedOrganization.EPOCH.plus(Duration.ofMinutes(random.nextInt(10 * 365 * 24 * 60)));
		int roll = random.nextInt(100);
		UUID id = GeneratedOrganization.uuid(random);
		String phone = (random.nextInt(3) == 0) ? "06 %02d %02d %02d %02d".formatted(random.nextInt(100),
				random.nextInt(100), random.nextInt(100), random.nextInt(100)) : null;
		String language = (random.nextInt(20) == 0) ? "en" : "fr";
		if (roll < 3) {
			users.row(id, email, email.substring(0, email.indexOf('@')), null, "INVITED", null, language, created, 0,
					null, created, null, null, 0, null);
		}
		else {
			users.row(id, email, first + " " + last, this.passwordHash, (roll < 4) ? "BLOCKED" : "ACTIVE", null,
					language, created, 0, household ? null : phone, created, created, created, 0,
					woman ? "MADAME" : "MONSIEUR");
		}
		return id;
	}

	/**
	 * Big customers have many members, households few: most members go to the first
	 * organizations, and three in four of those drawn into a household move to a company
	 * or public body nearby.
	 */
	private static int organizationFor(Random random, int count) {
		int k = (int) (count * Math.pow(random.nextDouble(), 2));
		if (GeneratedOrganization.kind(k) == OrganizationKind.HOUSEHOLD && random.nextInt(4) != 0) {
			k = Math.min(count - 1, k - (k % 20) + random.nextInt(16));
		}
		return k;
	}

	private static String role(Random random, int membersBefore) {
		int roll = random.nextInt(100);
		return (membersBefore == 0 || roll < 5) ? "ADMIN" : (roll < 15) ? "TECHNICAL_CONTACT" : "MEMBER";
	}

	private static void checkEmptyAndMigrated(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			ResultSet migrated = statement.executeQuery("select to_regclass('organizations') is not null");
			migrated.next();
			if (!migrated.getBoolean(1)) {
				throw new IllegalStateException(
						"No organizations table: start Guichet once against this database so that Flyway migrates it");
			}
			ResultSet existing = statement.executeQuery("select exists (select 1 from organizations)");
			existing.next();
			if (existing.getBoolean(1)) {
				throw new IllegalStateException("This database already has organizations: generate into a new one");
			}
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --name value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

	static void log(String format, Object... arguments) {
		Object[] values = arguments.clone();
		Object last = values[values.length - 1];
		if (last instanceof Instant start) {
			values[values.length - 1] = Duration.between(start, Instant.now()).toMillis() / 1000.0 + " s";
		}
		System.out.println(format.formatted(values));
	}

}
