package org.guichet.account;

/**
 * The kinds of e-mail a user may ask for or turn off in their profile. Messages about
 * their account itself (activation, password, address change) are always sent.
 */
public enum NotificationTopic {

	/**
	 * Answers to, and changes of, the requests the user filed or follows. On by default.
	 */
	OWN_REQUESTS,

	/** Requests filed by colleagues of the user's organizations. Off by default. */
	ORGANIZATION_REQUESTS,

	/** Incidents and planned maintenance of the provider's services. On by default. */
	SERVICE_STATUS

}
