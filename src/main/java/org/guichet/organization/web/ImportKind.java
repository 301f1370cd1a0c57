package org.guichet.organization.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a CSV import holds, and the columns it reads. Columns are found by their header,
 * in any order; French and English names both work, case, accents and spaces ignored.
 * Unknown columns are ignored and named in the report.
 */
public enum ImportKind {

	ORGANIZATIONS(List.of("code_client", "nom", "raison_sociale", "type", "siret", "actif", "adresse", "code_postal",
			"ville", "pays", "email", "telephone", "fax"), Set.of("code_client", "nom")),

	CONTRACTS(List.of("code_client", "produit", "numero", "licence", "signature", "fin", "suspendu"),
			Set.of("code_client", "produit", "signature")),

	MEMBERS(List.of("code_client", "email", "role"), Set.of("code_client", "email"));

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("customer_code", "code_client"),
			Map.entry("code", "code_client"), Map.entry("name", "nom"), Map.entry("legal_name", "raison_sociale"),
			Map.entry("kind", "type"), Map.entry("active", "actif"), Map.entry("street", "adresse"),
			Map.entry("postcode", "code_postal"), Map.entry("city", "ville"), Map.entry("country", "pays"),
			Map.entry("e_mail", "email"), Map.entry("courriel", "email"), Map.entry("phone", "telephone"),
			Map.entry("product", "produit"), Map.entry("number", "numero"), Map.entry("licence_number", "licence"),
			Map.entry("signed_on", "signature"), Map.entry("date_de_signature", "signature"),
			Map.entry("ends_on", "fin"), Map.entry("date_de_fin", "fin"), Map.entry("suspended", "suspendu"),
			Map.entry("profil", "role"));

	private final List<String> columns;

	private final Set<String> required;

	ImportKind(List<String> columns, Set<String> required) {
		this.columns = columns;
		this.required = required;
	}

	/**
	 * @return the columns read, in the order of the template file
	 */
	public List<String> columns() {
		return this.columns;
	}

	public boolean isRequired(String column) {
		return this.required.contains(column);
	}

	/**
	 * @param headerKey a header as {@code CsvFiles.headerKey} writes it
	 * @return the column it names, or the key itself when it names none
	 */
	String column(String headerKey) {
		return ALIASES.getOrDefault(headerKey, headerKey);
	}

}
