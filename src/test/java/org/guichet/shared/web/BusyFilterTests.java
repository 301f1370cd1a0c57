package org.guichet.shared.web;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BusyFilterTests {

	private final BusyFilter filter = new BusyFilter();

	@Test
	void aSessionStoreWithoutAFreeConnectionIsAnswered503WithRetryAfter() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/tickets"), response, (request, ignored) -> {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
	}

	@Test
	void otherFailuresAreLeftToTheErrorPage() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThatIllegalStateException().isThrownBy(() -> this.filter
			.doFilter(new MockHttpServletRequest("GET", "/tickets"), response, (request, ignored) -> {
				throw new IllegalStateException("a bug");
			})).withMessage("a bug");
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void aRequestThatWorksIsLeftAlone() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/tickets"), response,
				(request, answer) -> answer.getWriter().write("ok"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("ok");
	}

}
