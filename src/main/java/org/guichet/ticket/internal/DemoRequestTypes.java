package org.guichet.ticket.internal;

import java.util.UUID;

import org.guichet.shared.GuichetProperties;
import org.guichet.shared.database.EmbeddedDatabase;
import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demonstration request types (listed in README.md), loaded like the rest of the demo
 * data: when {@code guichet.demo-data} is on (by default only on the embedded database),
 * into a database that has no request type yet. They are loaded here rather than by the
 * demo module because the module's public API only reads request types: creating them
 * stays inside the module. They come first, so that the demo tickets can use them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoRequestTypes implements ApplicationRunner {

	private final RequestTypeCatalog catalog;

	private final Categories categories;

	private final boolean enabled;

	DemoRequestTypes(RequestTypeCatalog catalog, Categories categories, GuichetProperties properties,
			ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.catalog = catalog;
		this.categories = categories;
		this.enabled = properties.loadsDemoData(embeddedDatabase.getIfAvailable() != null);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled || !this.catalog.all().isEmpty()) {
			return;
		}
		UUID software = category("Support logiciel", "Incidents et anomalies des logiciels sous contrat.");
		UUID assistance = category("Assistance", "Questions d'utilisation et de paramétrage.");
		UUID civilStatusDesk = category("État civil", "Demandes d'actes traitées par le service de l'état civil.");
		category("Support juridique", "Questions réglementaires : paie, déclarations sociales.");
		UUID incident = this.catalog.create(new RequestTypeSettings("INCIDENT", "Signaler un incident",
				"Un logiciel ne fonctionne pas comme prévu : décrivez ce qui se passe et depuis quand.", software, true,
				true, true, false, true, true, true, 10));
		UUID payroll = this.catalog.addTheme(incident, null, "Paie");
		UUID payslips = this.catalog.addTheme(incident, payroll, "Bulletins");
		this.catalog.addTheme(incident, payslips, "Calcul des cotisations");
		UUID declarations = this.catalog.addTheme(incident, payroll, "Déclarations");
		this.catalog.addTheme(incident, declarations, "DSN");
		UUID accounting = this.catalog.addTheme(incident, null, "Comptabilité");
		this.catalog.addTheme(incident, accounting, "Clôture annuelle");

		UUID question = this.catalog.create(new RequestTypeSettings("QUESTION", "Poser une question",
				"Une question sur l'utilisation ou le paramétrage d'un logiciel.", assistance, false, false, false,
				true, false, true, true, 20));
		UUID use = this.catalog.addTheme(question, null, "Utilisation");
		this.catalog.addTheme(question, use, "Connexion");
		this.catalog.addTheme(question, use, "Paramétrage");

		UUID civilStatus = this.catalog.create(new RequestTypeSettings("ETAT_CIVIL", "Demande d'acte d'état civil",
				"Une copie ou un extrait d'acte, pour vous ou pour une personne de votre foyer.", civilStatusDesk,
				false, false, false, true, false, false, true, 30));
		this.catalog.addTheme(civilStatus, null, "Acte de naissance");
		this.catalog.addTheme(civilStatus, null, "Acte de mariage");
		this.catalog.addTheme(civilStatus, null, "Acte de décès");
	}

	private UUID category(String name, String description) {
		return this.categories.all()
			.stream()
			.filter((category) -> category.name().equalsIgnoreCase(name))
			.map(CategoryView::id)
			.findFirst()
			.orElseGet(() -> this.categories.create(name, description));
	}

}
