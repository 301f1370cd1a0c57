package org.guichet.bench;

import java.util.List;

/**
 * What generated tickets are about and what their messages say: the request types, their
 * categories and themes, a subject per topic, and the sentences customers and agents
 * write.
 */
final class TicketWords {

	private TicketWords() {
	}

	/** The desk's categories, in the order of their generated ids. */
	static final List<String> CATEGORIES = List.of("Support logiciel", "Assistance", "Facturation",
			"Réseau et matériel", "Support juridique", "État civil");

	/**
	 * A request type: its code and name, the index of its category, how many tickets in a
	 * hundred are of it, its themes, and for each theme the subjects of its requests.
	 */
	record Type(String code, String name, int category, int weight, List<Theme> themes) {
	}

	record Theme(String name, List<String> subjects) {
	}

	static final List<Type> TYPES = List.of(
			new Type("INCIDENT", "Signaler un incident", 0, 40, List.of(
					new Theme("Paie",
							List.of("Erreur au calcul des cotisations", "Bulletins de paie non générés",
									"Net à payer incorrect sur les bulletins", "Indemnités de congés mal calculées")),
					new Theme("Déclarations", List.of("Rejet de la DSN mensuelle", "Message d'erreur à l'export DSN",
							"Anomalie bloquante sur la déclaration", "Fichier de déclaration refusé par le portail")),
					new Theme("Comptabilité",
							List.of("Impossible de clôturer l'exercice", "Écart sur la balance",
									"Écritures en double après l'import bancaire", "Lettrage automatique bloqué")),
					new Theme("Logiciel",
							List.of("Lenteurs à l'ouverture du logiciel", "Écran blanc après la mise à jour",
									"Le module de facturation ne répond plus", "Plantage à l'impression des états")))),
			new Type("QUESTION", "Poser une question", 1, 25, List.of(
					new Theme("Utilisation",
							List.of("Comment saisir un arrêt maladie", "Comment dupliquer un modèle",
									"Paramétrer les droits d'un utilisateur", "Ajouter un nouvel établissement")),
					new Theme("Connexion",
							List.of("Mot de passe oublié", "Compte bloqué après trois essais",
									"Double authentification impossible", "Accès refusé au portail")))),
			new Type("EVOLUTION", "Demander une évolution", 0, 5, List.of(new Theme("Fonctionnalités",
					List.of("Export des absences au format tableur", "Ajout d'un filtre par service",
							"Signature électronique des contrats", "Relance automatique des factures impayées")))),
			new Type("FACTURATION", "Question sur une facture", 2, 10, List.of(
					new Theme("Factures",
							List.of("Facture en double", "Montant de la facture contesté",
									"Demande de duplicata de facture", "Erreur d'adresse sur la facture")),
					new Theme("Prélèvements",
							List.of("Prélèvement rejeté", "Changement de coordonnées bancaires",
									"Échéancier de paiement")))),
			new Type("MATERIEL", "Matériel et réseau", 3, 10, List.of(
					new Theme("Poste de travail",
							List.of("Imprimante hors ligne", "Scanner non reconnu", "Poste très lent au démarrage",
									"Écran qui reste noir")),
					new Theme("Réseau", List.of("Connexion internet coupée", "Wifi instable dans les bureaux",
							"VPN inaccessible en télétravail", "Messagerie qui ne reçoit plus les courriels")))),
			new Type("JURIDIQUE", "Question réglementaire", 4, 8,
					List.of(new Theme("Réglementation",
							List.of("Taux de cotisation applicable en janvier", "Durée de conservation des bulletins",
									"Rupture conventionnelle : délai de rétractation",
									"Obligation de déclaration des accidents du travail")))),
			new Type("ETAT_CIVIL", "Demande d'acte d'état civil", 5, 2, List.of(new Theme("Actes", List
				.of("Copie intégrale d'acte de naissance", "Extrait d'acte de mariage", "Copie d'acte de décès")))));

	/** Words a subject may end with, to vary them. */
	static final List<String> CONTEXTS = List.of("", "", "", " depuis la mise à jour", " pour le mois de mars",
			" sur le poste de l'accueil", " depuis ce matin", " pour plusieurs agents", " en télétravail",
			" dans Horizon", " dans Atlas", " (urgent)");

