package org.guichet.support.browser;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Waiting for the page left behind to be gone. Selenium's {@code stalenessOf} knows only
 * the standard "stale element" error; Chromium 156 sometimes answers, for an element of a
 * page being replaced, "Node with given id does not belong to the document", which means
 * the same and failed tests whenever the next page came quickly.
 */
public final class Staleness {

	private Staleness() {
	}

	/**
	 * @return a condition true once the element no longer belongs to the page shown
	 */
	public static ExpectedCondition<Boolean> of(WebElement element) {
		return (driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		};
	}

}
