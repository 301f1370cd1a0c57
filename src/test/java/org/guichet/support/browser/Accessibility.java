package org.guichet.support.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs axe-core on the page in the browser and fails on any WCAG 2.1 A or AA violation.
 */
public final class Accessibility {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	public static void check(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
		assertThat(results.getErrorMessage()).as("axe-core ran").isNull();
		List<Rule> violations = results.getViolations();
		assertThat(violations)
			.as(() -> "WCAG 2.1 AA violations on " + driver.getCurrentUrl() + ":\n"
					+ violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")))
			.isEmpty();
	}

	private static String describe(Rule rule) {
		return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
				+ rule.getNodes().stream().map((node) -> "    " + node.getHtml()).collect(Collectors.joining("\n"));
	}

}
