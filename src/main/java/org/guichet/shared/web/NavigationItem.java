package org.guichet.shared.web;

/**
 * An entry of a menu. Each module declares its entries as beans, so that a menu only ever
 * shows pages that exist.
 *
 * @param area where the entry is shown
 * @param messageKey the label's message key
 * @param path the absolute path it links to
 * @param order position in the menu, smallest first
 * @param authority the authority needed to see it, or {@code null} for any signed-in user
 */
public record NavigationItem(Area area, String messageKey, String path, int order, String authority) {

	/**
	 * The three parts of Guichet, each with its own menu.
	 */
	public enum Area {

		PORTAL, DESK, ADMIN;

		/**
		 * @param path the request path, without the context path
		 * @return the area the path belongs to
		 */
		public static Area of(String path) {
			if (path.equals("/desk") || path.startsWith("/desk/")) {
				return DESK;
			}
			if (path.equals("/admin") || path.startsWith("/admin/")) {
				return ADMIN;
			}
			return PORTAL;
		}

	}

}
