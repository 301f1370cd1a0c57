package org.guichet.shared.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a page when it is complete, in one piece with its length, rather than as the
 * application flushes it (Thymeleaf flushes every page at its end).
 * <p>
 * Spring Session saves the session when the response starts to go out and again when the
 * request ends, and that second save reads the session back from PostgreSQL first: one
 * more round trip for every signed-in page. With the response held until the end, the
 * session is saved once. Pages up to {@link #BUFFER_SIZE} are held whole; a longer one
 * (an export) goes out as the buffer fills, and Spring Session, which watches the
 * buffer's size, still saves the session and sets its cookie before the first bytes
 * leave. An overload met while rendering can so still be answered 503
 * ({@link BusyFilter}).
 * <p>
 * It runs just inside the session filter, so that the session filter sees no flush before
 * the end.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class WholePageFilter extends OncePerRequestFilter {

	/** Enough for the portal's and the desk's pages (a search with results: 20 kB). */
	static final int BUFFER_SIZE = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (response.getBufferSize() < BUFFER_SIZE) {
			response.setBufferSize(BUFFER_SIZE);
		}
		chain.doFilter(request, new FlushedAtTheEnd(response));
	}

	/**
	 * A response whose flushes wait for the end of the request, where the container sends
	 * what is left.
	 */
	private static final class FlushedAtTheEnd extends HttpServletResponseWrapper {

		private PrintWriter writer;

		private ServletOutputStream stream;

		FlushedAtTheEnd(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(super.getWriter(), false) {

					@Override
					public void flush() {
						// sent at the end
					}

				};
			}
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new HeldStream(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public void flushBuffer() {
			// sent at the end
		}

	}

	private static final class HeldStream extends ServletOutputStream {

		private final ServletOutputStream delegate;

		HeldStream(ServletOutputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(int b) throws IOException {
			this.delegate.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.delegate.write(bytes, offset, length);
		}

		@Override
		public void flush() {
			// sent at the end
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.delegate.setWriteListener(listener);
		}

	}

}
