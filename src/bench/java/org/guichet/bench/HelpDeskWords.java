package org.guichet.bench;

import java.util.List;

/**
 * The help-desk topics generated knowledge-base articles are about. The simulations
 * search with the same words, so that their terms match generated articles.
 */
final class HelpDeskWords {

	private HelpDeskWords() {
	}

	/**
	 * The functional domains (and root categories), in the order of their first topic.
	 */
	static final List<String> DOMAINS = List.of("Accès et sécurité", "Poste de travail", "Messagerie", "Paie et RH",
			"Comptabilité", "Logiciels", "Données", "Services en ligne");

	static final List<Topic> TOPICS = List.of(
			new Topic("Accès et sécurité", "Connexion", "sign-in", List.of("connexion", "identifiant", "verrouillé"),
					List.of("Impossible de se connecter au portail",
							"Message « identifiant ou mot de passe incorrect » à la connexion",
							"Connexion refusée après plusieurs tentatives",
							"Se connecter avec la double authentification", "La page de connexion tourne en boucle"),
					List.of("Je n'arrive plus à me connecter depuis ce matin.",
							"Le portail me renvoie sur la page de connexion sans message.",
							"Mon compte semble verrouillé après plusieurs essais."),
					List.of("Vérifiez que la touche Verr. Maj n'est pas activée.",
							"Videz le cache et les cookies du navigateur.",
							"Essayez dans une fenêtre de navigation privée.",
							"Attendez quinze minutes si le compte a été verrouillé après plusieurs échecs.",
							"Contrôlez la date et l'heure du poste, nécessaires au code de double authentification.")),
			new Topic("Accès et sécurité", "Mot de passe", "password", List.of("mot de passe", "réinitialisation"),
					List.of("Réinitialiser son mot de passe",
							"Mot de passe oublié : recevoir un lien de réinitialisation", "Le mot de passe a expiré",
							"Règles de complexité du mot de passe", "Changer le mot de passe d'un collaborateur"),
					List.of("J'ai oublié mon mot de passe et le lien de réinitialisation n'arrive pas.",
							"Le portail me demande de changer mon mot de passe à chaque connexion."),
					List.of("Cliquez sur « Mot de passe oublié » sous le formulaire de connexion.",
							"Saisissez l'adresse électronique de votre compte.",
							"Ouvrez le lien reçu dans l'heure qui suit, il expire ensuite.",
							"Choisissez un mot de passe d'au moins douze caractères.",
							"Vérifiez le dossier des courriers indésirables si le message n'arrive pas.")),
			new Topic("Accès et sécurité", "Déconnexion", "logout", List.of("déconnexion", "session", "inactivité"),
					List.of("Déconnexion intempestive pendant la saisie",
							"Être déconnecté après quelques minutes d'inactivité",
							"Se déconnecter de toutes les sessions ouvertes",
							"Déconnexion automatique : durée de session"),
					List.of("Je suis déconnecté au milieu de ma saisie et je perds mon travail.",
							"La déconnexion arrive au bout de cinq minutes seulement."),
					List.of("Enregistrez régulièrement vos saisies longues.",
							"Ouvrez la page « Mes sessions » de votre profil.",
							"Fermez les sessions que vous ne reconnaissez pas.",
							"Demandez à votre administrateur la durée d'inactivité autorisée.")),
			new Topic("Poste de travail", "Imprimante", "printer", List.of("imprimante", "impression", "imprimer"),
					List.of("L'imprimante n'imprime plus", "Installer une imprimante réseau",
							"Bourrage papier sur l'imprimante multifonction",
							"Impression bloquée dans la file d'attente", "Imprimer les bulletins en recto verso"),
					List.of("Impossible d'imprimer, l'imprimante reste hors ligne.",
							"Les documents restent bloqués dans la file d'attente d'impression."),
					List.of("Vérifiez que l'imprimante est allumée et reliée au réseau.",
							"Ouvrez la file d'attente d'impression et supprimez les documents bloqués.",
							"Redémarrez le service d'impression du poste.",
							"Réinstallez le pilote de l'imprimante depuis le catalogue du service informatique.",
							"Imprimez une page de test.")),
			new Topic("Poste de travail", "Numérisation", "scanner", List.of("scanner", "numériser", "numérisation"),
					List.of("Numériser un document vers la messagerie", "Le scanner n'est pas détecté",
							"Numérisation en PDF de plusieurs pages"),
					List.of("Le scanner n'apparaît plus dans la liste des périphériques.",
							"La numérisation vers ma boîte de messagerie ne fonctionne pas."),
					List.of("Branchez le scanner sur un autre port USB.",
							"Choisissez le format PDF et la résolution de 300 points par pouce.",
							"Indiquez l'adresse de destination dans le carnet du copieur.")),
			new Topic("Messagerie", "Courriels", "mail", List.of("messagerie", "courriel", "boîte aux lettres"),
					List.of("Configurer la messagerie sur un smartphone", "Les courriels restent dans la boîte d'envoi",
							"Boîte aux lettres pleine : libérer de l'espace",
							"Messages classés à tort comme indésirables", "Ajouter une signature à la messagerie",
							"Partager un calendrier dans la messagerie"),
					List.of("Mes courriels partent mais restent dans la boîte d'envoi.",
							"La messagerie indique que ma boîte aux lettres est pleine."),
					List.of("Vérifiez la connexion à Internet du poste.", "Archivez les messages de plus d'un an.",
							"Videz le dossier des éléments supprimés.",
							"Renseignez le serveur sortant et le port 587 dans les paramètres du compte.",
							"Ajoutez l'expéditeur à la liste des expéditeurs approuvés.")),
			new Topic("Paie et RH", "Paie", "payroll", List.of("paie", "bulletin", "cotisation"),
					List.of("Calculer la paie d'un salarié à temps partiel", "Bulletin de paie : cotisation incorrecte",
							"Clôturer la période de paie", "Déclaration sociale nominative (DSN) rejetée",
							"Prélèvement à la source : taux non mis à jour", "Régulariser une absence sur la paie"),
					List.of("Le bulletin de paie affiche une cotisation incorrecte pour un salarié.",
							"La DSN du mois a été rejetée par net-entreprises."),
					List.of("Vérifiez le profil de cotisation du salarié.",
							"Recalculez le bulletin après avoir corrigé la fiche.",
							"Contrôlez le taux de prélèvement à la source reçu dans le compte rendu.",
							"Générez de nouveau la DSN puis déposez-la.",
							"Éditez le journal de paie pour contrôler les totaux.")),
			new Topic("Paie et RH", "Congés", "leave", List.of("congés", "absence", "RTT"),
					List.of("Saisir les congés payés", "Compteur de congés négatif", "Acquisition des RTT",
							"Valider une demande d'absence"),
					List.of("Le compteur de congés d'un agent est négatif.", "Les RTT ne sont pas acquis ce mois-ci."),
					List.of("Ouvrez la fiche de l'agent, onglet « Absences ».",
							"Contrôlez la date d'entrée et le temps de travail.",
							"Relancez le calcul des compteurs pour la période.")),
			new Topic("Comptabilité", "Clôture", "closing", List.of("clôture", "exercice", "période"),
					List.of("Clôture de l'exercice comptable", "Clôture mensuelle : écritures en attente",
							"Rouvrir une période clôturée", "Clôture annuelle : report à nouveau"),
					List.of("La clôture de l'exercice est refusée à cause d'écritures en attente.",
							"Je dois rouvrir une période déjà clôturée."),
					List.of("Validez les écritures en attente du brouillard.",
							"Lettrez les comptes de tiers avant la clôture.",
							"Éditez la balance et le grand livre de la période.",
							"Lancez la clôture depuis le menu « Traitements de fin de période ».",
							"Contrôlez le report à nouveau sur le nouvel exercice.")),
			new Topic("Comptabilité", "Export", "export", List.of("export", "exporter", "CSV"),
					List.of("Exporter les écritures vers le cabinet comptable",
							"Export FEC pour l'administration fiscale", "Exporter une liste au format CSV",
							"L'export Excel est vide", "Export des factures au format PDF"),
					List.of("L'export des écritures produit un fichier vide.",
							"Le cabinet comptable n'arrive pas à lire notre fichier d'export."),
					List.of("Choisissez la période et le journal à exporter.",
							"Sélectionnez le format CSV avec le point-virgule comme séparateur.",
							"Enregistrez le fichier sur le poste avant de l'ouvrir.",
							"Contrôlez que l'encodage est UTF-8.")),
			new Topic("Logiciels", "Mise à jour", "update", List.of("mise à jour", "version", "installation"),
					List.of("Installer la mise à jour mensuelle", "Erreur pendant la mise à jour du logiciel",
							"Mise à jour réglementaire de janvier",
							"Le poste redemande la mise à jour à chaque démarrage",
							"Planifier la mise à jour sur le serveur"),
					List.of("La mise à jour s'arrête avec une erreur à 80 %.",
							"Le logiciel me redemande la mise à jour à chaque ouverture."),
					List.of("Fermez le logiciel sur tous les postes.", "Téléchargez la version depuis l'espace client.",
							"Lancez l'installation avec un compte administrateur.",
							"Redémarrez le serveur une fois la mise à jour terminée.",
							"Vérifiez le numéro de version dans le menu « À propos ».")),
			new Topic("Données", "Sauvegarde", "backup", List.of("sauvegarde", "restauration", "restaurer"),
					List.of("Sauvegarder la base de données", "Restaurer une sauvegarde",
							"La sauvegarde automatique a échoué", "Vérifier que la sauvegarde nocturne s'est terminée",
							"Sauvegarde externalisée : délai de conservation"),
					List.of("La sauvegarde de cette nuit a échoué.", "J'ai besoin de restaurer les données d'hier."),
					List.of("Consultez le journal de la dernière sauvegarde.",
							"Vérifiez l'espace libre sur le disque de destination.",
							"Lancez une sauvegarde manuelle avant toute restauration.",
							"Choisissez le point de restauration à la date voulue.")),
			new Topic("Données", "Import", "import", List.of("import", "importer", "fichier"),
					List.of("Importer un fichier de salariés", "Import bancaire : relevé refusé",
							"Importer des tiers depuis un tableur"),
					List.of("L'import du relevé bancaire est refusé.",
							"Mon fichier de salariés n'est pas accepté à l'import."),
					List.of("Téléchargez le modèle de fichier depuis l'écran d'import.",
							"Respectez l'ordre des colonnes du modèle.",
							"Corrigez les lignes signalées puis relancez l'import.")),
			new Topic("Services en ligne", "Facturation", "billing", List.of("facture", "prélèvement", "paiement"),
					List.of("Télécharger une facture", "Modifier les coordonnées bancaires du prélèvement",
							"Facture reçue en double"),
					List.of("Je ne trouve pas la facture du mois dernier.",
							"Nous avons changé de banque pour le prélèvement."),
					List.of("Ouvrez l'espace client, rubrique « Factures ».",
							"Téléchargez le mandat de prélèvement et renvoyez-le signé.")),
			new Topic("Services en ligne", "Portail", "portal", List.of("portail", "demande", "utilisateur"),
					List.of("Ouvrir une demande d'assistance", "Suivre l'avancement d'une demande",
							"Ajouter un utilisateur à son établissement"),
					List.of("Je ne vois pas la demande que j'ai ouverte hier.",
							"Un nouveau collègue doit accéder au portail."),
					List.of("Ouvrez le menu « Mes demandes ».", "Choisissez le type de demande le plus proche.",
							"Invitez le collègue depuis la page « Mon établissement ».")));

