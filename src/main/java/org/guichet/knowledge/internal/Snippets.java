package org.guichet.knowledge.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The passage of an article shown under its title in the results, with the searched words
 * marked.
 * <p>
 * PostgreSQL's {@code ts_headline} parses the whole text of each result again, which cost
 * more than the search itself (4 to 9 ms for a page of 20 on the benchmark's data). The
 * search already knows the stems it looked for (the lexemes of its {@code tsquery}:
 * {@code imprim}, {@code pass}); French Snowball stems are, but for a few endings, the
 * start of the words they come from, accents removed. So the passage is found here: the
 * words of the text are read once, a word starting with a stem is marked, and the passage
 * is the words around the first one marked.
 */
final class Snippets {

	/** Words shown in a passage. */
	static final int WORDS = 30;

	/** Words kept before the first one found. */
	private static final int BEFORE = 8;

	/** The longest ending the stemmer removes from a word ("-issements"). */
	private static final int LONGEST_ENDING = 9;

	private static final Pattern LEXEME = Pattern.compile("'((?:[^']|'')+)'");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Snippets() {
	}

	/**
	 * @param tsquery a {@code tsquery} as PostgreSQL writes it ({@code 'mot' <-> 'pass'})
	 * @return its lexemes, without accents
	 */
	static List<String> stems(String tsquery) {
		List<String> stems = new ArrayList<>();
		if (tsquery == null) {
			return stems;
		}
		Matcher matcher = LEXEME.matcher(tsquery);
		while (matcher.find()) {
			String stem = plain(matcher.group(1).replace("''", "'"));
			if (!stem.isEmpty() && !stems.contains(stem)) {
				stems.add(stem);
			}
		}
		return stems;
	}

	/**
	 * @param text the article's text (summary, body, files' text), without markup
	 * @param stems what was searched ({@link #stems(String)})
	 * @return about {@link #WORDS} words around the first one found, HTML-escaped, found
	 * words in {@code <mark>} tags; or {@code null} when no word of the text was found
	 */
	static String of(String text, List<String> stems) {
		if (text == null || stems.isEmpty()) {
			return null;
		}
		// The words are read by hand rather than with a regular expression: a result's
		// text is up to 40,000 characters, and a pattern of Unicode categories took a
		// tenth of the application's time on the benchmark's searches.
		List<int[]> words = new ArrayList<>();
		int first = -1;
		int index = 0;
		boolean cut = false;
		while (!cut) {
			int start = nextWord(text, index);
			if (start < 0) {
				break;
			}
			int end = wordEnd(text, start);
			index = end;
			if (first < 0 && found(text.substring(start, end), stems)) {
				first = words.size();
			}
			words.add(new int[] { start, end });
			cut = first >= 0 && words.size() >= first + WORDS && nextWord(text, index) >= 0;
		}
		if (first < 0) {
			return null;
		}
		int from = Math.max(0, Math.min(first - BEFORE, words.size() - WORDS));
		int to = Math.min(words.size(), from + WORDS);
		boolean more = cut || to < words.size();
		int start = (from > 0) ? words.get(from)[0] : 0;
		int end = more ? words.get(to - 1)[1] : text.length();
		StringBuilder snippet = new StringBuilder();
		if (from > 0) {
			snippet.append("… ");
		}
		int written = start;
		for (int i = from; i < to; i++) {
			int[] word = words.get(i);
			String value = text.substring(word[0], word[1]);
			if (found(value, stems)) {
				snippet.append(escape(text.substring(written, word[0])))
					.append("<mark>")
					.append(escape(value))
					.append("</mark>");
				written = word[1];
			}
		}
		snippet.append(escape(text.substring(written, end)));
		if (more) {
			snippet.append(" …");
		}
		return snippet.toString().replaceAll("\\s+", " ").strip();
	}

	private static int nextWord(String text, int from) {
		for (int i = from; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			if (Character.isLetterOrDigit(text.codePointAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int wordEnd(String text, int start) {
		int i = start;
		while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
			i += Character.charCount(text.codePointAt(i));
		}
		return i;
	}

	private static boolean found(String word, List<String> stems) {
		String plain = plain(word);
		for (String stem : stems) {
			if (plain.equals(stem) || (stem.length() >= 3 && plain.startsWith(stem)
					&& plain.length() - stem.length() <= LONGEST_ENDING)) {
				return true;
			}
		}
		return false;
	}

	private static String plain(String word) {
		if (isAscii(word)) {
			return word.toLowerCase(Locale.ROOT);
		}
		return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	private static boolean isAscii(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
