package org.guichet.organization.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.guichet.account.Accounts;
import org.guichet.account.EmailAddress;
import org.guichet.account.Invitations;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.organization.ContractView;
import org.guichet.organization.MemberRole;
import org.guichet.organization.OrganizationCard;
import org.guichet.organization.OrganizationFieldException;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.Organizations;
import org.guichet.organization.ProductView;
import org.guichet.organization.Siret;
import org.guichet.organization.internal.CatalogService;
import org.guichet.organization.internal.OrganizationImportStore;
import org.guichet.organization.internal.OrganizationImportStore.StoredImport;
import org.guichet.shared.csv.CsvFiles;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Imports organizations, contracts or members from a CSV file in two steps: a dry run
 * that says, line by line, what would be done or what is wrong, then the import itself,
 * in one transaction. A file with a wrong line imports nothing unless staff explicitly
 * leave the wrong lines out. Each line is checked by the rules of the staff forms.
 */
@Component
class OrganizationImporter {

	static final int MAX_LINES = 5000;

	private static final List<DateTimeFormatter> DATES = List
		.of(DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
				DateTimeFormatter.ISO_LOCAL_DATE)
		.stream()
		.map((format) -> format.withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private static final Map<String, String> FORM_FIELDS = Map.ofEntries(Map.entry("name", "nom"),
			Map.entry("legalName", "raison_sociale"), Map.entry("kind", "type"),
			Map.entry("customerCode", "code_client"), Map.entry("siret", "siret"), Map.entry("active", "actif"),
			Map.entry("street", "adresse"), Map.entry("postcode", "code_postal"), Map.entry("city", "ville"),
			Map.entry("country", "pays"), Map.entry("email", "email"), Map.entry("phone", "telephone"),
			Map.entry("fax", "fax"), Map.entry("number", "numero"), Map.entry("licenceNumber", "licence"),
			Map.entry("productId", "produit"), Map.entry("signedOn", "signature"), Map.entry("endsOn", "fin"),
			Map.entry("suspended", "suspendu"));

	private final OrganizationImportStore store;

	private final Organizations organizations;

	private final CatalogService catalog;

	private final Accounts accounts;

	private final Invitations invitations;

	private final MessageSource messages;

	OrganizationImporter(OrganizationImportStore store, Organizations organizations, CatalogService catalog,
			Accounts accounts, Invitations invitations, MessageSource messages) {
		this.store = store;
		this.organizations = organizations;
		this.catalog = catalog;
		this.accounts = accounts;
		this.invitations = invitations;
		this.messages = messages;
	}

	/**
	 * Reads an uploaded file and keeps it for the dry run.
	 * @throws ImportFileException when the file cannot be read as that kind of import
	 */
	UUID upload(ImportKind kind, String fileName, byte[] content, UserId uploadedBy) {
		String text = CsvFiles.decode(content);
		parse(kind, text);
		String name = (fileName == null || fileName.isBlank()) ? "import.csv" : fileName.strip();
		return this.store.store(kind.name(), (name.length() > 255) ? name.substring(0, 255) : name, text, uploadedBy);
	}

	Optional<StoredImport> find(UUID id) {
		return this.store.find(id);
	}

	/**
	 * The dry run: what each line would do, or why it cannot.
	 */
	@Transactional(readOnly = true)
	public ImportReport check(StoredImport stored, Locale locale) {
		ImportKind kind = ImportKind.valueOf(stored.kind());
		ParsedFile file = parse(kind, stored.content());
		Plan plan = new Plan(locale);
		for (Row row : file.rows()) {
			plan.lines.add(switch (kind) {
				case ORGANIZATIONS -> organizationLine(row, file, plan);
				case CONTRACTS -> contractLine(row, plan);
				case MEMBERS -> memberLine(row, plan);
			});
		}
		return new ImportReport(stored, kind, file.ignoredColumns(), plan.lines);
	}

	/**
	 * Imports the lines that are right, all or none, after checking them again: the data
	 * may have changed since the dry run.
	 * @param excludeWrongLines whether staff chose to leave the wrong lines out
	 * @param wrongLinesSeen how many wrong lines the dry run they read showed
	 * @return the report, refused when a line is wrong and they did not leave it out
	 */
	@Transactional
	public ImportReport apply(StoredImport stored, UserId actor, boolean excludeWrongLines, long wrongLinesSeen,
			Locale locale) {
		ImportReport report = check(stored, locale);
		if (report.wrongLines() != wrongLinesSeen) {
			throw new ImportChangedException();
		}
		if (report.wrongLines() > 0 && !excludeWrongLines) {
			return report.asRefused();
		}
		List<ImportLine> applied = report.lines().stream().filter((line) -> line.operation() != null).toList();
		if (!this.store.markApplied(stored.id(), applied.size())) {
			throw new ImportAlreadyAppliedException();
		}
		applied.forEach((line) -> line.operation().run(actor, locale));
		return report.asApplied(applied.size());
	}

	private ParsedFile parse(ImportKind kind, String text) {
		if (text.isBlank()) {
			throw new ImportFileException("import.error.empty");
		}
		try (CSVParser parser = CsvFiles.readingFormat(text).parse(new StringReader(text))) {
			Map<String, String> columnsByHeader = new LinkedHashMap<>();
			List<String> ignored = new ArrayList<>();
			for (String header : parser.getHeaderNames()) {
				String column = kind.column(CsvFiles.headerKey(header));
				if (kind.columns().contains(column) && !columnsByHeader.containsValue(column)) {
					columnsByHeader.put(header, column);
				}
				else if (!header.isBlank()) {
					ignored.add(header);
				}
			}
			List<String> missing = kind.columns()
				.stream()
				.filter((column) -> kind.isRequired(column) && !columnsByHeader.containsValue(column))
				.toList();
			if (!missing.isEmpty()) {
				throw new ImportFileException("import.error.missingColumns", String.join(", ", missing));
			}
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (rows.size() == MAX_LINES) {
					throw new ImportFileException("import.error.tooManyLines", MAX_LINES);
				}
				Map<String, String> cells = new HashMap<>();
				columnsByHeader.forEach((header, column) -> cells.put(column,
						record.isMapped(header) && record.isSet(header) ? undefused(record.get(header).strip()) : ""));
				if (cells.values().stream().allMatch(String::isEmpty)) {
					continue;
				}
				rows.add(new Row((int) parser.getCurrentLineNumber(), cells));
			}
			if (rows.isEmpty()) {
				throw new ImportFileException("import.error.noLines");
			}
			return new ParsedFile(List.copyOf(columnsByHeader.values()), ignored, rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new ImportFileException("import.error.unreadable");
		}
	}

	/**
	 * @return the cell as it was before an export defused it
	 */
	private static String undefused(String cell) {
		return cell.matches("(?s)'[=+\\-@].*") ? cell.substring(1) : cell;
	}

	private ImportLine organizationLine(Row row, ParsedFile file, Plan plan) {
		String code = row.cell("code_client");
		String label = code + " — " + row.cell("nom");
		Optional<OrganizationId> existing = code.isEmpty() ? Optional.empty() : this.organizations.byCustomerCode(code);
		OrganizationForm base = existing.flatMap(this.organizations::card)
			.map(OrganizationForm::of)
			.orElse(OrganizationForm.empty());
		Function<String, String> value = (column) -> file.columns().contains(column) ? row.cell(column)
				: switch (column) {
					case "raison_sociale" -> base.legalName();
					case "type" -> base.kind();
					case "siret" -> base.siret();
					case "adresse" -> base.street();
					case "code_postal" -> base.postcode();
					case "ville" -> base.city();
					case "pays" -> base.country();
					case "email" -> base.email();
					case "telephone" -> base.phone();
					case "fax" -> base.fax();
					default -> "";
				};
		List<String> errors = new ArrayList<>();
		Optional<String> kind = kind(value.apply("type"));
		if (kind.isEmpty()) {
			errors.add(plan.message("type", "organizations.error.kind"));
		}
		Optional<Boolean> active = file.columns().contains("actif") ? bool(row.cell("actif"), true)
				: Optional.of(base.active() == null || base.active());
		if (active.isEmpty()) {
			errors.add(plan.message("actif", "import.error.yesNo"));
		}
		OrganizationForm form = new OrganizationForm(row.cell("nom"), value.apply("raison_sociale"),
				kind.orElse(OrganizationKind.COMPANY.name()), code, value.apply("siret"), active.orElse(true),
				value.apply("adresse"), value.apply("code_postal"), value.apply("ville"), value.apply("pays"),
				value.apply("email"), value.apply("telephone"), value.apply("fax"));
		MapBindingResult binding = new MapBindingResult(new HashMap<>(), "organizationForm");
		form.validateIdentity(binding);
		form.validateContact(binding);
		binding.getFieldErrors().forEach((error) -> errors.add(plan.message(error)));
		if (!code.isEmpty()) {
			plan.once("code:" + code.toLowerCase(Locale.ROOT), row.line(), "code_client", errors);
		}
		Optional<Siret> siret = (form.siret() == null) ? Optional.empty() : Siret.parse(form.siret());
		siret.ifPresent((number) -> {
			plan.once("siret:" + number.value(), row.line(), "siret", errors);
			this.organizations.bySiret(number)
				.filter((owner) -> existing.map((id) -> !id.equals(owner)).orElse(true))
				.ifPresent((owner) -> errors.add(plan.message("siret", "organizations.error.siretUsed")));
		});
		if (!errors.isEmpty()) {
			return ImportLine.wrong(row.line(), label, errors);
		}
		if (existing.isEmpty()) {
			return new ImportLine(row.line(), label, ImportOutcome.CREATE, List.of(),
					(actor, locale) -> this.organizations.create(form.identity(), form.contact()));
		}
		if (same(form, base)) {
			return new ImportLine(row.line(), label, ImportOutcome.UNCHANGED, List.of(), null);
		}
		OrganizationId id = existing.get();
		return new ImportLine(row.line(), label, ImportOutcome.UPDATE, List.of(),
				(actor, locale) -> this.organizations.identifyAndContact(id, form.identity(), form.contact()));
	}

	private ImportLine contractLine(Row row, Plan plan) {
		String code = row.cell("code_client");
		String number = row.cell("numero");
		String label = code + " — " + row.cell("produit") + (number.isEmpty() ? "" : " — " + number);
		List<String> errors = new ArrayList<>();
		Optional<OrganizationId> organization = organization(code, plan, errors);
		Optional<ProductView> product = row.cell("produit").isEmpty() ? Optional.empty()
				: this.catalog.productByCode(row.cell("produit"));
		if (product.isEmpty()) {
			errors.add(plan.message("produit", "import.error.unknownProduct"));
		}
		Optional<Boolean> suspended = bool(row.cell("suspendu"), false);
		if (suspended.isEmpty()) {
			errors.add(plan.message("suspendu", "import.error.yesNo"));
		}
		ContractForm form = new ContractForm(number, row.cell("licence"),
				product.map((found) -> found.id().toString()).orElse(null), isoDate(row.cell("signature")),
				isoDate(row.cell("fin")), suspended.orElse(false));
		MapBindingResult binding = new MapBindingResult(new HashMap<>(), "contractForm");
		form.validate(binding);
		binding.getFieldErrors()
			.stream()
			.filter((error) -> !"productId".equals(error.getField()))
			.forEach((error) -> errors.add(plan.message(error)));
		Optional<ContractView> existing = organization.filter((found) -> !number.isEmpty())
			.flatMap((found) -> this.catalog.contractNumbered(found, number));
		if (!number.isEmpty()) {
			plan.once("contract:" + code.toLowerCase(Locale.ROOT) + ":" + number.toLowerCase(Locale.ROOT), row.line(),
					"numero", errors);
		}
		if (!errors.isEmpty()) {
			return ImportLine.wrong(row.line(), label, errors);
		}
		OrganizationId id = organization.orElseThrow();
		if (existing.isEmpty()) {
			return new ImportLine(row.line(), label, ImportOutcome.CREATE, List.of(),
					(actor, locale) -> this.catalog.addContract(id, form.terms()));
		}
		if (ContractForm.of(existing.get()).equals(form)) {
			return new ImportLine(row.line(), label, ImportOutcome.UNCHANGED, List.of(), null);
		}
		return new ImportLine(row.line(), label, ImportOutcome.UPDATE, List.of(),
				(actor, locale) -> this.catalog.amendContract(id, existing.get().id(), form.terms()));
	}

	private ImportLine memberLine(Row row, Plan plan) {
		String code = row.cell("code_client");
		String label = code + " — " + row.cell("email");
		List<String> errors = new ArrayList<>();
		Optional<OrganizationId> organization = organization(code, plan, errors);
		Optional<EmailAddress> address = EmailAddress.of(row.cell("email"));
		if (address.isEmpty()) {
			errors.add(plan.message("email", row.cell("email").isEmpty() ? "NotBlank" : "Email"));
		}
		Optional<MemberRole> role = role(row.cell("role"));
		if (role.isEmpty()) {
			errors.add(plan.message("role", "import.error.role"));
		}
		address.ifPresent((found) -> plan.once("member:" + code.toLowerCase(Locale.ROOT) + ":" + found.value(),
				row.line(), "email", errors));
		Optional<UserSummary> user = address.flatMap((found) -> this.accounts.findByEmail(found.value()));
		if (user.isPresent() && user.get().staffRole() != null) {
			errors.add(plan.message("email", "import.error.staffAddress"));
		}
		if (!errors.isEmpty()) {
			return ImportLine.wrong(row.line(), label, errors);
		}
		OrganizationId id = organization.orElseThrow();
		MemberRole chosen = role.orElseThrow();
		if (user.isEmpty()) {
			String organizationName = this.organizations.card(id).map(OrganizationCard::identity).orElseThrow().name();
			return new ImportLine(row.line(), label, ImportOutcome.INVITE, List.of(), (actor, locale) -> {
				// an earlier line of the file may have invited the same address
				UserId invited = this.accounts.findByEmail(address.get().value())
					.map(UserSummary::id)
					.orElseGet(() -> this.invitations.invite(address.get(), actor, organizationName, locale));
				this.organizations.addMember(id, invited, chosen);
			});
		}
		UserId existing = user.get().id();
		Optional<MemberRole> current = this.organizations.membership(existing, id).map((found) -> found.role());
		if (current.isEmpty()) {
			return new ImportLine(row.line(), label, ImportOutcome.ADD, List.of(),
					(actor, locale) -> this.organizations.addMember(id, existing, chosen));
		}
		if (current.get() == chosen) {
			return new ImportLine(row.line(), label, ImportOutcome.UNCHANGED, List.of(), null);
		}
		return new ImportLine(row.line(), label, ImportOutcome.UPDATE, List.of(),
				(actor, locale) -> this.organizations.changeRole(id, existing, chosen));
	}

	private Optional<OrganizationId> organization(String code, Plan plan, List<String> errors) {
		Optional<OrganizationId> found = code.isEmpty() ? Optional.empty() : this.organizations.byCustomerCode(code);
		if (found.isEmpty()) {
			errors.add(plan.message("code_client", code.isEmpty() ? "NotBlank" : "import.error.unknownOrganization"));
		}
		return found;
	}

	private static boolean same(OrganizationForm one, OrganizationForm other) {
		Function<OrganizationForm, List<String>> values = (form) -> Stream
			.of(form.name(), form.legalName(), form.kind(), form.customerCode(), form.siret(),
					String.valueOf(form.active()), form.street(), form.postcode(), form.city(), form.country(),
					form.email(), form.phone(), form.fax())
			.map((value) -> Objects.toString(value, "").strip())
			.toList();
		return values.apply(one).equals(values.apply(other));
	}

	private static Optional<String> kind(String value) {
		String key = CsvFiles.headerKey((value != null) ? value : "");
		return Optional.ofNullable(switch (key) {
			case "", "company", "societe", "entreprise" -> OrganizationKind.COMPANY.name();
			case "public_body", "collectivite", "collectivite_ou_etablissement_public", "etablissement_public",
					"organisme_public" ->
				OrganizationKind.PUBLIC_BODY.name();
			case "household", "foyer" -> OrganizationKind.HOUSEHOLD.name();
			default -> null;
		});
	}

	private static Optional<MemberRole> role(String value) {
		return Optional.ofNullable(switch (CsvFiles.headerKey(value)) {
			case "", "member", "membre", "agent", "agent_d'etablissement" -> MemberRole.MEMBER;
			case "admin", "administrateur", "administrator", "administrateur_d'etablissement",
					"organization_administrator" ->
				MemberRole.ADMIN;
			case "technical_contact", "referent_technique", "referent" -> MemberRole.TECHNICAL_CONTACT;
			default -> null;
		});
	}

	private static Optional<Boolean> bool(String value, boolean blank) {
		if (value.isBlank()) {
			return Optional.of(blank);
		}
		return Optional.ofNullable(switch (CsvFiles.headerKey(value)) {
			case "oui", "o", "yes", "y", "true", "vrai", "1", "x" -> true;
			case "non", "n", "no", "false", "faux", "0" -> false;
			default -> null;
		});
	}

	/**
	 * @return the date as ISO, for the contract form, or the text as typed when it is not
	 * a date (the form then says so)
	 */
	private static String isoDate(String value) {
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format).toString();
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return value.isEmpty() ? "" : "?" + value;
	}

