package org.guichet.organization.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.guichet.account.EmailAlreadyUsedException;
import org.guichet.account.GuichetUser;
import org.guichet.account.StaffRole;
import org.guichet.organization.OrganizationFieldException;
import org.guichet.organization.internal.NotFoundException;
import org.guichet.organization.internal.OrganizationImportStore.StoredImport;
import org.guichet.organization.web.OrganizationImporter.ImportAlreadyAppliedException;
import org.guichet.organization.web.OrganizationImporter.ImportChangedException;
import org.guichet.organization.web.OrganizationImporter.ImportFileException;
import org.guichet.shared.csv.CsvFiles;
import org.guichet.shared.csv.CsvFiles.CsvWriter;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff managers import organizations, contracts or members from a CSV file: upload, read
 * the dry run line by line, then confirm.
 */
@Controller
@RequestMapping("/desk/organizations/import")
class StaffImportController {

	private final OrganizationImporter importer;

	StaffImportController(OrganizationImporter importer) {
		this.importer = importer;
	}

	@GetMapping
	String uploadForm(@AuthenticationPrincipal GuichetUser user, Model model) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		return uploadPage(model, ImportKind.ORGANIZATIONS.name(), null);
	}

	/** The largest file imported (the other uploads of Guichet may be larger). */
	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	@PostMapping
	String upload(@AuthenticationPrincipal GuichetUser user, @RequestParam(defaultValue = "") String kind,
			@RequestParam(required = false) MultipartFile file, HttpServletResponse response, Model model)
			throws IOException {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		if (file != null && file.getSize() > MAX_FILE_BYTES) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return uploadPage(model, kind,
					new ImportFileException("import.error.tooLarge", MAX_FILE_BYTES / 1024 / 1024));
		}
		ImportKind chosen = kind(kind);
		if (chosen == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("kindError", "import.error.kind");
			return uploadPage(model, kind, null);
		}
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return uploadPage(model, kind, new ImportFileException("import.error.noFile"));
		}
		try {
			UUID id = this.importer.upload(chosen, file.getOriginalFilename(), file.getBytes(), user.id());
			return "redirect:/desk/organizations/import/" + id;
		}
		catch (ImportFileException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return uploadPage(model, kind, ex);
		}
	}

	/**
	 * An empty file with the columns of that kind of import, to fill in a spreadsheet.
	 */
	@GetMapping("/template/{kind}.csv")
	void template(@AuthenticationPrincipal GuichetUser user, @PathVariable String kind, HttpServletResponse response)
			throws IOException {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		ImportKind chosen = kind(kind.toUpperCase(Locale.ROOT));
		if (chosen == null) {
			throw new NotFoundException();
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"" + chosen.name().toLowerCase(Locale.ROOT) + ".csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		CsvWriter csv = CsvFiles.writer(out, chosen.columns());
		csv.flush();
	}

	@GetMapping("/{id}")
	String report(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id, Locale locale, Model model) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		StoredImport stored = this.importer.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("report", this.importer.check(stored, locale));
		return "organization/staff-import-report";
	}

	@PostMapping("/{id}")
	String confirm(@AuthenticationPrincipal GuichetUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean excludeWrongLines,
			@RequestParam(defaultValue = "0") long wrongLines, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		StaffOrganizationsController.require(user, StaffRole.MANAGER);
		StoredImport stored = this.importer.find(id).orElseThrow(NotFoundException::new);
		if (stored.appliedAt() != null) {
			return alreadyApplied(stored, locale, response, model);
		}
		try {
			ImportReport report = this.importer.apply(stored, user.id(), excludeWrongLines, wrongLines, locale);
			if (report.refused()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("report", report);
				return "organization/staff-import-report";
			}
			redirect.addFlashAttribute("importedLines", report.appliedLines());
			return "redirect:/desk/organizations/import/" + id;
		}
		catch (ImportAlreadyAppliedException ex) {
			return alreadyApplied(stored, locale, response, model);
		}
		catch (OrganizationFieldException | ImportChangedException | EmailAlreadyUsedException
				| DataIntegrityViolationException | IllegalArgumentException ex) {
			// another change got there first: nothing of the file was saved
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("report", this.importer.check(stored, locale));
			model.addAttribute("changedMeanwhile", true);
			return "organization/staff-import-report";
		}
	}

	private String alreadyApplied(StoredImport stored, Locale locale, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		StoredImport current = this.importer.find(stored.id()).orElseThrow(NotFoundException::new);
		model.addAttribute("report", this.importer.check(current, locale));
		return "organization/staff-import-report";
	}

	private static String uploadPage(Model model, String kind, ImportFileException error) {
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("maxLines", OrganizationImporter.MAX_LINES);
		if (error != null) {
			model.addAttribute("fileError", error.messageKey());
			model.addAttribute("fileErrorArguments", error.arguments());
		}
		return "organization/staff-import";
	}

	private static ImportKind kind(String kind) {
		try {
			return ImportKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
