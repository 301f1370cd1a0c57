package org.guichet.organization.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.Accounts;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.organization.MemberRole;
import org.guichet.organization.MembershipView;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationFieldException;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.Organizations;
import org.guichet.organization.internal.CatalogService;
import org.guichet.organization.internal.ColleagueActionRefusedException;
import org.guichet.organization.internal.ColleagueRow;
import org.guichet.organization.internal.ColleagueService;
import org.guichet.organization.internal.ColleagueService.ColleagueNotFoundException;
import org.guichet.organization.internal.ColleagueService.ColleagueSort;
import org.guichet.organization.internal.NotFoundException;
import org.guichet.organization.internal.OrganizationDirectory;
import org.guichet.organization.internal.OrganizationDirectory.Criteria;
import org.guichet.organization.internal.OrganizationDirectory.ExportRow;
import org.guichet.organization.internal.OrganizationDirectory.Row;
import org.guichet.shared.csv.CsvFiles;
import org.guichet.shared.csv.CsvFiles.CsvWriter;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff back office of organizations: search, the organization's card, creating and
 * editing them, inviting their members. Agents read; managers create, edit and invite;
 * administrators also change members' roles, block and remove them.
 */
@Controller
@RequestMapping("/desk/organizations")
class StaffOrganizationsController {

	static final int PAGE_SIZE = 50;

	private static final int EXPORT_PAGE_SIZE = 1000;

	private final OrganizationDirectory directory;

	private final Organizations organizations;

	private final ColleagueService colleagues;

	private final CatalogService catalog;

	private final Accounts accounts;

	private final Clock clock;

	private final MessageSource messages;