	static final List<String> OPENINGS = List.of("Bonjour,", "Bonjour,", "Madame, Monsieur,",
			"Bonjour à l'équipe support,");

	static final List<String> DETAILS = List.of("Depuis ce matin, nous ne pouvons plus travailler normalement.",
			"Le problème se produit sur tous les postes du service.", "Nous avons déjà redémarré le poste, sans effet.",
			"Le message affiché est « Une erreur inattendue s'est produite ».",
			"Cela bloque la préparation de la paie de fin de mois.",
			"Le souci est apparu après la dernière mise à jour.", "Vous trouverez une capture d'écran en pièce jointe.",
			"La même opération fonctionnait encore la semaine dernière.",
			"Plusieurs collègues rencontrent la même difficulté.",
			"Nous devons transmettre la déclaration avant le 15 du mois.",
			"Pourriez-vous nous indiquer la marche à suivre ?",
			"Le fichier exporté est vide alors que les données sont bien saisies.");

	static final List<String> CLOSINGS = List.of("Merci d'avance pour votre aide.", "Cordialement.",
			"Merci de nous rappeler rapidement.", "Bien cordialement.");

	static final List<String> AGENT_ANSWERS = List.of(
			"Bonjour, nous avons bien reçu votre demande et nous l'analysons.",
			"Bonjour, pouvez-vous nous préciser la version installée sur votre poste ?",
			"Pourriez-vous nous envoyer une capture d'écran du message d'erreur ?",
			"Nous avons reproduit le problème sur notre environnement de test.",
			"Pouvez-vous nous indiquer le nom de l'utilisateur concerné et l'heure de l'erreur ?",
			"Merci de vérifier que le paramétrage des taux est bien à jour dans le menu Paramètres.",
			"Le correctif sera livré avec la prochaine version de maintenance.");

	static final List<String> REQUESTER_ANSWERS = List.of("Voici la capture demandée.",
			"La version installée est la 4.2.1.", "Le problème persiste malgré la manipulation proposée.",
			"L'utilisateur concerné est le service comptabilité, vers 10 heures.",
			"Merci, nous avons essayé et cela semble fonctionner.", "Avez-vous du nouveau sur ce dossier ?");

	static final List<String> NOTES = List.of("Client déjà rappelé hier, pas de réponse.",
			"Même cas que la semaine dernière : voir la base de connaissances.",
			"Transmis à l'équipe développement pour analyse.",
			"Vérifié les journaux : erreur de droits sur le dossier.",
			"À traiter en priorité, échéance déclarative proche.");

	static final List<String> SOLUTIONS = List.of("Le paramétrage a été corrigé : vous pouvez relancer le calcul.",
			"Le correctif a été installé sur votre environnement, merci de vérifier.",
			"Votre mot de passe a été réinitialisé, un lien vous a été envoyé par courriel.",
			"La facture a été annulée et remplacée par un avoir.",
			"Il suffit de cocher l'option « Recalculer les cumuls » avant de relancer l'export.",
			"La connexion a été rétablie après le remplacement du routeur.");

	static final List<String> CANCEL_REASONS = List.of("Problème résolu de notre côté", "Demande faite en double",
			"Erreur de saisie");

	static final List<String> FILE_NAMES = List.of("capture-ecran.png", "bulletin_paie_mars.pdf", "export-dsn.csv",
			"message_erreur.jpg", "facture-2024-118.pdf", "journal_erreurs.txt", "parametrage-taux.xlsx",
			"scan_courrier.pdf");

	/**
	 * Words that generated subjects and messages hold, for the desk's text search (none
	 * only in the category the bench agent cannot see).
	 */
	static final List<String> SEARCH_WORDS = List.of("cotisations", "bulletins", "DSN", "déclaration", "exercice",
			"balance", "facturation", "imprimante", "scanner", "wifi", "VPN", "messagerie", "mot de passe", "facture",
			"prélèvement", "duplicata", "mise à jour", "écran", "export", "paie", "lettrage", "congés",
			"rupture conventionnelle", "capture", "erreur", "connexion", "télétravail", "accueil");

}
