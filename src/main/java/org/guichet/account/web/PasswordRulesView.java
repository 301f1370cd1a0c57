package org.guichet.account.web;

import java.util.ArrayList;
import java.util.List;

import org.guichet.account.PasswordPolicy;
import org.guichet.account.PasswordPolicy.Violation;

/**
 * The password rules as a checklist, each marked met or not, for the live feedback under
 * a password field.
 *
 * @param rules the rules in the order they are shown
 * @param typed whether anything was typed yet
 */
record PasswordRulesView(List<Rule> rules, boolean typed) {

	record Rule(String messageKey, boolean met) {
	}

	static PasswordRulesView of(PasswordPolicy.Rules policy, List<Violation> violations, boolean typed) {
		List<Rule> rules = new ArrayList<>();
		if (policy == PasswordPolicy.Rules.CEGIDLIFE) {
			rules.add(rule("password.rule.cegidlife.length", violations, Violation.TOO_SHORT, Violation.TOO_LONG));
			rules.add(rule("password.rule.cegidlife.upper", violations, Violation.NO_UPPER_CASE));
			rules.add(rule("password.rule.cegidlife.lower", violations, Violation.NO_LOWER_CASE));
			rules.add(rule("password.rule.cegidlife.digit", violations, Violation.NO_DIGIT));
			rules.add(rule("password.rule.cegidlife.other", violations, Violation.NO_OTHER_CHARACTER));
		}
		else {
			rules.add(rule("password.rule.length", violations, Violation.TOO_SHORT, Violation.TOO_LONG));
			rules.add(rule("password.rule.kinds", violations, Violation.TOO_SHORT, Violation.TOO_FEW_KINDS));
		}
		rules.add(rule("password.rule.common", violations, Violation.TOO_COMMON));
		rules.add(rule("password.rule.personal", violations, Violation.PERSONAL_INFORMATION));
		return new PasswordRulesView(rules, typed);
	}

	private static Rule rule(String key, List<Violation> violations, Violation... broken) {
		for (Violation violation : broken) {
			if (violations.contains(violation)) {
				return new Rule(key, false);
			}
		}
		return new Rule(key, true);
	}

}
