package org.guichet.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.guichet.account.AccountRequests;
import org.guichet.account.Accounts;
import org.guichet.account.EmailAddress;
import org.guichet.account.Invitations;
import org.guichet.account.NewUser;
import org.guichet.account.StaffRole;
import org.guichet.account.UserId;
import org.guichet.administration.Installation;
import org.guichet.organization.Catalog;
import org.guichet.organization.ContractTerms;
import org.guichet.organization.Households;
import org.guichet.organization.IndividualDetails;
import org.guichet.organization.IndividualKind;
import org.guichet.organization.MemberRole;
import org.guichet.organization.OrganizationContact;
import org.guichet.organization.OrganizationId;
import org.guichet.organization.OrganizationKind;
import org.guichet.organization.OrganizationIdentity;
import org.guichet.organization.Organizations;
import org.guichet.organization.ProductView;
import org.guichet.organization.Siret;
import org.guichet.shared.Civility;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.database.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demonstration provider, organizations and users (listed in README.md) into a
 * database that has no user yet.
 */
@Component
// after the request types, before the tickets that the ticket module files for these
// people
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	/**
	 * The password of every demo account; printed in README.md, never used outside a
	 * demo.
	 */
	static final String PASSWORD = "Guichet-demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final Accounts accounts;

	private final Organizations organizations;

	private final Installation installation;

	private final Invitations invitations;

	private final AccountRequests accountRequests;

	private final Catalog catalog;

	private final Households households;

	private final Clock clock;

	private final boolean enabled;

	DemoDataLoader(Accounts accounts, Organizations organizations, Installation installation, Invitations invitations,
			AccountRequests accountRequests, Catalog catalog, Households households, Clock clock,
			GuichetProperties properties, ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.catalog = catalog;
		this.households = households;
		this.clock = clock;
		this.invitations = invitations;
		this.accountRequests = accountRequests;
		this.accounts = accounts;
		this.organizations = organizations;
		this.installation = installation;
		this.enabled = properties.loadsDemoData(embeddedDatabase.getIfAvailable() != null);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.accounts.count() > 0) {
			return;
		}
		this.installation.nameProvider("Éditions Exemple");

		OrganizationId townHall = this.organizations.create(
				new OrganizationIdentity("Mairie de Saint-Exemple", "Commune de Saint-Exemple",
						OrganizationKind.PUBLIC_BODY, "C-1001", new Siret("21750001600019"), true),
				new OrganizationContact("1 place de la Mairie", "38000", "Saint-Exemple", "FR",
						"accueil@saint-exemple.fr", "04 76 00 00 01", "04 76 00 00 02"));
		OrganizationId company = this.organizations.create(
				new OrganizationIdentity("Transports Dupuis SARL", "Transports Dupuis", OrganizationKind.COMPANY,
						"C-1002", new Siret("73282932000074"), true),
				new OrganizationContact("12 rue des Entrepôts", "69007", "Lyon", "FR", "contact@transports-dupuis.fr",
						"04 72 00 00 00", null));
		OrganizationId waterBoard = this.organizations
			.create(new OrganizationIdentity("Régie des eaux de Saint-Exemple",
					"Régie municipale des eaux de Saint-Exemple", OrganizationKind.PUBLIC_BODY, "C-1003", null, true),
					new OrganizationContact("3 place de la Mairie", "38000", "Saint-Exemple", "FR", null,
							"04 76 00 00 10", null));
		OrganizationId household = this.organizations.create(
				new OrganizationIdentity("Foyer Martin", null, OrganizationKind.HOUSEHOLD, "F-2001", null, true),
				OrganizationContact.none());

		ProductView indeline = this.catalog.createProduct("INDELINE", "Indeline", "Services en ligne");
		ProductView juridem = this.catalog.createProduct("JURIDEM", "Juridem", "Juridique");
		ProductView winpaie = this.catalog.createProduct("WINPAIE", "Winpaie", "Logiciel");
		ProductView notilus = this.catalog.createProduct("NOTILUS", "Notilus", "Logiciel");
		LocalDate today = LocalDate.now(this.clock);
		this.catalog.addContract(townHall,
				new ContractTerms("CT-2021-0042", "LIC-WP-7781", winpaie.id(), today.minusYears(4), null, false));
		this.catalog.addContract(townHall,
				new ContractTerms("CT-2023-0107", null, indeline.id(), today.minusYears(2), today.plusYears(1), false));
		this.catalog.addContract(townHall,
				new ContractTerms(null, null, juridem.id(), today.minusYears(6), today.minusYears(1), false));
		this.catalog.addContract(company, new ContractTerms("CT-2024-0311", "LIC-NT-0420", notilus.id(),
				today.minusMonths(18), today.plusMonths(6), false));
		this.catalog.addContract(company,
				new ContractTerms("CT-2022-0090", null, winpaie.id(), today.minusYears(3), null, true));
		this.catalog.addContract(waterBoard,
				new ContractTerms("CT-2025-0012", null, indeline.id(), today.minusMonths(3), null, false));

		member(townHall, "marie.durand@saint-exemple.fr", "Marie Durand", MemberRole.MEMBER);
		UserId paul = member(townHall, "paul.lefebvre@saint-exemple.fr", "Paul Lefebvre", MemberRole.ADMIN);
		member(company, "luc.moreau@transports-dupuis.fr", "Luc Moreau", MemberRole.TECHNICAL_CONTACT);
		UserId claire = member(household, "claire.martin@foyer-martin.fr", "Claire Martin", MemberRole.ADMIN);
		this.organizations.addMember(waterBoard, paul, MemberRole.MEMBER);
		declareMartins(household, claire);

		UserId agent = staff("agent@editions-exemple.fr", "Sophie Agent", StaffRole.AGENT);
		staff("manager@editions-exemple.fr", "Henri Manager", StaffRole.MANAGER);
		// Their rights on the desk's categories are given with the demo tickets.
		staff("lecteur@editions-exemple.fr", "Paul Lecteur", StaffRole.AGENT);
		staff("juriste@editions-exemple.fr", "Nadia Juriste", StaffRole.AGENT);
		UserId admin = staff("admin@editions-exemple.fr", "Alice Admin", StaffRole.ADMINISTRATOR);
		this.accounts.allowCounter(agent, true, admin);

		// A colleague who has not activated their account yet: "À activer" in the list,
		// and
		// an invitation waiting in the outbox.
		UserId invited = this.invitations.invite(EmailAddress.of("julien.bonnet@saint-exemple.fr").orElseThrow(), admin,
				"Mairie de Saint-Exemple", Locale.FRENCH);
		this.organizations.addMember(townHall, invited, MemberRole.MEMBER);
		this.accountRequests.submit("Garnier", "Inès", "04 76 00 00 00",
				EmailAddress.of("ines.garnier@transports-dupuis.fr").orElseThrow(), "Transports Dupuis", "C-1002",
				"Je remplace Luc Moreau pendant ses congés.", Locale.FRENCH);
		log.info("Demo data loaded: sign in as admin@editions-exemple.fr (see README.md for every account)");
	}

	/**
	 * The Martin household: two adults, Claire responsible and signing in, and two
	 * children.
	 */
	private void declareMartins(OrganizationId household, UserId claire) {
		UUID claireMartin = this.households.addIndividual(household, new IndividualDetails(IndividualKind.ADULT,
				Civility.MADAME, "Claire", "Martin", LocalDate.of(1984, 3, 12)));
		this.households.makeResponsible(household, claireMartin);
		this.households.linkLogin(household, claireMartin, claire);
		this.households.addIndividual(household, new IndividualDetails(IndividualKind.ADULT, Civility.MONSIEUR,
				"Thomas", "Martin", LocalDate.of(1982, 11, 2)));
		this.households.addIndividual(household,
				new IndividualDetails(IndividualKind.CHILD, null, "Léa", "Martin", LocalDate.of(2014, 6, 21)));
		this.households.addIndividual(household,
				new IndividualDetails(IndividualKind.CHILD, null, "Hugo", "Martin", LocalDate.of(2018, 9, 4)));
	}

	private UserId member(OrganizationId organization, String email, String name, MemberRole role) {
		UserId user = this.accounts.createActiveUser(new NewUser(email, name, PASSWORD, null, null));
		this.organizations.addMember(organization, user, role);
		return user;
	}

	private UserId staff(String email, String name, StaffRole role) {
		return this.accounts.createActiveUser(new NewUser(email, name, PASSWORD, role, null));
	}

}
