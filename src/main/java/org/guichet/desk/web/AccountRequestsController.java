package org.guichet.desk.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.AccountRequestId;
import org.guichet.account.AccountRequestView;
import org.guichet.account.AccountRequests;
import org.guichet.account.GuichetUser;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.organization.AccountRequestApproval;
import org.guichet.shared.GuichetProperties;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Demandes de compte" in the desk: approve one into an organization, or refuse it with a
 * reason sent to the person.
 */
@Controller
@RequestMapping("/desk/account-requests")
class AccountRequestsController {

	private final AccountRequests requests;

	private final AccountRequestApproval approval;

	private final Organizations organizations;

	private final ZoneId zone;

	AccountRequestsController(AccountRequests requests, AccountRequestApproval approval, Organizations organizations,
			GuichetProperties properties) {
		this.requests = requests;
		this.approval = approval;
		this.organizations = organizations;
		this.zone = properties.timeZone();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("all", all);
		model.addAttribute("rows", this.requests.list(!all).stream().map(this::view).toList());
		return "desk/account-requests";
	}

	@GetMapping("/{id}")
	String card(@PathVariable UUID id, Model model) {
		AccountRequestView request = find(id);
		return card(request, (request.customerCode() != null) ? request.customerCode().strip() : "", null, "", null,
				model);
	}

	/**
	 * The request with what staff may do about it: the customer code the requester gave
	 * is proposed, with the name of the organization it belongs to.
	 */
	private String card(AccountRequestView request, String customerCode, String customerCodeError, String reason,
			String reasonError, Model model) {
		model.addAttribute("request", view(request));
		model.addAttribute("customerCode", customerCode);
		model.addAttribute("customerCodeError", customerCodeError);
		model.addAttribute("found", customerCode.isBlank() ? null
				: this.organizations.byCustomerCode(customerCode).flatMap(this.organizations::card).orElse(null));
		model.addAttribute("reason", reason);
		model.addAttribute("reasonError", reasonError);
		return "desk/account-request";
	}

	/**
	 * Staff name the organization by its customer code: there may be far too many to
	 * choose from a list.
	 */
	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String customerCode, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		AccountRequestView request = requirePending(find(id));
		Optional<OrganizationCard> organization = (customerCode.isBlank() || customerCode.length() > 40)
				? Optional.empty() : this.organizations.byCustomerCode(customerCode).flatMap(this.organizations::card);
		if (organization.isEmpty() || !organization.get().identity().active()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			String error = customerCode.isBlank() ? "NotBlank" : organization.isEmpty()
					? "accountRequests.approve.unknownCode" : "accountRequests.approve.inactive";
			return card(request, customerCode, error, "", null, model);
		}
		try {
			String done = this.approval.approve(new AccountRequestId(id), organization.get().id(), user.id());
			redirect.addFlashAttribute("done", done);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return "redirect:/desk/account-requests";
	}

	@PostMapping("/{id}/refuse")
	String refuse(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		AccountRequestView request = requirePending(find(id));
		if (reason.isBlank() || reason.length() > 1000) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return card(request, (request.customerCode() != null) ? request.customerCode().strip() : "", null, reason,
					reason.isBlank() ? "NotBlank" : "accountRequests.reason.tooLong", model);
		}
		this.requests.refuse(new AccountRequestId(id), user.id(), reason);
		redirect.addFlashAttribute("done", "accountRequests.done.refused");
		return "redirect:/desk/account-requests";
	}

	/**
	 * Two agents handled the same request at once: the second one is told it is no longer
	 * pending.
	 */
	@ExceptionHandler({ IllegalStateException.class, OptimisticLockingFailureException.class })
	void handledMeanwhile(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	private AccountRequestView find(UUID id) {
		return this.requests.find(new AccountRequestId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static AccountRequestView requirePending(AccountRequestView request) {
		if (!request.isPending()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return request;
	}

	private RequestView view(AccountRequestView request) {
		return new RequestView(request, LocalDateTime.ofInstant(request.createdAt(), this.zone));
	}

	record RequestView(AccountRequestView request, LocalDateTime createdAt) {
	}

}