	/**
	 * A file read: the columns found, the headers ignored, the lines with content.
	 */
	private record ParsedFile(List<String> columns, List<String> ignoredColumns, List<Row> rows) {

	}

	private record Row(int line, Map<String, String> cells) {

		String cell(String column) {
			return this.cells.getOrDefault(column, "");
		}

	}

	/**
	 * The dry run under way: the lines checked so far, and what they used (a customer
	 * code, a SIRET) that a later line may not use again.
	 */
	private final class Plan {

		private final List<ImportLine> lines = new ArrayList<>();

		private final Map<String, Integer> used = new HashMap<>();

		private final Locale locale;

		private Plan(Locale locale) {
			this.locale = locale;
		}

		void once(String key, int line, String column, List<String> errors) {
			Integer first = this.used.putIfAbsent(key, line);
			if (first != null) {
				errors.add(message(column, "import.error.duplicate", first));
			}
		}

		String message(FieldError error) {
			return label(FORM_FIELDS.getOrDefault(error.getField(), error.getField()))
					+ OrganizationImporter.this.messages.getMessage(error, this.locale);
		}

		String message(String column, String key, Object... arguments) {
			MessageSourceResolvable resolvable = new DefaultMessageSourceResolvable(new String[] { key }, arguments);
			return label(column) + OrganizationImporter.this.messages.getMessage(resolvable, this.locale);
		}

		private String label(String column) {
			return OrganizationImporter.this.messages.getMessage("import.column." + column, null, column, this.locale)
					+ OrganizationImporter.this.messages.getMessage("import.separator", null, " : ", this.locale);
		}

	}

	/**
	 * The file cannot be imported at all: nothing is kept.
	 */
	static class ImportFileException extends RuntimeException {

		private final String messageKey;

		private final Object[] arguments;

		ImportFileException(String messageKey, Object... arguments) {
			super(messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		String messageKey() {
			return this.messageKey;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

	/**
	 * The data changed since the dry run the user read, so that another set of lines
	 * would be left out.
	 */
	static class ImportChangedException extends RuntimeException {

	}

	/**
	 * Confirmed twice: the second confirmation does nothing.
	 */
	static class ImportAlreadyAppliedException extends RuntimeException {

	}

}
