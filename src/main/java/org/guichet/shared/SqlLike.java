package org.guichet.shared;

/**
 * Patterns for SQL {@code like}/{@code ilike} written with {@code escape '\'}, so that
 * what a user types is matched literally.
 */
public final class SqlLike {

	private SqlLike() {
	}

	/**
	 * @return a pattern matching any value that contains the text
	 */
	public static String containing(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
