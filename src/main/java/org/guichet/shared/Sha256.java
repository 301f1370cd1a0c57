package org.guichet.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a secret, under which links and codes sent to people are stored: a
 * stolen database does not give the secrets themselves. Only for high-entropy secrets;
 * passwords go through the password encoder.
 */
public final class Sha256 {

	private Sha256() {
	}

	/**
	 * @return the hash as 64 lower-case hexadecimal digits
	 */
	public static String hex(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
