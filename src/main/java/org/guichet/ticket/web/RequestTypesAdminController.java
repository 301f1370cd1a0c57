package org.guichet.ticket.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.CategoryView;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.internal.RequestTypeCatalog;
import org.guichet.ticket.internal.RequestTypeInputException;
import org.guichet.ticket.internal.RequestTypeNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Types de demande" in admin: what customers may ask for, which fields each request form
 * shows, and the themes that sort the requests (thème › sous-thème › précision). Every
 * change is a small form posted and redirected, with a message; a refused value comes
 * back next to its field with a 400.
 */
@Controller
@RequestMapping("/admin/request-types")
class RequestTypesAdminController {

	private static final String LIST = "/admin/request-types";

	private final RequestTypeCatalog catalog;

	private final Categories categories;

	RequestTypesAdminController(RequestTypeCatalog catalog, Categories categories) {
		this.catalog = catalog;
		this.categories = categories;
	}

	/**
	 * @return the categories the reader configures the request types of: every one for an
	 * administrator ({@code null}), else those they have the right to manage
	 */
	private Set<UUID> managed(GuichetUser user) {
		if (user.hasStaffRole(StaffRole.ADMINISTRATOR)) {
			return null;
		}
		Set<UUID> managed = new HashSet<>();
		this.categories.accessOf(user.id()).forEach((category, access) -> {
			if (access.includes(CategoryAccess.MANAGE)) {
				managed.add(category);
			}
		});
		return managed;
	}

	/**
	 * A manager reaches the types of the categories they manage only: another type is not
	 * found; without any such category, the page is forbidden.
	 */
	@ModelAttribute
	void scope(@AuthenticationPrincipal GuichetUser user, @PathVariable(required = false) UUID id, Model model) {
		Set<UUID> managed = managed(user);
		if (managed != null && managed.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (id != null && managed != null) {
			UUID category = this.catalog.settings(id).categoryId();
			if (category == null || !managed.contains(category)) {
				throw new RequestTypeNotFoundException();
			}
		}
		model.addAttribute("managerOnly", managed != null);
	}

	/**
	 * @return the categories by id, to name them and choose one (a manager chooses among
	 * theirs)
	 */
	@ModelAttribute("categories")
	Map<UUID, CategoryView> categories(@AuthenticationPrincipal GuichetUser user) {
		Set<UUID> managed = managed(user);
		Map<UUID, CategoryView> byId = new LinkedHashMap<>();
		this.categories.all()
			.stream()
			.filter((category) -> managed == null || managed.contains(category.id()))
			.forEach((category) -> byId.put(category.id(), category));
		return byId;
	}

	@GetMapping
	String list(@AuthenticationPrincipal GuichetUser user, Model model) {
		Set<UUID> managed = managed(user);
		model.addAttribute("types", this.catalog.all()
			.stream()
			.filter((type) -> managed == null || (type.categoryId() != null && managed.contains(type.categoryId())))
			.toList());
		return "ticket/admin-request-types";
	}

	/**
	 * A manager's type goes to one of the categories they manage.
	 */
	private void checkCategory(GuichetUser user, RequestTypeForm form, BindingResult errors) {
		Set<UUID> managed = managed(user);
		if (managed != null && !errors.hasFieldErrors("category")
				&& (form.settings().categoryId() == null || !managed.contains(form.settings().categoryId()))) {
			errors.rejectValue("category", "requestType.error.managedCategory");
		}
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("requestTypeForm", RequestTypeForm.forNewType(this.catalog.nextPosition()));
		return "ticket/admin-request-type-new";
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal GuichetUser user, @ModelAttribute RequestTypeForm requestTypeForm,
			BindingResult errors, HttpServletResponse response, RedirectAttributes redirect) {
		requestTypeForm.validate(errors);
		checkCategory(user, requestTypeForm, errors);
		if (!errors.hasErrors()) {
			try {
				UUID id = this.catalog.create(requestTypeForm.settings());
				redirect.addFlashAttribute("done", "requestType.done.created");
				return "redirect:" + LIST + "/" + id;
			}
			catch (RequestTypeInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "ticket/admin-request-type-new";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("requestTypeForm", RequestTypeForm.of(this.catalog.settings(id)));
		return page(id, model);
	}

	@PostMapping("/{id}")
	String save(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@ModelAttribute RequestTypeForm requestTypeForm, BindingResult errors, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		requestTypeForm.validate(errors);
		checkCategory(user, requestTypeForm, errors);
		if (!errors.hasErrors()) {
			try {
				this.catalog.update(id, requestTypeForm.settings());
				return done(id, "requestType.done.saved", redirect);
			}
			catch (RequestTypeInputException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(id, model);
	}

	/**
	 * Adds a theme at the top, or under the theme named by {@code parentId}.
	 */
	@PostMapping("/{id}/themes")
	String addTheme(@PathVariable UUID id, @RequestParam(required = false) UUID parentId,
			@RequestParam(defaultValue = "") String name, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			this.catalog.addTheme(id, parentId, name);
			return done(id, "requestType.done.themeAdded", redirect);
		}
		catch (RequestTypeInputException ex) {
			String field = (parentId != null) ? "theme-new-" + parentId : "theme-new";
			return refused(id, new ThemeRefusal(field, name, ex.messageKey()), response, model);
		}
	}

	@PostMapping("/{id}/themes/{themeId}/rename")
	String renameTheme(@PathVariable UUID id, @PathVariable UUID themeId, @RequestParam(defaultValue = "") String name,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			this.catalog.renameTheme(id, themeId, name);
			return done(id, "requestType.done.themeRenamed", redirect);
		}
		catch (RequestTypeInputException ex) {
			return refused(id, new ThemeRefusal("theme-name-" + themeId, name, ex.messageKey()), response, model);
		}
	}

	@PostMapping("/{id}/themes/{themeId}/deactivate")
	String deactivateTheme(@PathVariable UUID id, @PathVariable UUID themeId, RedirectAttributes redirect) {
		this.catalog.deactivateTheme(id, themeId);
		return done(id, "requestType.done.themeDeactivated", redirect);
	}

	@PostMapping("/{id}/themes/{themeId}/activate")
	String activateTheme(@PathVariable UUID id, @PathVariable UUID themeId, RedirectAttributes redirect) {
		this.catalog.activateTheme(id, themeId);
		return done(id, "requestType.done.themeActivated", redirect);
	}

	@PostMapping("/{id}/themes/{themeId}/up")
	String moveThemeUp(@PathVariable UUID id, @PathVariable UUID themeId, RedirectAttributes redirect) {
		this.catalog.moveThemeUp(id, themeId);
		return done(id, "requestType.done.themeMoved", redirect);
	}

	@PostMapping("/{id}/themes/{themeId}/down")
	String moveThemeDown(@PathVariable UUID id, @PathVariable UUID themeId, RedirectAttributes redirect) {
		this.catalog.moveThemeDown(id, themeId);
		return done(id, "requestType.done.themeMoved", redirect);
	}

	private String page(UUID id, Model model) {
		RequestTypeView type = this.catalog.find(id).orElseThrow(RequestTypeNotFoundException::new);
		model.addAttribute("requestType", type);
		model.addAttribute("tree", this.catalog.themeTree(id));
		return "ticket/admin-request-type";
	}

	private String done(UUID id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", message);
		return "redirect:" + LIST + "/" + id;
	}

	private String refused(UUID id, ThemeRefusal refusal, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("requestTypeForm", RequestTypeForm.of(this.catalog.settings(id)));
		model.addAttribute("themeRefusal", refusal);
		return page(id, model);
	}

}
