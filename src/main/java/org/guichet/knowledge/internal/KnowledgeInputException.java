package org.guichet.knowledge.internal;

import org.guichet.shared.FieldRefusedException;

/**
 * A value of the article editor refused: an empty title, a file too large or of a refused
 * format.
 */
public class KnowledgeInputException extends FieldRefusedException {

	public KnowledgeInputException(String field, String messageKey) {
		super(field, messageKey);
	}

}
