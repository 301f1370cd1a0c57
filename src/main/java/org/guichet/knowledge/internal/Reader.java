package org.guichet.knowledge.internal;

import java.util.List;
import java.util.UUID;

/**
 * Who reads the knowledge base, as far as it decides what they may read: staff read
 * everything published; a signed-in customer reads public and customers' articles, those
 * about a product only when their organization holds an active contract for it; anybody
 * else reads public articles.
 *
 * @param staff whether the reader is staff
 * @param signedIn whether the reader is signed in
 * @param products the products under an active contract of the reader's organization
 */
public record Reader(boolean staff, boolean signedIn, List<UUID> products) {

	public static final Reader ANONYMOUS = new Reader(false, false, List.of());

	/**
	 * @return the SQL condition on an article aliased {@code a} (published, for this
	 * reader), with its parameters {@code :audiences} and {@code :products}
	 */
	static String condition() {
		return "a.status = 'PUBLISHED' and a.audience = any(:audiences)"
				+ " and (a.product_id is null or :staff or a.product_id = any(:products))";
	}

	String[] audiences() {
		if (this.staff) {
			return new String[] { "PUBLIC", "CUSTOMERS", "STAFF" };
		}
		return this.signedIn ? new String[] { "PUBLIC", "CUSTOMERS" } : new String[] { "PUBLIC" };
	}

	UUID[] productArray() {
		return this.products.toArray(UUID[]::new);
	}

}
