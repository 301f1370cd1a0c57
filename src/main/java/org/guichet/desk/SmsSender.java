package org.guichet.desk;

/**
 * Sends a text message to a requester. The default implementation records the message
 * without sending it; an installation with an SMS provider declares its own bean of this
 * type, which replaces the default.
 */
public interface SmsSender {

	/**
	 * @return the name of the provider, recorded with each message
	 */
	String provider();

	/**
	 * Sends the text to the phone number, or records it.
	 * @param ticketNumber the ticket it is about
	 * @param phone the recipient's number, as the requester gave it
	 * @param text the message
	 */
	void send(String ticketNumber, String phone, String text);

}
