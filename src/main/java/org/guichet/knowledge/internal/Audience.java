package org.guichet.knowledge.internal;

/**
 * Who may read an article: anybody without signing in, signed-in customers, or staff
 * only.
 */
public enum Audience {

	PUBLIC, CUSTOMERS, STAFF

}
