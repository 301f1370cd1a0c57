package org.guichet.knowledge.internal;

import java.util.UUID;

import org.guichet.shared.TypedText;

/**
 * What the editor sends for an article.
 *
 * @param title its title
 * @param summary a sentence or two shown in the results
 * @param body its body, rich text (sanitized before it is stored)
 * @param categoryId its category, or {@code null}
 * @param productId the product it is about, or {@code null} for all
 * @param domain its functional domain (e.g. "Paie"), or {@code null}
 * @param language {@code fr} or {@code en}
 * @param audience who may read it
 */
public record ArticleDraft(String title, String summary, String body, UUID categoryId, UUID productId, String domain,
		String language, Audience audience) {

	public ArticleDraft {
		title = TypedText.clean(title);
		summary = TypedText.clean(summary);
		body = TypedText.clean(body);
		domain = TypedText.clean(domain);
	}

}
