package org.guichet.administration.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.Accounts;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.shared.web.NavigationItem;
import org.guichet.shared.web.NavigationItem.Area;
import org.guichet.ticket.Categories;
import org.guichet.ticket.Categories.CategoryInputException;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.CategoryMember;
import org.guichet.ticket.CategoryView;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Catégories" in admin, as in CapDémat: each category with its request types (inactive
 * ones in red) and its staff, and each staff member's categories with their right, added
 * and taken away one at a time.
 */
@Controller
class CategoriesAdminController {

	private final Categories categories;

	private final RequestTypes requestTypes;

	private final Accounts accounts;

	CategoriesAdminController(Categories categories, RequestTypes requestTypes, Accounts accounts) {
		this.categories = categories;
		this.requestTypes = requestTypes;
		this.accounts = accounts;
	}

	@GetMapping("/admin/categories")
	String list(Model model) {
		return list("", "", null, model);
	}

	private String list(String name, String description, CategoryInputException refusal, Model model) {
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("typesByCategory", typesByCategory());
		model.addAttribute("name", name);
		model.addAttribute("description", description);
		model.addAttribute("refusal", refusal);
		return "administration/categories";
	}

	@PostMapping("/admin/categories")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			UUID id = this.categories.create(name, description);
			redirect.addFlashAttribute("done", "category.done.created");
			return "redirect:/admin/categories/" + id;
		}
		catch (CategoryInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(name, description, ex, model);
		}
	}

	@GetMapping("/admin/categories/{id}")
	String card(@PathVariable UUID id, Model model) {
		CategoryView category = category(id);
		return card(category, category.name(), (category.description() != null) ? category.description() : "",
				category.active(), null, model);
	}

	private String card(CategoryView category, String name, String description, boolean active,
			CategoryInputException refusal, Model model) {
		model.addAttribute("category", category);
		model.addAttribute("name", name);
		model.addAttribute("description", description);
		model.addAttribute("active", active);
		model.addAttribute("refusal", refusal);
		model.addAttribute("types", typesByCategory().getOrDefault(category.id(), List.of()));
		List<CategoryMember> members = this.categories.members(category.id());
		model.addAttribute("members", members);
		List<UserId> inCategory = members.stream().map(CategoryMember::user).toList();
		model.addAttribute("others",
				this.accounts.staff().stream().filter((staff) -> !inCategory.contains(staff.id())).toList());
		model.addAttribute("rights", List.of(CategoryAccess.READ, CategoryAccess.WRITE, CategoryAccess.MANAGE));
		return "administration/category";
	}

	@PostMapping("/admin/categories/{id}")
	String update(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "false") boolean active,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CategoryView category = category(id);
		try {
			this.categories.update(id, version, name, description, active);
			redirect.addFlashAttribute("done", "category.done.saved");
			return "redirect:/admin/categories/" + id;
		}
		catch (CategoryInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return card(category, name, description, active, ex, model);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return card(category, name, description, active, null, model);
		}
	}

	/**
	 * Gives, changes or takes away ({@code NONE}) one staff member's right on a category;
	 * back to the category, or to the staff member's page when it came from there.
	 */
	@PostMapping("/admin/categories/{id}/rights")
	String grant(@PathVariable UUID id, @RequestParam UUID user, @RequestParam String access,
			@RequestParam(defaultValue = "category") String back, RedirectAttributes redirect) {
		category(id);
		CategoryAccess right;
		try {
			right = CategoryAccess.valueOf(access);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		UserSummary staff = this.accounts.find(new UserId(user))
			.filter((summary) -> summary.staffRole() != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.categories.grant(staff.id(), id, right);
		redirect.addFlashAttribute("done",
				(right == CategoryAccess.NONE) ? "category.done.removed" : "category.done.granted");
		return "user".equals(back) ? "redirect:/admin/users/" + user + "/categories"
				: "redirect:/admin/categories/" + id;
	}

	@GetMapping("/admin/users/{user}/categories")
	String userCategories(@PathVariable UUID user, Model model) {
		UserSummary staff = this.accounts.find(new UserId(user))
			.filter((summary) -> summary.staffRole() != null)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<CategoryMember> rights = this.categories.rightsOf(staff.id());
		List<UUID> held = rights.stream().map(CategoryMember::categoryId).toList();
		model.addAttribute("staff", staff);
		model.addAttribute("held", rights);
		model.addAttribute("others",
				this.categories.all().stream().filter((category) -> !held.contains(category.id())).toList());
		model.addAttribute("rights", List.of(CategoryAccess.READ, CategoryAccess.WRITE, CategoryAccess.MANAGE));
		return "administration/user-categories";
	}

	/**
	 * "+" on a staff member's page: the category chosen in the list, with its right.
	 */
	@PostMapping("/admin/users/{user}/categories")
	String addCategory(@PathVariable UUID user, @RequestParam UUID category, @RequestParam String access,
			RedirectAttributes redirect) {
		return grant(category, user, access, "user", redirect);
	}

	private CategoryView category(UUID id) {
		return this.categories.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Map<UUID, List<RequestTypeView>> typesByCategory() {
		return this.requestTypes.all()
			.stream()
			.filter((type) -> type.categoryId() != null)
			.collect(Collectors.groupingBy(RequestTypeView::categoryId));
	}

	@Bean
	static NavigationItem categoriesMenuEntry() {
		return new NavigationItem(Area.ADMIN, "nav.admin.categories", "/admin/categories", 25, "ROLE_ADMINISTRATOR");
	}

}
