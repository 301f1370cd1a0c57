package org.guichet.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import java.util.function.Supplier;

/**
 * The rules a new password must follow, checked on the server for every password set, and
 * shown live while it is typed. Which rules apply is chosen in the admin area.
 */
public class PasswordPolicy {

	/** How many of the most common passwords are refused. */
	static final int COMMON_PASSWORDS = 10_000;

	/** zxcvbn's list of leaked passwords, most common first. */
	private static final String COMMON_PASSWORD_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private static final int MAX_LENGTH = 128;

	private final Supplier<Rules> rules;

	private final Set<String> common;

	/**
	 * @param rules the rules in force, asked for at every check
	 */
	public PasswordPolicy(Supplier<Rules> rules) {
		this.rules = rules;
		this.common = loadCommonPasswords();
	}

	PasswordPolicy(Rules rules) {
		this(() -> rules);
	}

	/**
	 * The two sets of rules an administrator may choose from.
	 */
	public enum Rules {

		/**
		 * 12 characters and 3 kinds out of 4, or 16 characters of any kind (ANSSI,
		 * OWASP).
		 */
		STANDARD,

		/**
		 * CegidLife's policy: 8 characters with upper case, lower case, digit and other.
		 */
		CEGIDLIFE

	}

	/**
	 * What a password breaks.
	 */
	public enum Violation {

		TOO_SHORT, TOO_LONG, TOO_FEW_KINDS, NO_UPPER_CASE, NO_LOWER_CASE, NO_DIGIT, NO_OTHER_CHARACTER, TOO_COMMON,
		PERSONAL_INFORMATION

	}

	public Rules rules() {
		return this.rules.get();
	}

	/**
	 * @param password the candidate
	 * @param personal what the password must not contain: the user's names, the local
	 * part of their address, their organization's name
	 * @return the rules it breaks; empty when it is acceptable
	 */
	public List<Violation> check(String password, Collection<String> personal) {
		List<Violation> violations = new ArrayList<>();
		String value = (password != null) ? password : "";
		int length = value.codePointCount(0, value.length());
		boolean upper = value.codePoints().anyMatch(Character::isUpperCase);
		boolean lower = value.codePoints().anyMatch(Character::isLowerCase);
		boolean digit = value.codePoints().anyMatch(Character::isDigit);
		boolean other = value.codePoints().anyMatch((c) -> !Character.isLetterOrDigit(c));
		int kinds = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
		if (rules() == Rules.CEGIDLIFE) {
			if (length < 8) {
				violations.add(Violation.TOO_SHORT);
			}
			addIf(violations, !upper, Violation.NO_UPPER_CASE);
			addIf(violations, !lower, Violation.NO_LOWER_CASE);
			addIf(violations, !digit, Violation.NO_DIGIT);
			addIf(violations, !other, Violation.NO_OTHER_CHARACTER);
		}
		else {
			addIf(violations, length < 12, Violation.TOO_SHORT);
			addIf(violations, length >= 12 && length < 16 && kinds < 3, Violation.TOO_FEW_KINDS);
		}
		addIf(violations, length > MAX_LENGTH, Violation.TOO_LONG);
		addIf(violations, this.common.contains(value.toLowerCase(Locale.ROOT)), Violation.TOO_COMMON);
		addIf(violations, containsPersonalInformation(value, personal), Violation.PERSONAL_INFORMATION);
		return violations;
	}

	private static boolean containsPersonalInformation(String password, Collection<String> personal) {
		String folded = fold(password);
		for (String item : personal) {
			if (item == null) {
				continue;
			}
			String whole = fold(item);
			if (whole.length() >= 3 && folded.contains(whole)) {
				return true;
			}
			for (String word : whole.split("[^\\p{L}\\p{N}]+")) {
				if (word.length() >= 4 && folded.contains(word)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", "");
	}

	private static void addIf(List<Violation> violations, boolean condition, Violation violation) {
		if (condition) {
			violations.add(violation);
		}
	}

	private static Set<String> loadCommonPasswords() {
		Set<String> passwords = new HashSet<>(COMMON_PASSWORDS * 2);
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORD_LIST)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing: " + COMMON_PASSWORD_LIST);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while (passwords.size() < COMMON_PASSWORDS && (line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}
