package org.guichet.sla.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.sla.ServiceLevel;
import org.guichet.sla.internal.SlaAdministration;
import org.guichet.sla.internal.SlaSettings;
import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Qualité de service" in admin: the default service level, the business calendar with
 * its closure days, and how alerts are written (administrators); and each request type's
 * own service level, which the managers of its category set too. A change recomputes the
 * due dates of the open tickets it applies to.
 */
@Controller
class SlaAdminController {

	private static final String PAGE = "/admin/sla";

	private final SlaAdministration administration;

	private final RequestTypes requestTypes;

	private final Categories categories;

	SlaAdminController(SlaAdministration administration, RequestTypes requestTypes, Categories categories) {
		this.administration = administration;
		this.requestTypes = requestTypes;
		this.categories = categories;
	}

	@GetMapping(PAGE)
	String settings(Model model) {
		SlaSettings settings = this.administration.settings();
		model.addAttribute("settingsForm", SettingsForm.of(settings));
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("closures", this.administration.closures());
		model.addAttribute("types", this.requestTypes.all());
		model.addAttribute("typesWithLevel", this.administration.typesWithLevel());
		model.addAttribute("days", DayOfWeek.values());
		return "sla/admin";
	}

	@PostMapping(PAGE)
	String save(@ModelAttribute SettingsForm settingsForm, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		SlaSettings current = this.administration.settings();
		SlaSettings settings = settingsForm.toSettings(errors, current.calendar().closures());
		if (settings == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model);
		}
		try {
			this.administration.saveSettings(settings, settingsForm.versionNumber());
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return page(model);
		}
		redirect.addFlashAttribute("done", "sla.saved");
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/closures")
	String addClosure(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String label,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate date = null;
		try {
			date = LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("closureError", "sla.error.closureDay");
		}
		String text = label.strip();
		if (date != null && (text.isEmpty() || text.length() > 100)) {
			model.addAttribute("closureError", "sla.error.closureLabel");
		}
		if (model.containsAttribute("closureError")) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("closureDay", day);
			model.addAttribute("closureLabel", label);
			model.addAttribute("settingsForm", SettingsForm.of(this.administration.settings()));
			return page(model);
		}
		redirect.addFlashAttribute("done",
				this.administration.addClosure(date, text) ? "sla.closure.added" : "sla.closure.exists");
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/closures/{day}/delete")
	String removeClosure(@PathVariable String day, RedirectAttributes redirect) {
		LocalDate date;
		try {
			date = LocalDate.parse(day);
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!this.administration.removeClosure(date)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("done", "sla.closure.removed");
		return "redirect:" + PAGE;
	}

	/**
	 * @return the request type, if the reader configures it: an administrator any, a
	 * manager those of the categories they manage; else not found
	 */
	private RequestTypeView type(GuichetUser user, UUID id) {
		RequestTypeView type = this.requestTypes.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (user.hasStaffRole(StaffRole.ADMINISTRATOR)) {
			return type;
		}
		CategoryAccess access = (type.categoryId() != null) ? this.categories.accessOf(user.id()).get(type.categoryId())
				: null;
		if (access == null || !access.includes(CategoryAccess.MANAGE)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return type;
	}

	@GetMapping("/admin/request-types/{id}/sla")
	String typeLevel(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, Model model) {
		RequestTypeView type = type(user, id);
		SlaSettings settings = this.administration.settings();
		ServiceLevel own = this.administration.typeLevel(id).orElse(null);
		model.addAttribute("levelForm", LevelForm.of((own != null) ? own : settings.defaults(),
				settings.calendar().opens(), settings.calendar().closes()));
		return typePage(type, own, settings, model);
	}

	private String typePage(RequestTypeView type, ServiceLevel own, SlaSettings settings, Model model) {
		model.addAttribute("requestType", type);
		model.addAttribute("own", own);
		model.addAttribute("defaults", settings.defaults());
		return "sla/admin-type";
	}

	@PostMapping("/admin/request-types/{id}/sla")
	String saveTypeLevel(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@ModelAttribute LevelForm levelForm, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		RequestTypeView type = type(user, id);
		SlaSettings settings = this.administration.settings();
		ServiceLevel level = levelForm.toLevel(errors, "", settings.calendar().opens(), settings.calendar().closes());
		if (level == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return typePage(type, this.administration.typeLevel(id).orElse(null), settings, model);
		}
		this.administration.saveTypeLevel(id, level);
		redirect.addFlashAttribute("done", "sla.type.saved");
		return "redirect:/admin/request-types/" + id + "/sla";
	}

	@PostMapping("/admin/request-types/{id}/sla/delete")
	String removeTypeLevel(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			RedirectAttributes redirect) {
		type(user, id);
		this.administration.removeTypeLevel(id);
		redirect.addFlashAttribute("done", "sla.type.removed");
		return "redirect:/admin/request-types/" + id + "/sla";
	}

}
