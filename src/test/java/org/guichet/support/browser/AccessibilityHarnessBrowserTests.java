package org.guichet.support.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check fails when a page breaks WCAG, so that a green browser test
 * means something.
 */
class AccessibilityHarnessBrowserTests extends BrowserTest {

	@Test
	void anImageWithoutAlternativeTextFailsTheCheck() {
		driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='fr'><head><title>T</title></head>"
				+ "<body><main><h1>T</h1><img src='x.png'></main></body></html>");
		assertThatThrownBy(() -> Accessibility.check(driver)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt");
	}

	@Test
	void unlabelledFieldsFailTheCheck() {
		driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='fr'><head><title>T</title></head>"
				+ "<body><main><h1>T</h1><form><input type='text' name='q'></form></main></body></html>");
		assertThatThrownBy(() -> Accessibility.check(driver)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("label");
	}

}
