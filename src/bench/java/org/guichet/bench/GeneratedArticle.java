package org.guichet.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.guichet.bench.HelpDeskWords.Topic;

/**
 * The k-th generated knowledge-base article. Like {@link GeneratedOrganization},
 * everything about it follows from the seed and k alone.
 *
 * @param topic index in {@link HelpDeskWords#TOPICS}, which is also its category
 * @param product index in {@link KnowledgeBaseStep#PRODUCTS}, or -1 for none
 * @param body HTML, and {@code bodyText} the same without tags
 * @param attachmentText the text of its PDF, or "" for an article without one
 */
record GeneratedArticle(UUID id, String number, String status, String audience, String language, int topic, int product,
		String title, String summary, String body, String bodyText, String attachmentText, UUID attachmentId,
		Instant createdAt, Instant updatedAt, long views, int helpfulYes, int helpfulNo, int ratingSum,
		int ratingCount) {

	static final Instant KB_EPOCH = Instant.parse("2022-01-03T08:00:00Z");

	private static final List<String> ENGLISH_TITLES = List.of("How to fix %s problems",
			"The %s: troubleshooting guide", "Setting up the %s", "Frequently asked questions about the %s");

	private static final List<String> ENGLISH_STEPS = List.of("Restart the application.",
			"Clear the browser cache and cookies.", "Check the network connection of the computer.",
			"Install the latest version from the customer area.",
			"Contact support with the exact error message and the time it appeared.");

	private static final List<String> SUMMARY_ENDS = List.of(" Les vérifications et la procédure à suivre, pas à pas.",
			" Ce qu'il faut contrôler avant d'ouvrir une demande.",
			" La cause la plus fréquente et comment la corriger.", "");

	static GeneratedArticle of(long seed, int k) {
		Random random = new Random(seed * 1_000_003L + 2_000_000_000L + k);
		UUID id = GeneratedOrganization.uuid(random);
		int topicIndex = random.nextInt(HelpDeskWords.TOPICS.size());
		Topic topic = HelpDeskWords.TOPICS.get(topicIndex);
		int roll = random.nextInt(100);
		String status = (roll < 90) ? "PUBLISHED" : (roll < 96) ? "DRAFT" : "RETIRED";
		roll = random.nextInt(100);
		String audience = (roll < 50) ? "PUBLIC" : (roll < 85) ? "CUSTOMERS" : "STAFF";
		boolean french = random.nextInt(100) >= 5;
		int product = (random.nextInt(100) < 40) ? random.nextInt(KnowledgeBaseStep.PRODUCTS.size()) : -1;
		String title;
		String summary;
		List<String[]> blocks;
		if (french) {
			title = GeneratedOrganization.pick(random, topic.titles()) + suffix(random, product);
			summary = GeneratedOrganization.pick(random, topic.symptoms())
					+ GeneratedOrganization.pick(random, SUMMARY_ENDS);
			blocks = frenchBody(random, topic, product);
		}
		else {
			title = GeneratedOrganization.pick(random, ENGLISH_TITLES).formatted(topic.english());
			summary = "What to check when the %s does not work as expected.".formatted(topic.english());
			blocks = List
				.<String[]>of(new String[] { "ol", String.join("\n", ENGLISH_STEPS.subList(random.nextInt(2), 5)) });
		}
		String attachmentText = (random.nextInt(10) == 0 && french) ? attachment(random, topic, title) : "";
		UUID attachmentId = GeneratedOrganization.uuid(random);
		Instant created = KB_EPOCH.plus(Duration.ofMinutes(random.nextInt(1640 * 24 * 60)));
		Instant updated = created.plus(Duration.ofMinutes(random.nextInt(120 * 24 * 60)));
		boolean published = status.equals("PUBLISHED");
		long views = published ? 3 + (long) (6000 * Math.pow(random.nextDouble(), 3)) : 0;
		int answered = (int) (views * (2 + random.nextInt(7)) / 100);
		int yes = answered * (50 + random.nextInt(41)) / 100;
		int ratings = (int) (views / 40);
		int ratingSum = (ratings == 0) ? 0 : 3 * ratings + random.nextInt(2 * ratings + 1);
		return new GeneratedArticle(id, "KB%07d".formatted(k + 1), status, audience, french ? "fr" : "en", topicIndex,
				product, title, summary, html(blocks), text(blocks), attachmentText,
				attachmentText.isEmpty() ? null : attachmentId, created, updated, views, yes, answered - yes, ratingSum,
				ratings);
	}

	/**
	 * @return the moment this article's first (and only) version was published, or null
	 * for a draft
	 */
	Instant publishedAt() {
		return this.status.equals("DRAFT") ? null : this.updatedAt;
	}

	/**
	 * @return the name of its PDF: the title in lower case, hyphenated
	 */
	String attachmentFileName() {
		String slug = FrenchWords.slug(this.title);
		return slug.substring(0, Math.min(slug.length(), 80)) + ".pdf";
	}

	private static String suffix(Random random, int product) {
		int roll = random.nextInt(100);
		if (product >= 0 && roll < 50) {
			return " dans " + KnowledgeBaseStep.PRODUCTS.get(product)[1];
		}
		return (roll < 35) ? GeneratedOrganization.pick(random, HelpDeskWords.CONTEXTS) : "";
	}

	/**
	 * Paragraphs ("p"), headings ("h2") and numbered steps ("ol", one a line).
	 */
	private static List<String[]> frenchBody(Random random, Topic topic, int product) {
		List<String[]> blocks = new ArrayList<>();
		blocks.add(new String[] { "p", GeneratedOrganization.pick(random, HelpDeskWords.GENERAL) + " "
				+ GeneratedOrganization.pick(random, HelpDeskWords.GENERAL) });
		blocks.add(new String[] { "h2", "Symptômes" });
		blocks.add(new String[] { "p", String.join(" ", topic.symptoms()) });
		blocks.add(new String[] { "h2", "Procédure" });
		int first = random.nextInt(Math.max(1, topic.steps().size() - 2));
		blocks.add(new String[] { "ol", String.join("\n", topic.steps().subList(first, topic.steps().size())) });
		blocks.add(new String[] { "p", GeneratedOrganization.pick(random, HelpDeskWords.GENERAL) });
		blocks.add(new String[] { "h2", "Bon à savoir" });
		blocks.add(new String[] { "p", sentences(random, topic, 3 + random.nextInt(4)) });
		Topic other = GeneratedOrganization.pick(random, HelpDeskWords.TOPICS);
		blocks.add(new String[] { "p", "Voir aussi : " + GeneratedOrganization.pick(random, other.titles()) + "." });
		String where = (product >= 0) ? " sur " + KnowledgeBaseStep.PRODUCTS.get(product)[1] : "";
		blocks.add(new String[] { "p", "Si le problème persiste, ouvrez une demande d'assistance" + where
				+ " en joignant le message d'erreur." });
		return blocks;
	}

	/**
	 * The text a PDF guide would give once indexed: a few paragraphs.
	 */
	private static String attachment(Random random, Topic topic, String title) {
		StringBuilder text = new StringBuilder("Guide pratique : ").append(title).append("\n\n");
		for (int paragraph = 0; paragraph < 5 + random.nextInt(5); paragraph++) {
			text.append(sentences(random, topic, 5)).append("\n\n");
		}
		return text.append("Document de référence du support, domaine ").append(topic.domain()).append('.').toString();
	}

	/**
	 * @return sentences drawn from the topic's steps and symptoms and from general advice
	 */
	private static String sentences(Random random, Topic topic, int count) {
		StringBuilder text = new StringBuilder();
		for (int sentence = 0; sentence < count; sentence++) {
			List<String> source = switch (random.nextInt(3)) {
				case 0 -> topic.steps();
				case 1 -> topic.symptoms();
				default -> HelpDeskWords.GENERAL;
			};
			text.append((sentence == 0) ? "" : " ").append(GeneratedOrganization.pick(random, source));
		}
		return text.toString();
	}

	private static String html(List<String[]> blocks) {
		StringBuilder html = new StringBuilder();
		for (String[] block : blocks) {
			if (block[0].equals("ol")) {
				html.append("<ol><li>").append(block[1].replace("\n", "</li><li>")).append("</li></ol>");
			}
			else {
				html.append('<')
					.append(block[0])
					.append('>')
					.append(block[1])
					.append("</")
					.append(block[0])
					.append('>');
			}
		}
		return html.toString();
	}

	private static String text(List<String[]> blocks) {
		return String.join("\n", blocks.stream().map((block) -> block[1]).toList());
	}

}
