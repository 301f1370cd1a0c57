package org.guichet.shared;

/**
 * How a person is addressed in letters and e-mails ("civilité"). A person may choose
 * none.
 */
public enum Civility {

	MADAME, MONSIEUR

}
