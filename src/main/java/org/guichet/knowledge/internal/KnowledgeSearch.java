package org.guichet.knowledge.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.guichet.knowledge.internal.SearchResults.Facet;
import org.guichet.knowledge.internal.SearchResults.Hit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the knowledge base: the French full-text search (stems, accents ignored,
 * phrases in quotes, title weighing more than the summary, the body, then the files), its
 * filters with counts, "did you mean" and the home's lists ({@link KnowledgeSuggestions}
 * offers articles beside). Every query is bounded by what the {@link Reader} may read, in
 * the SQL itself.
 * <p>
 * Each reading is one statement, sent without a transaction of its own (one round trip to
 * the database rather than two, the commit's): on this project's two-core test machine
 * each round trip of an otherwise idle server costs about a millisecond.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class KnowledgeSearch {

	private static final Pattern NUMBER = Pattern.compile("(?i)^\\s*(KB\\d{7})\\s*$");

	/**
	 * The typed text as a query, parsed once: a {@code websearch_to_tsquery} written
	 * inside a condition or a rank is a stable function of its arguments, which
	 * PostgreSQL calls again for every row (8 of the 10 ms of a phrase search over 1,400
	 * candidates).
	 */
	private static final String QUERY = "q as (select websearch_to_tsquery('french_unaccent', :q) as query),";

	private static final String FILTERS = """
			(cast(:category as uuid) is null or a.category_id = any(s.ids)) as category_ok,
			(cast(:product as uuid) is null or a.product_id = :product) as product_ok,
			(cast(:domain as varchar) is null or a.domain = :domain) as domain_ok,
			(cast(:language as varchar) is null or a.language = :language) as language_ok
			""";

	/**
	 * How close a title must be to what was typed to be offered (pg_trgm's word
	 * similarity; its default of 0.6 misses one wrong letter in a word of ten).
	 */
	private static final double DID_YOU_MEAN_THRESHOLD = 0.45;

	private final JdbcClient jdbc;

	KnowledgeSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the article's number when the text is one ("KB0030252"), whatever its case
	 */
	public static Optional<String> number(String text) {
		Matcher matcher = NUMBER.matcher((text != null) ? text : "");
		return matcher.matches() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
	}

	/**
	 * @return a page of the articles the reader may read that match, with the filters'
	 * counts
	 */
	public SearchResults search(SearchQuery query, Reader reader) {
		String rank = query.hasText() ? "ts_rank(a.document, q.query)" : "0";
		String order = switch (query.sort()) {
			case RELEVANCE -> query.hasText() ? "m.rank desc, m.views desc" : "m.published_at desc";
			case VIEWS -> "m.views desc, m.published_at desc";
			case NEWEST -> "m.published_at desc";
			case TITLE -> "lower(m.title), m.number";
		};
		// The matching articles are found (and, for a phrase, their positions checked)
		// once for the page, its total and the filters' counts. Each filter is counted
		// leaving out its own choice, so that the reader sees what choosing another value
		// gives. A category chosen takes its sub-categories along.
		String sql = """
				with recursive %s
				subtree as (
				  select category_id from kb_categories where category_id = cast(:category as uuid)
				  union all
				  select k.category_id from kb_categories k join subtree on k.parent_id = subtree.category_id
				),
				chosen as (select array_agg(category_id) as ids from subtree),
				m as materialized (
				  select a.article_id, a.category_id, a.product_id, a.domain, a.language, a.views, a.published_at,
				    a.title, a.number, %s as rank, %s
				  from %s chosen s, kb_articles a where %s%s
				),
				counts as (
				  select 'category' as kind, cast(m.category_id as varchar) as value, c.name as label, count(*) as n
				  from m join kb_categories c on c.category_id = m.category_id
				  where product_ok and domain_ok and language_ok group by m.category_id, c.name
				  union all
				  select 'product', cast(m.product_id as varchar), p.name, count(*)
				  from m join products p on p.product_id = m.product_id
				  where category_ok and domain_ok and language_ok group by m.product_id, p.name
				  union all
				  select 'domain', m.domain, m.domain, count(*) from m
				  where m.domain is not null and category_ok and product_ok and language_ok group by m.domain
				  union all
				  select 'language', m.language, null, count(*) from m
				  where category_ok and product_ok and domain_ok group by m.language
				),
				page as (
				  select m.* from m where category_ok and product_ok and domain_ok and language_ok
				  order by %s, m.number limit :limit offset :offset
				)
				select f.facets, t.total, w.words, k.tree, r.*
				from (select array_agg(array[kind, value, label, cast(n as varchar)] order by kind, n desc, label) as facets
				      from counts) f
				cross join (select array_agg(array[cast(category_id as varchar), cast(parent_id as varchar), name]) as tree
				      from kb_categories) k
				cross join (select count(*) as total from m where category_ok and product_ok and domain_ok and language_ok) t
				cross join (select %s as words) w
				left join lateral (
				  select m.number, m.title, a.summary, c.name as category_name, p.name as product_name, m.views,
				    m.published_at, m.rank, m.number as sort_number,
				    a.summary || ' ' || left(a.body_text, 20000) || ' ' || left(coalesce(a.attachment_text, ''), 20000) as text
				  from page m
				  join kb_articles a on a.article_id = m.article_id
				  left join kb_categories c on c.category_id = a.category_id
				  left join products p on p.product_id = a.product_id
				) r on true
				order by %s, r.sort_number
				"""
			.formatted(query.hasText() ? QUERY : "", rank, FILTERS, query.hasText() ? "q," : "", Reader.condition(),
					query.hasText() ? " and a.document @@ q.query" : "", order,
					query.hasText() ? "(select cast(query as varchar) from q)" : "null", order.replace("m.", "r."));
		long[] total = { 0 };
		int[] rows = { 0 };
		List<Facet> facets = new ArrayList<>();
		List<CategoryFacets.Node> tree = new ArrayList<>();
		List<Hit> hits = new ArrayList<>();
		params(this.jdbc.sql(sql), query, reader).param("limit", SearchQuery.PAGE_SIZE)
			.param("offset", query.page() * SearchQuery.PAGE_SIZE)
			.query((rs) -> {
				if (rows[0]++ == 0) {
					total[0] = rs.getLong("total");
					facets.addAll(facets(rs.getArray("facets")));
					tree.addAll(tree(rs.getArray("tree")));
				}
				if (rs.getString("number") != null) {
					hits.add(hit(rs, Snippets.of(rs.getString("text"), Snippets.stems(rs.getString("words")))));
				}
			});
		String didYouMean = (hits.isEmpty() && query.hasText() && query.page() == 0) ? didYouMean(query.text(), reader)
				: null;
		Map<String, Long> own = facets.stream()
			.filter((facet) -> facet.kind().equals("category"))
			.collect(Collectors.toMap(Facet::value, Facet::count));
		return new SearchResults(hits, total[0],
				facets.stream().filter((facet) -> !facet.kind().equals("category")).toList(),
				CategoryFacets.of(tree, own, query.categoryId()), didYouMean);
	}

	private static List<CategoryFacets.Node> tree(Array array) throws SQLException {
		List<CategoryFacets.Node> tree = new ArrayList<>();
		if (array != null) {
			for (Object row : (Object[]) array.getArray()) {
				String[] values = (String[]) row;
				tree.add(new CategoryFacets.Node(values[0], values[1], values[2]));
			}
		}
		return tree;
	}

	private static List<Facet> facets(Array array) throws SQLException {
		List<Facet> facets = new ArrayList<>();
		if (array == null) {
			return facets;
		}
		for (Object row : (Object[]) array.getArray()) {
			String[] values = (String[]) row;
			facets.add(new Facet(values[0], values[1], values[2], Long.parseLong(values[3])));
		}
		return facets;
	}

	/**
	 * @return the title the reader may read closest to what they typed (trigrams), if any
	 * is close enough
	 */
	String didYouMean(String text, Reader reader) {
		String typed = text.replaceAll("[\"'()&|!:*<>-]", " ").strip().toLowerCase(Locale.ROOT);
		if (typed.isEmpty()) {
			return null;
		}
		// "<%" is word_similarity(…) >= the threshold, and the trigram index of titles
		// answers it: a scan of every title took 40 ms for 10,000 articles. The threshold
		// is set on the connection (both statements run on the same one, held for this
		// reading); only this query uses the operator.
		this.jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, false)")
			.param("threshold", Double.toString(DID_YOU_MEAN_THRESHOLD))
			.query(String.class)
			.single();
		return scope(this.jdbc
			.sql("select a.title from kb_articles a where " + Reader.condition() + " and :typed <% lower(a.title)"
					+ " order by word_similarity(:typed, lower(a.title)) desc, a.views desc limit 1"),
				reader)
			.param("typed", typed)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * @return the published article, if the reader may read it
	 */
	public Optional<ArticleRecord> readable(String number, Reader reader) {
		return scope(this.jdbc.sql("select " + ArticleRecord.COLUMNS + ArticleRecord.JOINS + " where a.number = :number"
				+ " and " + Reader.condition()), reader)
			.param("number", number)
			.query((rs, row) -> ArticleRecord.of(rs))
			.optional();
	}

	/**
	 * @return the articles readers found most useful (useful answers, then stars)
	 */
	public List<Hit> mostUseful(Reader reader, int limit) {
		return list("a.helpful_yes - a.helpful_no desc, a.rating_sum desc, a.views desc", reader, limit);
	}

	/**
	 * @return the latest published articles
	 */
	public List<Hit> mostRecent(Reader reader, int limit) {
		return list("a.published_at desc", reader, limit);
	}

	private List<Hit> list(String order, Reader reader, int limit) {
		return scope(this.jdbc.sql("""
				select a.number, a.title, a.summary, c.name as category_name, p.name as product_name, a.views,
				  a.published_at
				from kb_articles a
				left join kb_categories c on c.category_id = a.category_id
				left join products p on p.product_id = a.product_id
				where %s order by %s limit :limit
				""".formatted(Reader.condition(), order)), reader).param("limit", limit)
			.query((rs, row) -> hit(rs, null))
			.list();
	}

	private static Hit hit(ResultSet rs, String snippet) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Hit(rs.getString("number"), rs.getString("title"), rs.getString("summary"), snippet,
				rs.getString("category_name"), rs.getString("product_name"), rs.getLong("views"),
				(published != null) ? published.toInstant() : null);
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, SearchQuery query, Reader reader) {
		return scope(spec, reader).param("q", query.text())
			.param("category", query.categoryId())
			.param("product", query.productId())
			.param("domain", query.domain())
			.param("language", query.language());
	}

	static JdbcClient.StatementSpec scope(JdbcClient.StatementSpec spec, Reader reader) {
		return spec.param("audiences", reader.audiences())
			.param("staff", reader.staff())
			.param("products", reader.productArray());
	}

}
