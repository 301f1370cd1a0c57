package org.guichet.notification.internal;

/**
 * Where a message of the outbox stands.
 */
public enum OutboundEmailState {

	/** Waiting to be sent, for the first time or again after a failure. */
	PENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after too many failures; an administrator may retry it. */
	FAILED

}