	StaffOrganizationsController(OrganizationDirectory directory, Organizations organizations,
			ColleagueService colleagues, CatalogService catalog, Accounts accounts, Clock clock,
			MessageSource messages) {
		this.directory = directory;
		this.organizations = organizations;
		this.colleagues = colleagues;
		this.catalog = catalog;
		this.accounts = accounts;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String active, @RequestParam(required = false) UUID after,
			@AuthenticationPrincipal GuichetUser user, Model model) {
		Criteria criteria = criteria(q, kind, active);
		List<Row> rows = this.directory.page(criteria, Optional.ofNullable(after).map(OrganizationId::new), PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("active", active);
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("next", (rows.size() == PAGE_SIZE) ? rows.get(rows.size() - 1).id().value() : null);
		model.addAttribute("first", after == null);
		model.addAttribute("canEdit", user.hasStaffRole(StaffRole.MANAGER));
		return "organization/staff-organizations";
	}

	/**
	 * Every organization the search finds, as a CSV file that the import reads back;
	 * managers only, as it holds every address and phone number.
	 */
	@GetMapping("/export.csv")
	void export(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String active, @AuthenticationPrincipal GuichetUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		require(user, StaffRole.MANAGER);
		Criteria criteria = criteria(q, kind, active);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"organisations.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		List<String> columns = new ArrayList<>(ImportKind.ORGANIZATIONS.columns());
		columns.add("membres");
		CsvWriter csv = CsvFiles.writer(out, columns);
		String yes = this.messages.getMessage("import.yes", null, locale);
		String no = this.messages.getMessage("import.no", null, locale);
		Optional<OrganizationId> after = Optional.empty();
		List<ExportRow> page;
		do {
			page = this.directory.exportPage(criteria, after, EXPORT_PAGE_SIZE);
			for (ExportRow row : page) {
				csv.row(Arrays.asList(row.customerCode(), row.name(), row.legalName(),
						this.messages.getMessage("organizations.kind." + row.kind(), null, locale), row.siret(),
						row.active() ? yes : no, row.street(), row.postcode(), row.city(), row.country(), row.email(),
						row.phone(), row.fax(), Long.toString(row.members())));
			}
			after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
		}
		while (page.size() == EXPORT_PAGE_SIZE);
		csv.flush();
	}

	static Criteria criteria(String q, String kind, String active) {
		if (q.length() > 200) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			return new Criteria(q, kind.isEmpty() ? Optional.empty() : Optional.of(OrganizationKind.valueOf(kind)),
					SearchFilters.activeFilter(active));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal GuichetUser user, Model model) {
		require(user, StaffRole.MANAGER);
		model.addAttribute("organizationForm", OrganizationForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal GuichetUser user, @ModelAttribute OrganizationForm organizationForm,
			BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		require(user, StaffRole.MANAGER);
		organizationForm.validateIdentity(errors);
		organizationForm.validateContact(errors);
		if (!errors.hasErrors()) {
			try {
				OrganizationId created = this.organizations.create(organizationForm.identity(),
						organizationForm.contact());
				redirect.addFlashAttribute("done", "organizations.done.created");
				return "redirect:/desk/organizations/" + created;
			}
			catch (OrganizationFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(model, null);
	}

	@GetMapping("/{id}")
	String card(@PathVariable UUID id, @AuthenticationPrincipal GuichetUser user, Model model) {
		OrganizationCard card = find(id);
		MembershipView asProvider = this.colleagues.asProvider(card.id());
		model.addAttribute("card", card);
		model.addAttribute("members", this.colleagues.list(asProvider, "", ColleagueSort.NAME, false));
		model.addAttribute("contracts", this.catalog.of(card.id()));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("canEdit", user.hasStaffRole(StaffRole.MANAGER));
		return "organization/staff-organization";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, @AuthenticationPrincipal GuichetUser user, Model model) {
		require(user, StaffRole.MANAGER);
		OrganizationCard card = find(id);
		model.addAttribute("organizationForm", OrganizationForm.of(card));
		return form(model, card);
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal GuichetUser user,
			@ModelAttribute OrganizationForm organizationForm, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		require(user, StaffRole.MANAGER);
		OrganizationCard card = find(id);
		organizationForm.validateIdentity(errors);
		organizationForm.validateContact(errors);
		if (!errors.hasErrors()) {
			try {
				this.organizations.identifyAndContact(card.id(), organizationForm.identity(),
						organizationForm.contact());
				redirect.addFlashAttribute("done", "organizations.done.saved");
				return "redirect:/desk/organizations/" + id;
			}
			catch (OrganizationFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(model, card);
	}

	private String form(Model model, OrganizationCard card) {
		model.addAttribute("card", card);
		model.addAttribute("kinds", OrganizationKind.values());
		return "organization/staff-organization-form";
	}

	@GetMapping("/{id}/invite")
	String inviteForm(@PathVariable UUID id, @AuthenticationPrincipal GuichetUser user, Model model) {
		require(user, StaffRole.MANAGER);
		return invitationPage(find(id)).form(model);
	}

	@PostMapping("/{id}/invite")
	String invite(@PathVariable UUID id, @AuthenticationPrincipal GuichetUser user,
			@RequestParam(defaultValue = "") String addresses, Locale locale, HttpServletResponse response,
			Model model) {
		require(user, StaffRole.MANAGER);
		OrganizationCard card = find(id);
		return invitationPage(card).submit(addresses,
				(pasted) -> this.colleagues.inviteAsProvider(card.id(), user.id(), pasted, locale), model, response);
	}

	private static InvitationPage invitationPage(OrganizationCard card) {
		String path = "/desk/organizations/" + card.id();
		return new InvitationPage(card.identity().name(), path + "/invite", path, "organizations.backToCard");
	}

	@GetMapping("/{id}/members/{member}")
	String member(@PathVariable UUID id, @PathVariable UUID member, @AuthenticationPrincipal GuichetUser user,
			Model model) {
		MembershipView asProvider = asProvider(id);
		ColleagueRow colleague = this.colleagues.find(asProvider, new UserId(member))
			.orElseThrow(ColleagueNotFoundException::new);
		model.addAttribute("organization", asProvider);
		model.addAttribute("colleague", colleague);
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("canManage", user.hasStaffRole(StaffRole.ADMINISTRATOR));
		model.addAttribute("memberPath", "/desk/organizations/" + id + "/members");
		model.addAttribute("backPath", "/desk/organizations/" + id);
		model.addAttribute("backLabel", "organizations.back");
		return "organization/colleague";
	}

	@PostMapping("/{id}/members/{member}/role")
	String changeRole(@PathVariable UUID id, @PathVariable UUID member, @RequestParam String role,
			@AuthenticationPrincipal GuichetUser user, RedirectAttributes redirect) {
		require(user, StaffRole.ADMINISTRATOR);
		MemberRole newRole;
		try {
			newRole = MemberRole.valueOf(role);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		this.colleagues.changeRole(asProvider(id), user.id(), new UserId(member), newRole);
		return memberDone(id, member, "colleagues.done.role", redirect);
	}

	/**
	 * Staff administrators block an account even when it belongs to other organizations
	 * too, which an organization's own administrator may not.
	 */
	@PostMapping("/{id}/members/{member}/block")
	String block(@PathVariable UUID id, @PathVariable UUID member, @AuthenticationPrincipal GuichetUser user,
			RedirectAttributes redirect) {
		require(user, StaffRole.ADMINISTRATOR);
		UserId target = requireMember(id, member);
		if (!this.accounts.block(target, user.id())) {
			throw new ColleagueActionRefusedException("colleagues.refused.notActive");
		}
		return memberDone(id, member, "colleagues.done.blocked", redirect);
	}

	@PostMapping("/{id}/members/{member}/unblock")
	String unblock(@PathVariable UUID id, @PathVariable UUID member, @AuthenticationPrincipal GuichetUser user,
			RedirectAttributes redirect) {
		require(user, StaffRole.ADMINISTRATOR);
		this.accounts.unblock(requireMember(id, member), user.id());
		return memberDone(id, member, "colleagues.done.unblocked", redirect);
	}

	@PostMapping("/{id}/members/{member}/resend")
	String resend(@PathVariable UUID id, @PathVariable UUID member, @AuthenticationPrincipal GuichetUser user,
			Locale locale, RedirectAttributes redirect) {
		require(user, StaffRole.MANAGER);
		boolean sent = this.colleagues.resendInvitation(asProvider(id), user.id(), new UserId(member), locale);
		return memberDone(id, member, sent ? "colleagues.done.resent" : "colleagues.refused.notInvited", redirect);
	}

	@PostMapping("/{id}/members/{member}/remove")
	String remove(@PathVariable UUID id, @PathVariable UUID member, @AuthenticationPrincipal GuichetUser user,
			RedirectAttributes redirect) {
		require(user, StaffRole.ADMINISTRATOR);
		this.colleagues.remove(asProvider(id), user.id(), new UserId(member));
		redirect.addFlashAttribute("done", "colleagues.done.removed");
		return "redirect:/desk/organizations/" + id;
	}

	@ExceptionHandler(ColleagueActionRefusedException.class)
	String refused(ColleagueActionRefusedException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("backPath", "/desk/organizations");
		model.addAttribute("backKey", "organizations.back");
		return "organization/action-refused";
	}

	private UserId requireMember(UUID organization, UUID member) {
		return this.colleagues.find(asProvider(organization), new UserId(member))
			.orElseThrow(ColleagueNotFoundException::new)
			.id();
	}

	private static String memberDone(UUID id, UUID member, String messageKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", messageKey);
		return "redirect:/desk/organizations/" + id + "/members/" + member;
	}

	/**
	 * The organization as its own administrator would act on it; an unknown one is a 404.
	 */
	private MembershipView asProvider(UUID organization) {
		return this.colleagues.asProvider(new OrganizationId(organization));
	}

	private OrganizationCard find(UUID id) {
		return this.organizations.card(new OrganizationId(id)).orElseThrow(NotFoundException::new);
	}

	static void require(GuichetUser user, StaffRole role) {
		if (!user.hasStaffRole(role)) {
			throw new AccessDeniedException("Needs the " + role + " role");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem staffOrganizationsNavigation() {
			return new NavigationItem(Area.DESK, "nav.desk.organizations", "/desk/organizations", 30, "ROLE_AGENT");
		}

	}

}
