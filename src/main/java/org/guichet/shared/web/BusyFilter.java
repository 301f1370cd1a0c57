package org.guichet.shared.web;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link BusyAdvice} for what happens before a controller: the session, kept in
 * PostgreSQL, is read and saved by a filter, and under overload that filter too waits for
 * a connection in vain. The request is then answered 503 with Retry-After, as from a
 * controller, rather than 500. It runs before every other filter, so that it sees theirs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusyFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!isBusy(ex) || response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, BusyAdvice.RETRY_AFTER_SECONDS);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	static boolean isBusy(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

}
