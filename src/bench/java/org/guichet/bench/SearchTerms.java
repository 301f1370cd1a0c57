package org.guichet.bench;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.guichet.organization.OrganizationKind;

/**
 * What an agent types in the search box, drawn from the generated data: part of the name
 * of a generated organization as people type it (whole, one word, a city, without accents
 * or capitals), a member's name, or a customer code or SIRET.
 */
final class SearchTerms {

	private SearchTerms() {
	}

	static String nameTerm(Random random, long seed, int organizations) {
		GeneratedOrganization organization = GeneratedOrganization.of(seed, random.nextInt(organizations));
		List<String> words = Arrays.stream(organization.name().split("[ '-]+"))
			.filter((word) -> word.length() >= 4)
			.toList();
		int roll = random.nextInt(10);
		if (roll < 3 || words.isEmpty()) {
			return organization.name();
		}
		if (roll < 5) {
			return organization.city();
		}
		String word = words.get(random.nextInt(words.size()));
		return (roll < 8) ? plain(word) : word;
	}

	static String memberTerm(Random random) {
		String last = GeneratedOrganization.pick(random, FrenchWords.SURNAMES);
		if (random.nextInt(10) < 3) {
			return last;
		}
		List<String> firstNames = random.nextBoolean() ? FrenchWords.WOMEN : FrenchWords.MEN;
		return GeneratedOrganization.pick(random, firstNames) + " " + last;
	}

	static String codeTerm(Random random, int organizations) {
		int k = random.nextInt(organizations);
		if (GeneratedOrganization.kind(k) == OrganizationKind.HOUSEHOLD || random.nextBoolean()) {
			return GeneratedOrganization.customerCode(k);
		}
		String siret = GeneratedOrganization.siret(k);
		// as printed on a letterhead: SIREN in three groups, then the establishment
		return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
				+ siret.substring(9);
	}

	/**
	 * @return the word as typed in a hurry: lower case, no accents
	 */
	static String plain(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
