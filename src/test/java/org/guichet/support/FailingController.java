package org.guichet.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page that fails, to check what users see when something breaks. Imported by the tests
 * that need it only.
 */
@TestComponent
@RestController
public class FailingController {

	@GetMapping("/failing-page")
	String fail() {
		throw new IllegalStateException("Broken on purpose: secret-detail-42");
	}

}
