package org.guichet.organization.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.organization.OrganizationFieldException;
import org.guichet.organization.ProductView;
import org.guichet.organization.internal.CatalogService;
import org.guichet.organization.internal.NotFoundException;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Produits": what the provider sells, which contracts cover. Managers keep the list.
 */
@Controller
@RequestMapping("/desk/products")
class StaffProductsController {

	private final CatalogService catalog;

	StaffProductsController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	String list(@AuthenticationPrincipal GuichetUser user, Model model) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		model.addAttribute("products", this.catalog.products());
		model.addAttribute("productForm", new ProductForm("", "", "", true));
		return "organization/staff-products";
	}

	@PostMapping
	String create(@AuthenticationPrincipal GuichetUser user, @ModelAttribute ProductForm productForm,
			BindingResult errors, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		productForm.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.catalog.createProduct(productForm.code(), productForm.name(), productForm.family());
				redirect.addFlashAttribute("done", "products.done.created");
				return "redirect:/desk/products";
			}
			catch (OrganizationFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("products", this.catalog.products());
		return "organization/staff-products";
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable UUID id, @AuthenticationPrincipal GuichetUser user, Model model) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		ProductView product = this.catalog.product(id).orElseThrow(NotFoundException::new);
		model.addAttribute("product", product);
		model.addAttribute("productForm",
				new ProductForm(product.code(), product.name(), product.family(), product.active()));
		return "organization/staff-product";
	}

	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal GuichetUser user,
			@ModelAttribute ProductForm productForm, BindingResult errors, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		ProductView product = this.catalog.product(id).orElseThrow(NotFoundException::new);
		productForm.validate(errors);
		if (!errors.hasErrors()) {
			try {
				this.catalog.updateProduct(id, productForm.code(), productForm.name(), productForm.family(),
						Boolean.TRUE.equals(productForm.active()));
				redirect.addFlashAttribute("done", "products.done.saved");
				return "redirect:/desk/products";
			}
			catch (OrganizationFieldException ex) {
				errors.rejectValue(ex.field(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("product", product);
		return "organization/staff-product";
	}

}
