package org.guichet.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error with one friendly page in the user's language: its own texts for
 * 403, 404, 410, 429 and 503, general ones for the other client and server errors. The
 * model never carries the exception or its message.
 */
@Component
class ErrorPageResolver implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>();
		page.put("status", status.value());
		page.put("kind", kind(status));
		return new ModelAndView("error/page", page, status);
	}

	private static String kind(HttpStatus status) {
		if (status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND || status == HttpStatus.TOO_MANY_REQUESTS
				|| status == HttpStatus.GONE || status == HttpStatus.SERVICE_UNAVAILABLE) {
			return Integer.toString(status.value());
		}
		return status.is5xxServerError() ? "5xx" : "4xx";
	}

}