	/** Where and how, appended to some titles. */
	static final List<String> CONTEXTS = List.of(" sous Windows 11", " sur macOS", " depuis le portail",
			" après la mise à jour", " en télétravail", " sur un poste partagé", " pour un nouvel agent",
			" avec Firefox", " sur tablette");

	static final List<String> GENERAL = List.of(
			"Cette fiche s'adresse aux utilisateurs et aux référents informatiques de l'établissement.",
			"Avant toute manipulation, enregistrez votre travail et fermez les autres applications.",
			"La procédure prend en général moins de dix minutes.",
			"Les captures d'écran peuvent différer légèrement selon la version installée.",
			"Si vous n'avez pas les droits d'administrateur sur le poste, contactez votre référent.",
			"Notez le message d'erreur exact et l'heure à laquelle il s'est affiché.",
			"Cette opération n'a aucune incidence sur les données déjà enregistrées.",
			"Le support est joignable du lundi au vendredi, de 8 h 30 à 18 h.",
			"Pensez à redémarrer le poste une fois l'opération terminée.",
			"Un redémarrage du navigateur suffit parfois à résoudre le problème.",
			"Les paramètres sont propres à chaque utilisateur et ne sont pas partagés.",
			"En cas de doute, joignez une capture d'écran à votre demande.",
			"Les droits nécessaires sont attribués par l'administrateur de votre établissement.",
			"Le réglage s'applique dès la prochaine ouverture de session.",
			"Conservez le numéro de votre demande pour en suivre l'avancement.",
			"La même manipulation vaut pour les postes fixes et les portables.",
			"Les postes gérés par le service informatique reçoivent ce réglage automatiquement.",
			"Un message de confirmation s'affiche lorsque l'opération a réussi.",
			"Cette consigne figure aussi dans le guide de démarrage remis à chaque nouvel utilisateur.",
			"Si plusieurs collègues rencontrent le même problème, un seul signalement suffit.");

	/** Exact phrases found in generated articles, searched between quotes. */
	static final List<String> PHRASES = List.of("mot de passe", "mise à jour", "file d'attente", "bulletin de paie",
			"boîte aux lettres", "double authentification", "période de paie", "relevé bancaire", "fichier d'export");

	/** Misspelled words that match no article: the "did you mean" path. */
	static final List<String> TYPOS = List.of("imprimnte", "sauvgarde", "mesagerie", "conexion", "deconexion",
			"clotrue", "bultein", "reinitialistion", "numerisaton", "prelevment");

	/**
	 * One help-desk topic: a leaf category under its domain, the words people search it
	 * by, titles, what customers write about it and the steps that fix it.
	 */
	record Topic(String domain, String category, String english, List<String> keywords, List<String> titles,
			List<String> symptoms, List<String> steps) {

	}

}
