package org.guichet.desk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guichet.shared.RichText;

import org.springframework.web.util.HtmlUtils;

/**
 * The variables of letter templates and canned replies, as CapDémat names them, each
 * written as a hash, an opening brace, the name and a closing brace: RQ_ID is the
 * ticket's number, RR_LNAME the requester's last name, and so on. A text is checked when
 * it is saved: a variable that is not one of these, or one never closed, is refused.
 */
public final class LetterVariables {

	/** Every variable, in the order the help lists them. */
	public static final List<String> NAMES = List.of("DATE", "RQ_ID", "RQ_LABEL", "RQ_CREATION_DATE",
			"RQ_VALIDATION_DATE", "RQ_OBSERVATION", "HF_ID", "RR_TITLE", "RR_LNAME", "RR_FNAME", "RR_LOGIN", "SU_TITLE",
			"SU_LNAME", "SU_FNAME", "HF_ADDRESS_1", "HF_ADDRESS_2", "HF_ADDRESS_3");

	private static final Set<String> KNOWN = Set.copyOf(NAMES);

	private static final Pattern VARIABLE = Pattern.compile("#\\{([^}#]*)}");

	private static final Pattern OPENING = Pattern.compile("#\\{");

	private LetterVariables() {
	}

	/**
	 * @return the variables written in the text that are not known, and any opening
	 * variable left unclosed, as written; empty when the text is right
	 */
	public static List<String> problems(String text) {
		List<String> problems = new ArrayList<>();
		Matcher variables = VARIABLE.matcher(text);
		int closed = 0;
		while (variables.find()) {
			closed++;
			if (!KNOWN.contains(variables.group(1))) {
				problems.add(variables.group());
			}
		}
		long opened = OPENING.matcher(text).results().count();
		if (opened > closed) {
			problems.add("#{");
		}
		return problems;
	}

	/**
	 * @return the HTML text with each variable replaced by its value, sanitized again: a
	 * value may land in an attribute (a link's address) where escaping alone is not
	 * enough
	 */
	public static String renderSafely(String html, Map<String, String> values) {
		return RichText.sanitize(render(html, values));
	}

	/**
	 * @return the HTML text with each variable replaced by its value, HTML-escaped (line
	 * breaks kept); a variable without a value becomes empty
	 */
	public static String render(String html, Map<String, String> values) {
		Matcher variables = VARIABLE.matcher(html);
		StringBuilder out = new StringBuilder();
		while (variables.find()) {
			String value = values.getOrDefault(variables.group(1), "");
			variables.appendReplacement(out,
					Matcher.quoteReplacement(HtmlUtils.htmlEscape(value, "UTF-8").replace("\n", "<br />")));
		}
		variables.appendTail(out);
		return out.toString();
	}

}
