package org.guichet.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.guichet.bench.FrenchWords.Commune;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.Siret;

/**
 * The k-th generated organization. Everything about it follows from the seed and k alone,
 * so that the same arguments always give the same database, and so that the simulation
 * can compute the customer code or SIRET of any generated organization.
 *
 * @param domain the e-mail domain of its members
 */
record GeneratedOrganization(UUID id, String name, String legalName, OrganizationKind kind, String customerCode,
		String siret, String street, String postcode, String city, String email, String phone, boolean active,
		Instant createdAt, String domain) {

	static final Instant EPOCH = Instant.parse("2015-01-05T08:00:00Z");

	private static final List<Commune> COMMUNES = communes();

	static GeneratedOrganization of(long seed, int k) {
		Random random = new Random(seed * 1_000_003L + k);
		OrganizationKind kind = kind(k);
		Commune commune = pick(random, COMMUNES);
		String surname = pick(random, FrenchWords.SURNAMES);
		String[] names = switch (kind) {
			case PUBLIC_BODY -> publicBody(random, commune.name());
			case COMPANY -> company(random, surname, commune.name());
			case HOUSEHOLD -> new String[] { "Foyer " + surname, null };
		};
		boolean household = kind == OrganizationKind.HOUSEHOLD;
		String domain = household ? pick(random, FrenchWords.MAIL_PROVIDERS)
				: FrenchWords.slug(names[0]).replace("-sarl", "").replace("sarl-", "") + ".fr";
		String street = (1 + random.nextInt(120)) + " " + pick(random, FrenchWords.STREETS);
		String email = household ? null : (kind == OrganizationKind.PUBLIC_BODY ? "accueil@" : "contact@") + domain;
		String phone = "0" + (1 + random.nextInt(5)) + String.format(" %02d %02d %02d %02d", random.nextInt(100),
				random.nextInt(100), random.nextInt(100), random.nextInt(100));
		boolean active = random.nextInt(100) >= 8;
		Instant createdAt = EPOCH.plus(Duration.ofMinutes(random.nextInt(10 * 365 * 24 * 60)));
		return new GeneratedOrganization(uuid(random), names[0], names[1], kind, customerCode(k),
				household ? null : siret(k), household && random.nextBoolean() ? null : street, commune.postcode(),
				commune.name(), email, phone, active, createdAt, domain);
	}

	/**
	 * Seven public bodies, nine companies and four households in every twenty.
	 */
	static OrganizationKind kind(int k) {
		int slot = k % 20;
		return (slot < 7) ? OrganizationKind.PUBLIC_BODY
				: (slot < 16) ? OrganizationKind.COMPANY : OrganizationKind.HOUSEHOLD;
	}

	static String customerCode(int k) {
		return ((kind(k) == OrganizationKind.HOUSEHOLD) ? "F-" : "C-") + (100_000 + k);
	}

	/**
	 * A SIRET unique to k with a right Luhn checksum: a SIREN (2 for public bodies, 4 for
	 * companies, then k, then its own Luhn digit) and an establishment number 0001x whose
	 * last digit makes the whole number check.
	 */
	static String siret(int k) {
		String siren = luhnCompleted(((kind(k) == OrganizationKind.PUBLIC_BODY) ? "2" : "4") + "%07d".formatted(k));
		return new Siret(luhnCompleted(siren + "0001")).value();
	}

	private static String luhnCompleted(String digits) {
		for (int check = 0; check <= 9; check++) {
			if (luhnSum(digits + check) % 10 == 0) {
				return digits + check;
			}
		}
		throw new IllegalStateException(digits);
	}

	private static int luhnSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum;
	}

	private static String[] publicBody(Random random, String commune) {
		String of = FrenchWords.of(commune);
		String notable = pick(random, FrenchWords.NOTABLES);
		int roll = random.nextInt(100);
		if (roll < 30) {
			return new String[] { "Mairie " + of, "Commune " + of };
		}
		if (roll < 40) {
			return new String[] { "Régie des eaux " + of, "Régie municipale des eaux " + of };
		}
		if (roll < 52) {
			return new String[] { "Collège " + notable, "Collège public " + notable + " " + of };
		}
		if (roll < 58) {
			return new String[] { "Lycée " + notable, "Lycée général et technologique " + notable };
		}
		if (roll < 66) {
			return new String[] { "École élémentaire " + notable, null };
		}
		if (roll < 74) {
			return new String[] { "CCAS " + of, "Centre communal d'action sociale " + of };
		}
		if (roll < 80) {
			return new String[] { "Communauté de communes du pays " + of, null };
		}
		if (roll < 86) {
			return new String[] { "Office de tourisme " + of, null };
		}
		if (roll < 92) {
			return new String[] { "Syndicat intercommunal des eaux " + of, "SIVOM " + of };
		}
		if (roll < 96) {
			return new String[] { "Centre hospitalier " + of, null };
		}
		return new String[] { "Médiathèque " + of, null };
	}

	private static String[] company(Random random, String surname, String commune) {
		String trade = pick(random, FrenchWords.TRADES);
		int roll = random.nextInt(100);
		if (roll < 25) {
			return new String[] { trade + " " + surname, trade + " " + surname + " SARL" };
		}
		if (roll < 45) {
			return new String[] { surname + " SARL", null };
		}
		if (roll < 60) {
			return new String[] { "SARL " + surname + " et Fils", null };
		}
		if (roll < 75) {
			return new String[] { surname + " " + trade + " SAS", null };
		}
		if (roll < 85) {
			return new String[] { "SAS " + surname + " " + pick(random, FrenchWords.SURNAMES),
					surname + " et Associés" };
		}
		return new String[] { trade + " " + FrenchWords.of(commune), null };
	}

	/**
	 * The real communes, and as many more made of a saint (or a "Villeneuve") and a
	 * qualifier, each with a postcode in one département.
	 */
	private static List<Commune> communes() {
		Random random = new Random(1789);
		List<Commune> communes = new ArrayList<>(FrenchWords.CITIES);
		for (String saint : FrenchWords.SAINTS) {
			for (String qualifier : FrenchWords.QUALIFIERS) {
				communes.add(new Commune(saint + qualifier,
						pick(random, FrenchWords.DEPARTMENTS) + "%03d".formatted(random.nextInt(1000))));
			}
		}
		return List.copyOf(communes);
	}

	static <T> T pick(Random random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	/**
	 * A version 4 UUID drawn from the given random numbers.
	 */
	static UUID uuid(Random random) {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

}
