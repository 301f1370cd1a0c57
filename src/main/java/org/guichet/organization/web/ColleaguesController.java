package org.guichet.organization.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guichet.account.GuichetUser;
import org.guichet.account.UserId;
import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.internal.ColleagueActionRefusedException;
import org.guichet.organization.internal.ColleagueRow;
import org.guichet.organization.internal.ColleagueService;
import org.guichet.organization.internal.ColleagueService.ColleagueNotFoundException;
import org.guichet.organization.internal.ColleagueService.ColleagueSort;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * "Collaborateurs": the members of the current organization. Everybody sees the list; its
 * administrators invite, change roles, block, unblock and remove.
 */
@Controller
@RequestMapping("/colleagues")
class ColleaguesController {

	private static final Set<Integer> PAGE_SIZES = Set.of(10, 25, 50, 100);

	private final ColleagueService colleagues;

	private final CurrentOrganization currentOrganization;

	ColleaguesController(ColleagueService colleagues, CurrentOrganization currentOrganization) {
		this.colleagues = colleagues;
		this.currentOrganization = currentOrganization;
	}

	@GetMapping
	String list(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "NAME") String sort,
			@RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "25") int size,
			@RequestParam(defaultValue = "1") int page, Model model) {
		MembershipView organization = organization(user, session);
		ColleagueSort order = parseSort(sort);
		if (!PAGE_SIZES.contains(size) || page < 1 || q.length() > 200) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<ColleagueRow> all = this.colleagues.list(organization, q, order, "desc".equals(dir));
		int pages = Math.max(1, (all.size() + size - 1) / size);
		int current = Math.min(page, pages);
		model.addAttribute("organization", organization);
		model.addAttribute("rows", all.subList((current - 1) * size, Math.min(all.size(), current * size)));
		model.addAttribute("total", all.size());
		model.addAttribute("q", q);
		model.addAttribute("sort", order);
		model.addAttribute("dir", "desc".equals(dir) ? "desc" : "asc");
		model.addAttribute("size", size);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("sizes", PAGE_SIZES.stream().sorted().toList());
		model.addAttribute("canManage", organization.role() == MemberRole.ADMIN && !user.isStaff());
		return "organization/colleagues";
	}

	@GetMapping("/invite")
	String inviteForm(@AuthenticationPrincipal GuichetUser user, HttpSession session, Model model) {
		return invitationPage(requireAdmin(user, session)).form(model);
	}

	@PostMapping("/invite")
	String invite(@AuthenticationPrincipal GuichetUser user, HttpSession session,
			@RequestParam(defaultValue = "") String addresses, Locale locale, Model model,
			HttpServletResponse response) {
		MembershipView organization = requireAdmin(user, session);
		return invitationPage(organization).submit(addresses,
				(pasted) -> this.colleagues.invite(organization, user.id(), pasted, locale), model, response);
	}

	private static InvitationPage invitationPage(MembershipView organization) {
		return new InvitationPage(organization.organizationName(), "/colleagues/invite", "/colleagues",
				"colleagues.back");
	}

	@GetMapping("/{id}")
	String card(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable UUID id, Model model) {
		MembershipView organization = organization(user, session);
		ColleagueRow colleague = this.colleagues.find(organization, new UserId(id))
			.orElseThrow(ColleagueNotFoundException::new);
		model.addAttribute("organization", organization);
		model.addAttribute("colleague", colleague);
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("canManage",
				organization.role() == MemberRole.ADMIN && !user.isStaff() && !colleague.id().equals(user.id()));
		model.addAttribute("memberPath", "/colleagues");
		model.addAttribute("backPath", "/colleagues");
		model.addAttribute("backLabel", "colleagues.back");
		return "organization/colleague";
	}

	@PostMapping("/{id}/role")
	String changeRole(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable UUID id,
			@RequestParam String role, RedirectAttributes redirect) {
		MemberRole newRole;
		try {
			newRole = MemberRole.valueOf(role);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		this.colleagues.changeRole(forChange(user, session), user.id(), new UserId(id), newRole);
		return done(id, "colleagues.done.role", redirect);
	}

	@PostMapping("/{id}/block")
	String block(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable UUID id,
			RedirectAttributes redirect) {
		this.colleagues.block(forChange(user, session), user.id(), new UserId(id));
		return done(id, "colleagues.done.blocked", redirect);
	}

	@PostMapping("/{id}/unblock")
	String unblock(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable UUID id,
			RedirectAttributes redirect) {
		this.colleagues.unblock(forChange(user, session), user.id(), new UserId(id));
		return done(id, "colleagues.done.unblocked", redirect);
	}

	@PostMapping("/{id}/resend")
	String resend(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable UUID id, Locale locale,
			RedirectAttributes redirect) {
		boolean sent = this.colleagues.resendInvitation(forChange(user, session), user.id(), new UserId(id), locale);
		return done(id, sent ? "colleagues.done.resent" : "colleagues.refused.notInvited", redirect);
	}

	@PostMapping("/{id}/remove")
	String remove(@AuthenticationPrincipal GuichetUser user, HttpSession session, @PathVariable UUID id,
			RedirectAttributes redirect) {
		this.colleagues.remove(forChange(user, session), user.id(), new UserId(id));
		redirect.addFlashAttribute("done", "colleagues.done.removed");
		return "redirect:/colleagues";
	}

	@ExceptionHandler(ColleagueActionRefusedException.class)
	String refused(ColleagueActionRefusedException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("backPath", "/colleagues");
		model.addAttribute("backKey", "colleagues.back");
		return "organization/action-refused";
	}

	private static String done(UUID id, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", messageKey);
		return "redirect:/colleagues/" + id;
	}

	private MembershipView organization(GuichetUser user, HttpSession session) {
		return this.currentOrganization.of(user, session)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Staff acting for a household at the counter see its members, but manage people's
	 * access from the desk, where it is logged as theirs.
	 */
	private MembershipView forChange(GuichetUser user, HttpSession session) {
		if (user.isStaff()) {
			throw new AccessDeniedException("Staff manage members from the desk");
		}
		return organization(user, session);
	}

	private MembershipView requireAdmin(GuichetUser user, HttpSession session) {
		MembershipView organization = forChange(user, session);
		if (organization.role() != MemberRole.ADMIN) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return organization;
	}

	private static ColleagueSort parseSort(String sort) {
		try {
			return ColleagueSort.valueOf(sort);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

}
