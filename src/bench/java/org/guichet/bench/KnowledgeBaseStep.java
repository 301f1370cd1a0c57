package org.guichet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.guichet.bench.HelpDeskWords.Topic;

/**
 * The generator's knowledge-base step: a category per domain and per topic, the articles
 * of {@link GeneratedArticle} with their published version and PDF attachment, the
 * products they are about, and the customers the simulations sign in as.
 */
final class KnowledgeBaseStep {

	/** Code, name and family of the products articles are about (added if missing). */
	static final List<String[]> PRODUCTS = List.of(new String[] { "HORIZON", "Horizon", "Logiciel" },
			new String[] { "ATLAS", "Atlas", "Logiciel" }, new String[] { "OPALE", "Opale", "Logiciel" },
			new String[] { "CIRRUS", "Cirrus", "Services en ligne" },
			new String[] { "SEXTANT", "Sextant", "Juridique" }, new String[] { "VIGIE", "Vigie", "Services en ligne" });

	/** How many customers the step adds, {@link #customerEmail(int) numbered} from 1. */
	static final int CUSTOMERS = 10;

	private final long seed;

	private final String passwordHash;

	KnowledgeBaseStep(long seed, String passwordHash) {
		this.seed = seed;
		this.passwordHash = passwordHash;
	}

	/**
	 * @return the address of the n-th customer (1 to {@link #CUSTOMERS}), a member of an
	 * active organization, whose password is {@link BenchDataGenerator#PASSWORD}
	 */
	static String customerEmail(int n) {
		return "client.bench%02d@guichet.test".formatted(n);
	}

