package org.guichet.account.web;

import org.guichet.account.GuichetUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in user, for the header.
 */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	GuichetUser currentUser(@AuthenticationPrincipal GuichetUser user) {
		return user;
	}

}
