package org.guichet.notification.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.guichet.notification.internal.StaffNotices;
import org.guichet.shared.web.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The bell of the header: how many notices the signed-in staff member has not read.
 * Counted only when a page shows it (not for redirects or downloads), from the index of
 * unread notices.
 */
final class Bell {

	private final StaffNotices notices;

	private final UUID user;

	private final boolean current;

	private Long unread;

	Bell(StaffNotices notices, UUID user, boolean current) {
		this.notices = notices;
		this.user = user;
		this.current = current;
	}

	/**
	 * @return whether the page shown is the list of notifications
	 */
	public boolean current() {
		return this.current;
	}

	public long unread() {
		if (this.unread == null) {
			this.unread = this.notices.unreadCount(this.user);
		}
		return this.unread;
	}

	/**
	 * Gives every page of a staff member the {@code bell}.
	 */
	@ControllerAdvice
	static class Advice {

		private final StaffNotices notices;

		Advice(StaffNotices notices) {
			this.notices = notices;
		}

		@ModelAttribute("bell")
		Bell bell(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
			if (user == null || !user.isStaff()) {
				return null;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return new Bell(this.notices, user.userId(), path.equals("/notifications"));
		}

	}

}
