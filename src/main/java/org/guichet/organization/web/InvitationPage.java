package org.guichet.organization.web;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.InvitationBatch;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page where addresses are pasted to invite people into one organization, shared by
 * its administrators ("Collaborateurs") and by staff (the organization's card).
 *
 * @param organizationName the organization invited into
 * @param invitePath where the form is posted
 * @param backPath the page the back link leads to
 * @param backLabel the message key of that link
 */
record InvitationPage(String organizationName, String invitePath, String backPath, String backLabel) {

	/** The longest text accepted: 100 addresses of the longest kind, with separators. */
	private static final int MAX_LENGTH = 40_000;

	private static final String VIEW = "organization/colleagues-invite";

	String form(Model model) {
		model.addAttribute("addresses", "");
		return show(model);
	}

	/**
	 * Invites the addresses pasted and shows the result of each; a batch refused as a
	 * whole answers 400.
	 */
	String submit(String addresses, Function<String, InvitationBatch> invite, Model model,
			HttpServletResponse response) {
		if (addresses.length() > MAX_LENGTH) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		InvitationBatch batch = invite.apply(addresses);
		if (batch.isRefused()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("addresses", addresses);
		model.addAttribute("batch", batch);
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("organizationName", this.organizationName);
		model.addAttribute("invitePath", this.invitePath);
		model.addAttribute("backPath", this.backPath);
		model.addAttribute("backLabel", this.backLabel);
		return VIEW;
	}

}
