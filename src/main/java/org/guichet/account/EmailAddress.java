package org.guichet.account;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address in the normalized form under which accounts are unique: trimmed, NFKC
 * normalized, lower-cased, with an internationalized domain in punycode.
 *
 * @param value the normalized address
 */
public record EmailAddress(String value) {

	private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}");

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}");

	public EmailAddress {
		if (parse(value).filter(value::equals).isEmpty()) {
			throw new IllegalArgumentException("Not a normalized e-mail address: " + value);
		}
	}

	/**
	 * Normalizes what somebody typed.
	 * @param input the raw input
	 * @return the address, or empty when the input is not a valid address
	 */
	public static Optional<EmailAddress> of(String input) {
		return parse(input).map(EmailAddress::new);
	}

	private static Optional<String> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String text = Normalizer.normalize(input.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		int at = text.lastIndexOf('@');
		if (at <= 0 || at == text.length() - 1 || text.length() > 320) {
			return Optional.empty();
		}
		String local = text.substring(0, at);
		String domain;
		try {
			domain = IDN.toASCII(text.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!LOCAL_PART.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")
				|| !DOMAIN.matcher(domain).matches()) {
			return Optional.empty();
		}
		return Optional.of(local + "@" + domain);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
