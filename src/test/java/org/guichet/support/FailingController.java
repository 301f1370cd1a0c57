package org.guichet.support;

import java.sql.SQLTransientConnectionException;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.CannotCreateTransactionException;
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

	/**
	 * What a request meets when every database connection stays busy.
	 */
	@GetMapping("/busy-page")
	String busy() {
		throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available: secret-detail-43"));
	}

}
