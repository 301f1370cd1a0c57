package org.guichet.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When every database connection stays busy longer than the pool waits (filings arriving
 * faster than the machine can write them, in the benchmark), the request is answered
 * "503, try again in a few seconds" rather than as a server error: nothing was written,
 * and the user is told to retry.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusyAdvice {

	static final String RETRY_AFTER_SECONDS = "5";

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	void busy(HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
