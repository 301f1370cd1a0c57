package org.guichet.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.guichet.bench.HelpDeskWords.Topic;

/**
 * What people type in the knowledge base's search box, and what a customer writes while
 * filing a request, drawn from the words of {@link HelpDeskWords} that generated articles
 * are made of.
 */
final class KnowledgeTerms {

	/** The kinds of search, in the order of {@link #search(Random, int)}'s shares. */
	static final List<String> SEARCHES = List.of("keyword", "two words", "phrase", "without accents", "no match");

	private KnowledgeTerms() {
	}

	/**
	 * @param kind index in {@link #SEARCHES}
	 * @return a search of that kind: "imprimante", "bulletin cotisation", "\"mot de
	 * passe\"", "deconnexion", "sauvgarde"
	 */
	static String search(Random random, int kind) {
		Topic topic = GeneratedOrganization.pick(random, HelpDeskWords.TOPICS);
		return switch (kind) {
			case 0 -> GeneratedOrganization.pick(random, topic.keywords());
			case 1 -> twoWords(random, topic);
			case 2 -> '"' + GeneratedOrganization.pick(random, HelpDeskWords.PHRASES) + '"';
			case 3 -> SearchTerms.plain(GeneratedOrganization.pick(random,
					HelpDeskWords.TOPICS.stream()
						.flatMap((t) -> t.keywords().stream())
						.filter((word) -> !word.equals(SearchTerms.plain(word)))
						.toList()));
			default -> GeneratedOrganization.pick(random, HelpDeskWords.TYPOS);
		};
	}

	/**
	 * @return 35 % a keyword, 25 % two words, 15 % a phrase, 15 % without accents, 10 %
	 * matching nothing
	 */
	static int searchKind(Random random) {
		int roll = random.nextInt(100);
		return (roll < 35) ? 0 : (roll < 60) ? 1 : (roll < 75) ? 2 : (roll < 90) ? 3 : 4;
	}

	/**
	 * @return what a customer has typed when suggestions are asked for: the subject of
	 * the request, half the time followed by its description
	 */
	static String requestText(Random random) {
		Topic topic = GeneratedOrganization.pick(random, HelpDeskWords.TOPICS);
		String subject = GeneratedOrganization.pick(random, topic.titles());
		if (random.nextBoolean()) {
			return subject;
		}
		return subject + " " + GeneratedOrganization.pick(random, topic.symptoms());
	}

	/**
	 * Two words of a title of the topic, five letters or more, as typed: lower case.
	 */
	private static String twoWords(Random random, Topic topic) {
		List<String> words = Arrays.stream(GeneratedOrganization.pick(random, topic.titles()).split("[ '’:«»()]+"))
			.filter((word) -> word.length() >= 5)
			.map(String::toLowerCase)
			.toList();
		if (words.size() < 2) {
			return String.join(" ", topic.keywords().get(0), words.isEmpty() ? "" : words.get(0)).strip();
		}
		int first = random.nextInt(words.size() - 1);
		return words.get(first) + " " + words.get(first + 1 + random.nextInt(words.size() - first - 1));
	}

}