	static void checkEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			ResultSet migrated = statement.executeQuery("select to_regclass('kb_articles') is not null");
			migrated.next();
			if (!migrated.getBoolean(1)) {
				throw new IllegalStateException("No kb_articles table: start this version of Guichet once "
						+ "against this database so that Flyway migrates it");
			}
			ResultSet existing = statement.executeQuery("select exists (select 1 from kb_articles)");
			existing.next();
			if (existing.getBoolean(1)) {
				throw new IllegalStateException("This database already has knowledge-base articles");
			}
		}
	}

	void fill(Connection connection, int count) throws SQLException, IOException {
		Instant start = Instant.now();
		UUID[] products = products(connection);
		addCustomers(connection);
		UUID author = author(connection);
		List<UUID> categories = new ArrayList<>();
		try (CopyRows rows = new CopyRows(connection, "kb_categories", "category_id", "parent_id", "name",
				"position")) {
			for (int d = 0; d < HelpDeskWords.DOMAINS.size(); d++) {
				rows.row(id(3_000_000_000L + d), null, HelpDeskWords.DOMAINS.get(d), d);
			}
			for (int t = 0; t < HelpDeskWords.TOPICS.size(); t++) {
				Topic topic = HelpDeskWords.TOPICS.get(t);
				categories.add(id(3_000_000_100L + t));
				rows.row(categories.get(t), id(3_000_000_000L + HelpDeskWords.DOMAINS.indexOf(topic.domain())),
						topic.category(), t);
			}
		}
		try (CopyRows rows = new CopyRows(connection, "kb_articles", "article_id", "number", "status", "audience",
				"language", "category_id", "product_id", "domain", "title", "summary", "body", "body_text",
				"attachment_text", "published_version", "author_id", "created_at", "updated_at", "published_at",
				"views", "helpful_yes", "helpful_no", "rating_sum", "rating_count", "version")) {
			for (int k = 0; k < count; k++) {
				GeneratedArticle a = GeneratedArticle.of(this.seed, k);
				rows.row(a.id(), a.number(), a.status(), a.audience(), a.language(), categories.get(a.topic()),
						(a.product() < 0) ? null : products[a.product()], HelpDeskWords.TOPICS.get(a.topic()).domain(),
						a.title(), a.summary(), a.body(), a.bodyText(), a.attachmentText(),
						(a.publishedAt() == null) ? 0 : 1, author, a.createdAt(), a.updatedAt(), a.publishedAt(),
						a.views(), a.helpfulYes(), a.helpfulNo(), a.ratingSum(), a.ratingCount(), 0);
			}
		}
		// the rest is computed again from the seed rather than held in memory
		long versions;
		long attachments;
		try (CopyRows rows = new CopyRows(connection, "kb_article_versions", "article_id", "version", "title",
				"summary", "body", "published_by", "published_at")) {
			for (int k = 0; k < count; k++) {
				GeneratedArticle a = GeneratedArticle.of(this.seed, k);
				if (a.publishedAt() != null) {
					rows.row(a.id(), 1, a.title(), a.summary(), a.body(), author, a.publishedAt());
				}
			}
			versions = rows.count();
		}
		try (CopyRows rows = new CopyRows(connection, "kb_attachments", "attachment_id", "article_id", "file_name",
				"media_type", "size", "sha256", "created_at")) {
			for (int k = 0; k < count; k++) {
				GeneratedArticle a = GeneratedArticle.of(this.seed, k);
				if (a.attachmentId() != null) {
					byte[] text = a.attachmentText().getBytes(StandardCharsets.UTF_8);
					rows.row(a.attachmentId(), a.id(), a.attachmentFileName(), "application/pdf", text.length,
							sha256(text), a.createdAt());
				}
			}
			attachments = rows.count();
		}
		try (Statement statement = connection.createStatement()) {
			// the next article created in Guichet gets the number after the generated
			// ones
			statement.execute("select setval('kb_article_numbers', " + count + ")");
		}
		connection.commit();
		BenchDataGenerator.log("%,d articles (%,d versions, %,d PDF attachments) in %d categories, %d customers in %s",
				count, versions, attachments, HelpDeskWords.DOMAINS.size() + categories.size(), CUSTOMERS, start);
	}

	private UUID[] products(Connection connection) throws SQLException {
		UUID[] ids = new UUID[PRODUCTS.size()];
		try (PreparedStatement insert = connection.prepareStatement("insert into products "
				+ "(product_id, code, name, family, active, created_at, version) values (?, ?, ?, ?, true, ?, 0) "
				+ "on conflict do nothing");
				PreparedStatement select = connection
					.prepareStatement("select product_id from products where lower(code) = lower(?)")) {
			for (int p = 0; p < ids.length; p++) {
				String[] product = PRODUCTS.get(p);
				insert.setObject(1, id(3_100_000_000L + p));
				insert.setString(2, product[0]);
				insert.setString(3, product[1]);
				insert.setString(4, product[2]);
				insert.setTimestamp(5, Timestamp.from(GeneratedOrganization.EPOCH));
				insert.executeUpdate();
				select.setString(1, product[0]);
				ResultSet row = select.executeQuery();
				row.next();
				ids[p] = row.getObject(1, UUID.class);
			}
		}
		return ids;
	}

	/**
	 * Active customers of the first active companies and public bodies, each with its own
	 * address so that the simulations stay under the per-address sign-in limit.
	 */
	private void addCustomers(Connection connection) throws SQLException {
		List<UUID> organizations = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			ResultSet rows = statement.executeQuery("select organization_id from organizations "
					+ "where active and kind <> 'HOUSEHOLD' order by customer_code limit " + CUSTOMERS);
			while (rows.next()) {
				organizations.add(rows.getObject(1, UUID.class));
			}
		}
		if (organizations.isEmpty()) {
			throw new IllegalStateException("No active organization for the customers: generate organizations first");
		}
		try (PreparedStatement user = connection.prepareStatement("insert into users (user_id, email, display_name, "
				+ "password_hash, state, preferred_language, created_at, version, activated_at, password_changed_at, "
				+ "failed_logins) values (?, ?, ?, ?, 'ACTIVE', 'fr', ?, 0, ?, now(), 0)");
				PreparedStatement membership = connection.prepareStatement("insert into memberships "
						+ "(membership_id, organization_id, user_id, role, created_at) values (?, ?, ?, 'MEMBER', ?)")) {
			Timestamp epoch = Timestamp.from(GeneratedOrganization.EPOCH);
			for (int n = 1; n <= CUSTOMERS; n++) {
				UUID id = id(3_200_000_000L + n);
				user.setObject(1, id);
				user.setString(2, customerEmail(n));
				user.setString(3, "Client %02d Banc d'essai".formatted(n));
				user.setString(4, this.passwordHash);
				user.setTimestamp(5, epoch);
				user.setTimestamp(6, epoch);
				user.executeUpdate();
				membership.setObject(1, id(3_300_000_000L + n));
				membership.setObject(2, organizations.get(n % organizations.size()));
				membership.setObject(3, id);
				membership.setTimestamp(4, epoch);
				membership.executeUpdate();
			}
		}
	}

	private static UUID author(Connection connection) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("select user_id from users where email = ?")) {
			select.setString(1, BenchDataGenerator.AGENT_EMAIL);
			ResultSet row = select.executeQuery();
			return row.next() ? row.getObject(1, UUID.class) : null;
		}
	}

	private UUID id(long offset) {
		return GeneratedOrganization.uuid(new Random(this.seed * 1_000_003L + offset));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
