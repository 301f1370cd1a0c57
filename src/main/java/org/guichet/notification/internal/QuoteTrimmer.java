package org.guichet.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guichet.shared.RichText;

/**
 * Cuts what a reply quotes (the history below "Le … a écrit :", "On … wrote:",
 * "-----Original Message-----", Outlook's "De : … Envoyé :" block, forwarded messages,
 * {@code >} lines) and the signature after {@code -- }, so that a ticket's history shows
 * each message once. The original stays attached to the article as {@code message.eml}.
 */
final class QuoteTrimmer {

	/** A line that starts the quoted history, or a signature, on its own. */
	private static final Pattern CUT_LINE = Pattern.compile("(?iu)^\\s*(?:-- ?|-{2,}\\s*original message\\s*-{2,}"
			+ "|-{2,}\\s*message d'origine\\s*-{2,}|-{3,}\\s*(?:forwarded message|message transféré)\\s*-{3,}"
			+ "|_{10,}|(?:begin|début du) (?:forwarded message|message réexpédié)\\s*:)\\s*$");

	/** "Le … a écrit :" or "On … wrote:", possibly wrapped over two lines. */
	private static final Pattern WROTE = Pattern
		.compile("(?iu)^\\s*(?:le\\s.{0,300}a\\s+écrit|on\\s.{0,300}wrote|am\\s.{0,300}schrieb)\\s*:\\s*$");

	private static final Pattern FROM = Pattern.compile("(?iu)^\\s*\\*?(?:de|from|von)\\s*\\*?\\s*:.*");

	private static final Pattern SENT = Pattern
		.compile("(?iu)^\\s*\\*?(?:envoyé|sent|date|gesendet|à|to|objet|subject)\\s*\\*?\\s*:.*");

	/** Structural marks mail clients put before the quoted message, in their HTML. */
	// [^<>]* rather than [^>]*: a tag cannot hold another, and a body of "<div<div<div…"
	// then costs a linear search, not a quadratic one
	private static final Pattern HTML_QUOTE_START = Pattern.compile("(?i)<(?:blockquote\\b|div[^<>]*(?:gmail_quote|"
			+ "gmail_signature|moz-cite-prefix|moz-signature|divRplyFwdMsg|appendonsend|OutlookMessageHeader)"
			+ "|hr[^<>]*stopSpelling|span[^<>]*class=\"?gmail_signature)");

	/**
	 * The same marks as the text's, at the start of a text node of sanitized HTML. Every
	 * repetition is bounded, so that a hostile body cannot make the search slow.
	 */
	private static final Pattern HTML_TEXT_MARK = Pattern.compile(
			"(?iu)(?:^|(?<=>))[\\s\u00a0]*(?:" + "(?:le\\s[^<]{0,300}a\\s+écrit|on\\s[^<]{0,300}wrote)[\\s\u00a0]*:"
					+ "|-{2,}\\s*original message\\s*-{2,}|-{2,}\\s*message d'origine\\s*-{2,}"
					+ "|-{3,}\\s*(?:forwarded message|message transféré)\\s*-{3,}" + "|--[ \u00a0]?(?:<br|</p>|</div>)"
					+ "|(?:de|from)[\\s\u00a0]*:[\\s\\S]{0,600}?(?:envoyé|sent)[\\s\u00a0]*:)");

	/** Beyond this, a body is cut before looking for the quoted history. */
	private static final int MAX_HTML = 500_000;

	private QuoteTrimmer() {
	}

	/**
	 * @return the new text of a plain-text reply
	 */
	static String trimText(String text) {
		String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (startsHistory(lines, i)) {
				break;
			}
			if (line.startsWith(">")) {
				continue;
			}
			kept.add(line);
		}
		while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
			kept.remove(kept.size() - 1);
		}
		return String.join("\n", kept).strip();
	}

	private static boolean startsHistory(String[] lines, int i) {
		String line = lines[i];
		if (CUT_LINE.matcher(line).matches() || WROTE.matcher(line).matches()) {
			return true;
		}
		if (i + 1 < lines.length && WROTE.matcher(line + " " + lines[i + 1]).matches()
				&& lines[i + 1].strip().endsWith(":")) {
			return true;
		}
		if (FROM.matcher(line).matches()) {
			// Outlook's header block: "De :", then "Envoyé :" within a few lines
			for (int next = i + 1; next < Math.min(lines.length, i + 5); next++) {
				if (SENT.matcher(lines[next]).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * @param html the HTML body as received
	 * @return its new part, sanitized
	 */
	static String trimHtml(String html) {
		String bounded = (html.length() > MAX_HTML) ? html.substring(0, MAX_HTML) : html;
		Matcher structural = HTML_QUOTE_START.matcher(bounded);
		String cut = structural.find() ? bounded.substring(0, structural.start()) : bounded;
		String sanitized = RichText.sanitize(cut);
		Matcher mark = HTML_TEXT_MARK.matcher(sanitized);
		if (mark.find()) {
			sanitized = RichText.sanitize(sanitized.substring(0, mark.start()));
		}
		return sanitized;
	}

}
