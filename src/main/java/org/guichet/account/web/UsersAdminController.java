package org.guichet.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.Accounts;
import org.guichet.account.EmailAddress;
import org.guichet.account.EmailAlreadyUsedException;
import org.guichet.account.GuichetUser;
import org.guichet.account.Invitations;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.account.internal.UserDirectory;
import org.guichet.account.internal.UserDirectory.Entry;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Utilisateurs" in admin: every account, customers and staff; administrators block and
 * unblock any of them and invite the provider's staff.
 */
@Controller
@RequestMapping("/admin/users")
class UsersAdminController {

	static final int PAGE_SIZE = 50;

	private final UserDirectory directory;

	private final Accounts accounts;

	private final Invitations invitations;

	UsersAdminController(UserDirectory directory, Accounts accounts, Invitations invitations) {
		this.directory = directory;
		this.accounts = accounts;
		this.invitations = invitations;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean staff,
			@RequestParam(required = false) String after, Model model) {
		if (q.length() > 200 || (after != null && after.length() > 320)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<Entry> rows = this.directory.page(q, staff, Optional.ofNullable(after).filter((a) -> !a.isBlank()),
				PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("q", q);
		model.addAttribute("staff", staff);
		model.addAttribute("next", (rows.size() == PAGE_SIZE) ? rows.get(rows.size() - 1).email() : null);
		return "account/admin-users";
	}

	@GetMapping("/{id}")
	String card(@AuthenticationPrincipal GuichetUser admin, @PathVariable UUID id, Model model) {
		UserSummary user = find(id);
		model.addAttribute("user", user);
		model.addAttribute("self", user.id().equals(admin.id()));
		model.addAttribute("counterRight", this.accounts.mayActAtCounter(user.id()));
		return "account/admin-user";
	}

	/**
	 * Gives or takes a staff member's right to act for households at the counter.
	 */
	@PostMapping("/{id}/counter-mode")
	String counterMode(@AuthenticationPrincipal GuichetUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean allowed, RedirectAttributes redirect) {
		UserSummary user = find(id);
		if (user.staffRole() == null) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		this.accounts.allowCounter(user.id(), allowed, admin.id());
		redirect.addFlashAttribute("done", "adminUsers.counterMode.saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/block")
	String block(@AuthenticationPrincipal GuichetUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		UserSummary user = find(id);
		if (user.id().equals(admin.id()) || !this.accounts.block(user.id(), admin.id())) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("done", "colleagues.done.blocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unblock")
	String unblock(@AuthenticationPrincipal GuichetUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		this.accounts.unblock(find(id).id(), admin.id());
		redirect.addFlashAttribute("done", "colleagues.done.unblocked");
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/invite-staff")
	String inviteForm(Model model) {
		model.addAttribute("roles", StaffRole.values());
		model.addAttribute("email", "");
		model.addAttribute("role", StaffRole.AGENT);
		return "account/admin-invite-staff";
	}

	@PostMapping("/invite-staff")
	String invite(@AuthenticationPrincipal GuichetUser admin, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String role, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<EmailAddress> address = EmailAddress.of(email);
		Optional<StaffRole> staffRole = parseRole(role);
		String error = address.isEmpty() ? "Email" : null;
		if (error == null && staffRole.isPresent()) {
			try {
				UserId invited = this.invitations.inviteStaff(address.get(), staffRole.get(), admin.id(), locale);
				redirect.addFlashAttribute("done", "adminUsers.invited");
				return "redirect:/admin/users/" + invited;
			}
			catch (EmailAlreadyUsedException ex) {
				error = "profile.email.used";
			}
		}
		if (staffRole.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("roles", StaffRole.values());
		model.addAttribute("email", email);
		model.addAttribute("role", staffRole.get());
		model.addAttribute("emailError", error);
		return "account/admin-invite-staff";
	}

	private UserSummary find(UUID id) {
		return this.accounts.find(new UserId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Optional<StaffRole> parseRole(String role) {
		try {
			return Optional.of(StaffRole.valueOf(role));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class UsersNavigation {

		@Bean
		NavigationItem usersNavigation() {
			return new NavigationItem(Area.ADMIN, "nav.admin.users", "/admin/users", 10, "ROLE_ADMINISTRATOR");
		}

	}

}
