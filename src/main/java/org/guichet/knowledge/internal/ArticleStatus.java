package org.guichet.knowledge.internal;

/**
 * An article's lifecycle: written as a draft, published (again and again: each
 * publication is a version), retired (no longer shown to readers; publishing it again
 * brings it back).
 */
public enum ArticleStatus {

	DRAFT, PUBLISHED, RETIRED;

	/**
	 * @throws ArticleStateException when an article in this status cannot be retired
	 */
	ArticleStatus retire() {
		if (this != PUBLISHED) {
			throw new ArticleStateException();
		}
		return RETIRED;
	}

	/**
	 * Any article may be published: a draft for the first time, a published article as a
	 * new version, a retired one to bring it back.
	 */
	ArticleStatus publish() {
		return PUBLISHED;
	}

	/**
	 * Thrown when a move the lifecycle forbids is asked (answered with a 409).
	 */
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
	public static class ArticleStateException extends RuntimeException {

	}

}
