package org.guichet.knowledge.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * An article as its pages show it (the latest text of the row).
 *
 * @param id its id
 * @param number {@code KB} + 7 digits
 * @param status its status
 * @param audience who may read it
 * @param language {@code fr} or {@code en}
 * @param categoryId its category, or {@code null}
 * @param categoryName that category's name, or {@code null}
 * @param productId its product, or {@code null}
 * @param productName that product's name, or {@code null}
 * @param domain its functional domain, or {@code null}
 * @param title its title
 * @param summary its summary
 * @param body its sanitized body
 * @param publishedVersion its latest version, 0 before the first publication
 * @param authorName who wrote it, or {@code null}
 * @param updatedAt when it last changed
 * @param views how many sessions read it
 * @param helpfulYes how many found it useful
 * @param helpfulNo how many did not
 * @param ratingSum the sum of the stars given
 * @param ratingCount how many gave stars
 */
public record ArticleRecord(UUID id, String number, ArticleStatus status, Audience audience, String language,
		UUID categoryId, String categoryName, UUID productId, String productName, String domain, String title,
		String summary, String body, int publishedVersion, String authorName, Instant updatedAt, long views,
		int helpfulYes, int helpfulNo, int ratingSum, int ratingCount) {

	static final String COLUMNS = """
			a.article_id, a.number, a.status, a.audience, a.language, a.category_id, c.name as category_name,
			a.product_id, p.name as product_name, a.domain, a.title, a.summary, a.body, a.published_version,
			u.display_name as author_name, a.updated_at, a.views, a.helpful_yes, a.helpful_no, a.rating_sum,
			a.rating_count
			""";

	static final String JOINS = """
			from kb_articles a
			left join kb_categories c on c.category_id = a.category_id
			left join products p on p.product_id = a.product_id
			left join users u on u.user_id = a.author_id
			""";

	static ArticleRecord of(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ArticleRecord(rs.getObject("article_id", UUID.class), rs.getString("number"),
				ArticleStatus.valueOf(rs.getString("status")), Audience.valueOf(rs.getString("audience")),
				rs.getString("language"), rs.getObject("category_id", UUID.class), rs.getString("category_name"),
				rs.getObject("product_id", UUID.class), rs.getString("product_name"), rs.getString("domain"),
				rs.getString("title"), rs.getString("summary"), rs.getString("body"), rs.getInt("published_version"),
				rs.getString("author_name"), rs.getTimestamp("updated_at").toInstant(), rs.getLong("views"),
				rs.getInt("helpful_yes"), rs.getInt("helpful_no"), rs.getInt("rating_sum"), rs.getInt("rating_count"));
	}

	/**
	 * @return the average of the stars, 0 when nobody rated it
	 */
	public double rating() {
		return (this.ratingCount == 0) ? 0 : (double) this.ratingSum / this.ratingCount;
	}

}
