package org.guichet.knowledge.internal;

import java.util.Locale;
import java.util.UUID;

import org.guichet.shared.TypedText;

/**
 * A search of the knowledge base as the reader typed and filtered it.
 *
 * @param text the words typed: several words, a phrase in quotes, {@code -word} to
 * exclude, {@code or}; anything else is read as words, never as an error
 * @param categoryId only this category, or {@code null}
 * @param productId only this product, or {@code null}
 * @param domain only this functional domain, or {@code null}
 * @param language only this language, or {@code null}
 * @param sort the order
 * @param page the page, from 0
 */
public record SearchQuery(String text, UUID categoryId, UUID productId, String domain, String language, Sort sort,
		int page) {

	/** Results per page. */
	public static final int PAGE_SIZE = 20;

	/** The last page offered: beyond it, a reader refines the search. */
	public static final int MAX_PAGE = 49;

	/** Longer input is cut: nobody types more, and the search stays fast. */
	static final int MAX_TEXT = 500;

	public SearchQuery {
		text = (text == null) ? "" : TypedText.clean(text).strip();
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		domain = (domain == null || domain.isBlank()) ? null : TypedText.clean(domain).strip();
		language = ("fr".equals(language) || "en".equals(language)) ? language : null;
		sort = (sort != null) ? sort : Sort.RELEVANCE;
		page = Math.max(0, Math.min(page, MAX_PAGE));
	}

	public boolean hasText() {
		return !this.text.isEmpty();
	}

	/**
	 * The orders of results.
	 */
	public enum Sort {

		RELEVANCE, VIEWS, NEWEST, TITLE;

		/**
		 * @return the sort named, relevance when none or unknown
		 */
		public static Sort of(String name) {
			if (name == null) {
				return RELEVANCE;
			}
			try {
				return valueOf(name.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return RELEVANCE;
			}
		}

	}

}
