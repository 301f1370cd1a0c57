package org.guichet.shared.web;

import java.util.List;

/**
 * The menu of the current page, as the layout renders it.
 *
 * @param area the current area
 * @param links the entries the user may see
 * @param desk whether the user may open the desk
 * @param admin whether the user may open admin
 */
public record Navigation(NavigationItem.Area area, List<Link> links, boolean desk, boolean admin) {

	/**
	 * A request attribute naming one more authority whose menu entries the user sees
	 * (staff acting for a customer see the customer's menu).
	 */
	public static final String EXTRA_AUTHORITY = Navigation.class.getName() + ".extraAuthority";

	/**
	 * @param messageKey the label's message key, or {@code null} when the label is given
	 * @param label the label as the user wrote it, or {@code null}
	 * @param path where it leads
	 * @param current whether it is the page shown
	 */
	public record Link(String messageKey, String label, String path, boolean current) {

		/**
		 * @return an entry labelled by a message
		 */
		public static Link of(String messageKey, String path, boolean current) {
			return new Link(messageKey, null, path, current);
		}

		/**
		 * @return an entry labelled as its user named it
		 */
		public static Link labelled(String label, String path, boolean current) {
			return new Link(null, label, path, current);
		}

	}

}
