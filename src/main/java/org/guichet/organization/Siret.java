package org.guichet.organization;

import java.util.Optional;

/**
 * A French establishment number: 14 digits whose Luhn checksum is right (INSEE). Spaces
 * typed between groups are ignored.
 *
 * @param value the 14 digits
 */
public record Siret(String value) {

	/** La Poste's establishments are numbered outside the Luhn rule (SIREN 356000000). */
	private static final String LA_POSTE_SIREN = "356000000";

	public Siret {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a SIRET: " + value);
		}
	}

	/**
	 * @param typed what a person typed, with or without spaces
	 * @return the SIRET, if what was typed is one
	 */
	public static Optional<Siret> parse(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String digits = typed.replace(" ", "").replace("\u00a0", "");
		return isValid(digits) ? Optional.of(new Siret(digits)) : Optional.empty();
	}

	static boolean isValid(String digits) {
		if (digits == null || !digits.matches("[0-9]{14}")) {
			return false;
		}
		if (digits.startsWith(LA_POSTE_SIREN)) {
			return digits.chars().map((c) -> c - '0').sum() % 5 == 0;
		}
		int sum = 0;
		for (int i = 0; i < 14; i++) {
			int digit = digits.charAt(13 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
