package org.guichet.knowledge.internal;

import java.time.Instant;
import java.util.List;

/**
 * A page of results.
 *
 * @param hits the articles found, in the order asked
 * @param total how many articles match
 * @param facets the counts of each filter's values, for the matching articles
 * @param categories the category filter, as a tree ({@link CategoryFacets})
 * @param didYouMean a title close to what was typed, when nothing matches; or
 * {@code null}
 */
public record SearchResults(List<Hit> hits, long total, List<Facet> facets, List<CategoryFacet> categories,
		String didYouMean) {

	/**
	 * @return the counts of one filter
	 */
	public List<Facet> facetsOf(String kind) {
		return this.facets.stream().filter((facet) -> facet.kind().equals(kind)).toList();
	}

	public boolean hasMore(int page) {
		return page < SearchQuery.MAX_PAGE && (long) (page + 1) * SearchQuery.PAGE_SIZE < this.total;
	}

	/**
	 * An article found.
	 *
	 * @param number its number
	 * @param title its title
	 * @param summary its summary
	 * @param snippet the passages where the words were found, HTML-escaped but for the
	 * {@code <mark>} tags around the words; {@code null} without words
	 * @param categoryName its category, or {@code null}
	 * @param productName its product, or {@code null}
	 * @param views how many read it
	 * @param publishedAt when it was last published
	 */
	public record Hit(String number, String title, String summary, String snippet, String categoryName,
			String productName, long views, Instant publishedAt) {

	}

	/**
	 * A value of a filter and how many matching articles have it.
	 *
	 * @param kind {@code category}, {@code product}, {@code domain} or {@code language}
	 * @param value the value sent back when the filter is chosen
	 * @param label what the reader sees ({@code null} for a language: the page names it)
	 * @param count how many
	 */
	public record Facet(String kind, String value, String label, long count) {

	}

	/**
	 * A category offered as a filter, with the matching articles it and its
	 * sub-categories hold.
	 *
	 * @param value the category's id, sent back when it is chosen
	 * @param label its name
	 * @param count how many matching articles it holds, sub-categories included
	 * @param depth how far down the tree it is shown, from 0
	 * @param current whether it is the category chosen
	 */
	public record CategoryFacet(String value, String label, long count, int depth, boolean current) {

		/**
		 * @return the start margin of Bootstrap's scale that shows its depth
		 */
		public int indent() {
			return Math.min(this.depth * 2, 5);
		}

	}

}
