package org.guichet.shared;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.web.util.HtmlUtils;

/**
 * What the rich-text editor may send, and nothing else: formatting, lists, paragraphs,
 * links (opened safely) and text colour. Applied when a message is written, so what is
 * stored is safe to show.
 */
public final class RichText {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.STYLES)
		.and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "br", "span")
			// the editor's colours, as classes the style sheet defines (the CSP forbids
			// inline
			// styles on pages)
			.allowAttributes("class")
			.matching(Pattern.compile("(ql-color-[a-z]+\\s*)+"))
			.onElements("span")
			.toFactory());

	private RichText() {
	}

	/**
	 * @return the HTML with everything outside the allowlist removed
	 */
	public static String sanitize(String html) {
		return POLICY.sanitize((html != null) ? html : "").strip();
	}

	/**
	 * @param addition what a module allows besides, such as the images of an article
	 * @return the HTML with everything outside the allowlist and the addition removed
	 */
	public static String sanitize(String html, PolicyFactory addition) {
		return POLICY.and(addition).sanitize((html != null) ? html : "").strip();
	}

	/**
	 * @return the text of sanitized HTML, a line per paragraph, for plain-text e-mails
	 */
	public static String toPlainText(String sanitized) {
		String lines = sanitized.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</div>", "\n").replaceAll("<[^>]*>", "");
		return HtmlUtils.htmlUnescape(lines).replace('\u00a0', ' ').strip();
	}

	/**
	 * @return whether the sanitized HTML holds any text
	 */
	public static boolean hasText(String sanitized) {
		return !sanitized.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").replace("&#160;", " ").isBlank();
	}

}
