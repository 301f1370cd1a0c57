package org.guichet.organization.web;

import java.util.List;
import java.util.Locale;

import org.guichet.account.UserId;

/**
 * A line of an import, as the dry run found it.
 *
 * @param line its line number in the file, the header being line 1
 * @param label what it is about (a customer code and a name, an address…)
 * @param outcome what the import does with it
 * @param errors why it is wrong, each message naming its column
 * @param operation what importing it does, or {@code null} when it does nothing
 */
public record ImportLine(int line, String label, ImportOutcome outcome, List<String> errors, Operation operation) {

	static ImportLine wrong(int line, String label, List<String> errors) {
		return new ImportLine(line, label, ImportOutcome.WRONG, List.copyOf(errors), null);
	}

	public boolean isWrong() {
		return this.outcome == ImportOutcome.WRONG;
	}

	/**
	 * Imports one line, in the transaction of the whole import.
	 */
	@FunctionalInterface
	interface Operation {

		void run(UserId actor, Locale locale);

	}

}
