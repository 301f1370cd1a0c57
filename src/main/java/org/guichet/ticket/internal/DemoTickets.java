package org.guichet.ticket.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.guichet.account.Accounts;
import org.guichet.account.UserId;
import org.guichet.account.UserSummary;
import org.guichet.organization.Contracts;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.Organizations;
import org.guichet.organization.ProductView;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.database.EmbeddedDatabase;
import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryAccess;
import org.guichet.ticket.Channel;
import org.guichet.ticket.Impact;
import org.guichet.ticket.NewTicket;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;
import org.guichet.ticket.Satisfaction;
import org.guichet.ticket.SurveyAnswer;
import org.guichet.ticket.ThemeView;
import org.guichet.ticket.Tickets;
import org.guichet.ticket.Urgency;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About forty demo tickets in every state over the last twelve months, so that the
 * dashboard's chart and the lists have something to show. Loaded after the rest of the
 * demo data (its people, organizations and contracts), into a database without tickets.
 * Each goes through the real workflow today, then its dates are moved back to when the
 * story says it happened: that is why it lives in the ticket module, which owns the
 * tables it rewrites.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoTickets implements ApplicationRunner {

	private final Tickets tickets;

	private final RequestTypes requestTypes;

	private final Categories categories;

	private final JdbcClient jdbc;

	private final EntityManager entities;

	private final Accounts accounts;

	private final Organizations organizations;

	private final Contracts contracts;

	private final Clock clock;

	private final boolean enabled;

	DemoTickets(Tickets tickets, RequestTypes requestTypes, Categories categories, JdbcClient jdbc,
			EntityManager entities, Accounts accounts, Organizations organizations, Contracts contracts, Clock clock,
			GuichetProperties properties, ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.tickets = tickets;
		this.requestTypes = requestTypes;
		this.categories = categories;
		this.jdbc = jdbc;
		this.entities = entities;
		this.accounts = accounts;
		this.organizations = organizations;
		this.contracts = contracts;
		this.clock = clock;
		this.enabled = properties.loadsDemoData(embeddedDatabase.getIfAvailable() != null);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.jdbc.sql("select exists (select 1 from tickets)").query(Boolean.class).single()) {
			return;
		}
		grantDemoRights();
		Optional<UserId> agent = user("agent@editions-exemple.fr");
		Optional<People> townHall = people("C-1001", "marie.durand@saint-exemple.fr", "paul.lefebvre@saint-exemple.fr",
				agent, "WINPAIE");
		Optional<People> company = people("C-1002", "luc.moreau@transports-dupuis.fr",
				"luc.moreau@transports-dupuis.fr", agent, "NOTILUS");
		Optional<People> household = people("F-2001", "claire.martin@foyer-martin.fr", "claire.martin@foyer-martin.fr",
				agent, null);
		if (townHall.isPresent() && company.isPresent() && household.isPresent()) {
			load(townHall.get(), company.get(), household.get());
		}
	}

	/**
	 * @return the demo organization with its demo people and product, if the demo data
	 * holds them
	 */
	private Optional<People> people(String customerCode, String requester, String colleague, Optional<UserId> agent,
			String productCode) {
		Optional<OrganizationId> organization = this.organizations.byCustomerCode(customerCode);
		Optional<UserId> first = user(requester);
		Optional<UserId> second = user(colleague);
		if (organization.isEmpty() || first.isEmpty() || second.isEmpty() || agent.isEmpty()) {
			return Optional.empty();
		}
		ProductView product = (productCode == null) ? null
				: this.contracts.productsUnderActiveContract(organization.get(), LocalDate.now(this.clock))
					.stream()
					.filter((candidate) -> candidate.code().equals(productCode))
					.findFirst()
					.orElse(null);
		return Optional.of(new People(organization.get(), first.get(), second.get(), agent.get(), product));
	}

	/**
	 * Sophie handles software and assistance requests and consults civil status ones;
	 * Henri manages every category; Paul only consults software requests; Nadia handles
	 * the legal ones, and sees nothing else.
	 */
	private void grantDemoRights() {
		Map<String, UUID> byName = new HashMap<>();
		this.categories.all().forEach((category) -> byName.put(category.name(), category.id()));
		grant("agent@editions-exemple.fr", byName.get("Support logiciel"), CategoryAccess.WRITE);
		grant("agent@editions-exemple.fr", byName.get("Assistance"), CategoryAccess.WRITE);
		grant("agent@editions-exemple.fr", byName.get("État civil"), CategoryAccess.READ);
		byName.values().forEach((id) -> grant("manager@editions-exemple.fr", id, CategoryAccess.MANAGE));
		grant("lecteur@editions-exemple.fr", byName.get("Support logiciel"), CategoryAccess.READ);
		grant("juriste@editions-exemple.fr", byName.get("Support juridique"), CategoryAccess.WRITE);
	}

	private void grant(String email, UUID category, CategoryAccess access) {
		Optional<UserId> staff = user(email);
		if (staff.isPresent() && category != null) {
			this.categories.grant(staff.get(), category, access);
		}
	}

	private Optional<UserId> user(String email) {
		return this.accounts.findByEmail(email).map(UserSummary::id);
	}

	/** What happens to a demo ticket after it is filed. */
	enum Story {

		NEW, TAKEN, ASKED, PROPOSED, ACCEPTED, AUTO_CLOSED, REFUSED_THEN_ACCEPTED, CANCELLED, CLOSED_BEFORE

	}

	record People(OrganizationId organization, UserId requester, UserId colleague, UserId agent, ProductView product) {
	}

	private static final String[][] SUBJECTS = {
			{ "Erreur de calcul des cotisations sur le bulletin de mars",
					"Les cotisations retraite du bulletin de mars sont calculées sur l'ancien taux." },
			{ "DSN rejetée : bloc 78 invalide", "La DSN mensuelle est rejetée avec le message « bloc 78 invalide »." },
			{ "Impossible de se connecter au portail usagers",
					"Les agents de l'accueil ne parviennent plus à se connecter depuis ce matin." },
			{ "Clôture annuelle : écart de report à nouveau",
					"Le report à nouveau présente un écart de 12,40 € après la clôture." },
			{ "Paramétrage des congés des agents à temps partiel",
					"Comment paramétrer le décompte des congés pour un agent à 80 % ?" },
			{ "Export comptable incomplet", "L'export vers la trésorerie ne reprend pas les mandats du 31 du mois." },
			{ "Lenteurs à l'édition des bulletins",
					"L'édition des bulletins prend plus de dix minutes depuis la mise à jour." },
			{ "Question sur la mise à jour de janvier",
					"Faut-il faire une sauvegarde avant d'installer la mise à jour de janvier ?" },
			{ "Formulaire d'inscription scolaire bloqué",
					"Le formulaire en ligne reste bloqué à l'étape des pièces justificatives." },
			{ "Droits d'accès d'une nouvelle collaboratrice",
					"Une collaboratrice arrivée lundi ne voit pas le module de paie." } };

	void load(People townHall, People company, People household) {
		RequestTypeView incident = type("INCIDENT").orElse(null);
		RequestTypeView question = type("QUESTION").orElse(null);
		if (incident == null || question == null) {
			return;
		}
		Story[] stories = { Story.ACCEPTED, Story.ACCEPTED, Story.AUTO_CLOSED, Story.ACCEPTED, Story.CANCELLED,
				Story.REFUSED_THEN_ACCEPTED, Story.ACCEPTED, Story.CLOSED_BEFORE, Story.ACCEPTED, Story.ACCEPTED,
				Story.AUTO_CLOSED, Story.ACCEPTED, Story.CANCELLED, Story.ACCEPTED, Story.REFUSED_THEN_ACCEPTED,
				Story.ACCEPTED, Story.ACCEPTED, Story.CLOSED_BEFORE, Story.ACCEPTED, Story.CANCELLED, Story.ACCEPTED,
				Story.PROPOSED, Story.TAKEN, Story.ASKED, Story.PROPOSED, Story.TAKEN, Story.NEW, Story.ACCEPTED,
				Story.ASKED, Story.NEW, Story.PROPOSED, Story.CANCELLED, Story.NEW, Story.ACCEPTED, Story.NEW };
		for (int i = 0; i < stories.length; i++) {
			// from about a year ago to today, a little more often lately
			long daysAgo = Math.round(360 * Math.pow(1 - (double) i / stories.length, 1.3));
			String[] subject = SUBJECTS[i % SUBJECTS.length];
			boolean asQuestion = subject[0].startsWith("Question") || subject[0].startsWith("Paramétrage")
					|| subject[0].startsWith("Droits");
			People people = (i % 7 == 5) ? company : townHall;
			UserId requester = (i % 3 == 2) ? people.colleague() : people.requester();
			story(people, requester, asQuestion ? question : incident, stories[i], subject, daysAgo, i);
		}
		story(household, household.requester(), question, Story.TAKEN,
				new String[] { "Inscription de Hugo à la cantine",
						"Nous souhaitons inscrire Hugo à la cantine le mardi et le jeudi." },
				6, 40);
		story(household, household.requester(), question, Story.ACCEPTED, new String[] {
				"Attestation de quotient familial", "Pouvez-vous nous envoyer l'attestation de quotient familial ?" },
				75, 41);
	}

	private void story(People people, UserId requester, RequestTypeView type, Story story, String[] text, long daysAgo,
			int seed) {
		List<ThemeView> themes = type.activeThemes();
		ThemeView theme = themes.isEmpty() ? null : themes.get(seed % themes.size());
		boolean product = type.contractRequired() && people.product() != null;
		String number = this.tickets.file(new NewTicket(people.organization(), requester,
				(seed % 9 == 4) ? Channel.DESK : Channel.PORTAL, type.id(), (theme != null) ? theme.id() : null,
				product ? people.product().id() : null, text[0], "<p>" + text[1] + "</p>",
				type.showsImpact() ? Impact.values()[seed % Impact.values().length] : null,
				type.showsUrgency() ? Urgency.values()[seed % Urgency.values().length] : null, null,
				type.showsAvailability() ? "04 76 00 00 0" + (seed % 10) : null,
				type.showsAvailability() ? "Le matin, de 9 h à 12 h" : null, List.of(), List.of(), null));
		UserId agent = people.agent();
		switch (story) {
			case NEW -> {
			}
			case CANCELLED -> this.tickets.cancel(number, requester, "Demande faite en double.");
			case CLOSED_BEFORE ->
				this.tickets.closeBeforeIntervention(number, requester, "Problème résolu entre-temps.");
			default -> {
				this.tickets.take(number, agent);
				if (story == Story.ASKED) {
					this.tickets.askRequester(number, agent,
							"<p>Pouvez-vous nous envoyer une capture d'écran du message d'erreur ?</p>");
				}
				if (story == Story.REFUSED_THEN_ACCEPTED) {
					this.tickets.proposeSolution(number, agent, "<p>Videz le cache du navigateur puis réessayez.</p>");
					this.tickets.refuseSolution(number, requester, "Le problème persiste après avoir vidé le cache.");
				}
				if (story != Story.TAKEN && story != Story.ASKED) {
					this.tickets.proposeSolution(number, agent,
							"<p>Le correctif est installé sur votre environnement : pouvez-vous vérifier ?</p>");
				}
				if (story == Story.ACCEPTED || story == Story.REFUSED_THEN_ACCEPTED) {
					this.tickets.acceptSolution(number, requester,
							new SurveyAnswer(6 + seed % 5, Satisfaction.values()[seed % 3], Satisfaction.SATISFIED,
									Satisfaction.values()[(seed + 1) % 3], null, Satisfaction.VERY_SATISFIED,
									Satisfaction.VERY_SATISFIED, (seed % 2 == 0) ? "Merci pour la réactivité." : null));
				}
				if (story == Story.AUTO_CLOSED) {
					this.tickets.closeUnanswered(number);
				}
			}
		}
		// a solution proposed long ago would be closed at once by the auto-close job
		long days = (story == Story.PROPOSED) ? Math.min(daysAgo, 3) : daysAgo;
		backdate(number, Duration.ofDays(days).plusHours(seed % 7));
	}

	/**
	 * Moves every date of the ticket back by the same time: its story keeps its order and
	 * its durations.
	 */
	private void backdate(String number, Duration back) {
		// the ticket's last changes must be in the database, and forgotten by JPA, or
		// they would be written again over the moved dates
		this.entities.flush();
		this.entities.clear();
		String interval = back.toHours() + " hours";
		this.jdbc.sql("""
				update tickets set created_at = created_at - cast(:back as interval),
				  updated_at = updated_at - cast(:back as interval),
				  resolved_at = resolved_at - cast(:back as interval),
				  closed_at = closed_at - cast(:back as interval)
				where number = :number
				""").param("back", interval).param("number", number).update();
		for (String table : List.of("ticket_articles", "ticket_attachments")) {
			this.jdbc
				.sql("update " + table + " set created_at = created_at - cast(:back as interval)"
						+ " where ticket_id = (select ticket_id from tickets where number = :number)")
				.param("back", interval)
				.param("number", number)
				.update();
		}
		this.jdbc.sql("""
				update ticket_surveys set answered_at = answered_at - cast(:back as interval)
				where ticket_id = (select ticket_id from tickets where number = :number)
				""").param("back", interval).param("number", number).update();
	}

	private Optional<RequestTypeView> type(String code) {
		return this.requestTypes.active().stream().filter((type) -> type.code().equalsIgnoreCase(code)).findFirst();
	}

}
