package org.guichet.ticket.internal;

import java.security.SecureRandom;

/**
 * Makes the tokens that thread a ticket's e-mails: 130 random bits in 26 characters of
 * lower-case base 32, safe in an address's local part and in a Message-ID.
 */
final class MailTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private MailTokens() {
	}

	static String next() {
		char[] token = new char[26];
		for (int i = 0; i < token.length; i++) {
			token[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(token);
	}

}
