package org.guichet.ticket.internal;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an administrator sets on a request type, as typed: the type checks and strips the
 * texts when it takes them.
 *
 * @param code its short code: letters, digits, {@code -} and {@code _}
 * @param name what customers read
 * @param description a help text shown under the choice, or blank
 * @param categoryId the desk category that handles these requests, or {@code null}
 * @param contractRequired whether the request must name a product under an active
 * contract
 * @param showsImpact whether the form asks for the impact
 * @param showsUrgency whether the form asks for the urgency
 * @param showsBeneficiary whether the request may be filed for another member
 * @param showsAvailability whether the form asks for a phone number and availability
 * @param showsWatchers whether the form accepts addresses to keep informed
 * @param active whether new requests may choose it
 * @param position its place in the list, smallest first
 */
public record RequestTypeSettings(String code, String name, String description, UUID categoryId,
		boolean contractRequired, boolean showsImpact, boolean showsUrgency, boolean showsBeneficiary,
		boolean showsAvailability, boolean showsWatchers, boolean active, int position) {

	public static final int MAX_CODE = 40;

	public static final int MAX_NAME = 200;

	public static final int MAX_DESCRIPTION = 1000;

	public static final int MAX_POSITION = 9999;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_CODE + "}");

	/**
	 * @return whether the code, once stripped, is one to 40 letters, digits, {@code -} or
	 * {@code _}
	 */
	public static boolean isValidCode(String code) {
		return code != null && CODE.matcher(code.strip()).matches();
	}

}
