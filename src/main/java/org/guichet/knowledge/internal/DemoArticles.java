package org.guichet.knowledge.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guichet.knowledge.internal.KnowledgeFiles.AttachmentRecord;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.PdfDocuments;
import org.guichet.shared.database.EmbeddedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * About thirty demo articles in categories, a few about a product (Winpaie, Notilus,
 * Indeline), a few public and a few for staff only, some with a PDF guide made at load
 * time; loaded with the rest of the demo data, into a knowledge base without articles.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class DemoArticles implements ApplicationRunner {

	private static final Audience P = Audience.PUBLIC;

	private static final Audience C = Audience.CUSTOMERS;

	private static final Audience S = Audience.STAFF;

	private static final List<Demo> ARTICLES = List.of(new Demo("Accès et connexion", null, "Accès", P,
			"Se connecter au portail pour la première fois", "Activer son compte depuis le courriel d'invitation.",
			"Ouvrez le lien du courriel d'invitation, choisissez un mot de passe d'au moins 12 caractères, puis connectez-vous avec votre adresse e-mail.|Le lien est valable 7 jours : passé ce délai, demandez une nouvelle invitation à l'administrateur de votre établissement.",
			null),
			new Demo("Accès et connexion", null, "Accès", P, "Mot de passe oublié",
					"Réinitialiser son mot de passe sans contacter le support.",
					"Sur la page de connexion, cliquez sur « Mot de passe oublié ? » et saisissez votre adresse e-mail.|Un lien de réinitialisation vous est envoyé ; il expire au bout d'une heure.|Si aucun courriel n'arrive, vérifiez le dossier des indésirables.",
					null),
			new Demo("Accès et connexion", null, "Accès", P, "Compte verrouillé après plusieurs échecs de connexion",
					"Pourquoi le compte est bloqué et combien de temps.",
					"Après cinq mots de passe erronés, la connexion est suspendue quinze minutes pour protéger votre compte.|Attendez la fin du délai ou réinitialisez votre mot de passe.",
					null),
			new Demo("Accès et connexion", null, "Accès", C, "Déconnexion intempestive du portail",
					"La session se ferme au bout de 30 minutes d'inactivité.",
					"Par sécurité, une session inactive pendant 30 minutes est fermée.|Si la déconnexion survient plus tôt, videz le cache du navigateur et vérifiez que les cookies sont autorisés pour le portail.",
					null),
			new Demo("Accès et connexion", null, "Accès", C, "Activer la double authentification",
					"Protéger son compte avec une application d'authentification.",
					"Dans Mon profil, choisissez « Double authentification », scannez le QR code avec votre application puis saisissez le code à six chiffres.|Conservez les codes de secours en lieu sûr.",
					null),
			new Demo("Logiciels › Paie", "WINPAIE", "Paie", C, "Clôture mensuelle de la paie dans Winpaie",
					"Les étapes de la clôture du mois et les contrôles à faire avant.",
					"Avant de clôturer, éditez le journal de paie et vérifiez les cumuls.|Menu Paie › Clôture : la clôture fige les bulletins du mois et prépare le mois suivant.|Une clôture ne peut être annulée que par le support.",
					"Guide de clôture Winpaie"),
			new Demo("Logiciels › Paie", "WINPAIE", "Paie", C, "Bulletin de paie : taux de cotisation erroné",
					"Mettre à jour les taux après une revalorisation.",
					"Ouvrez Paramètres › Organismes, vérifiez la date d'effet du taux, puis recalculez les bulletins du mois.|Les bulletins déjà clôturés ne sont pas recalculés.",
					null),
			new Demo("Logiciels › Paie", "WINPAIE", "Paie", C, "Déclaration sociale nominative (DSN) rejetée",
					"Lire le compte rendu de rejet et corriger le fichier.",
					"Téléchargez le compte rendu sur net-entreprises.fr ; le code d'erreur indique la rubrique en cause.|Corrigez la fiche salarié puis générez une DSN annule et remplace.",
					null),
			new Demo("Logiciels › Paie", "WINPAIE", "Paie", C, "Mise à jour de Winpaie : installer le kit",
					"Installer la mise à jour trimestrielle sur le serveur puis les postes.",
					"Sauvegardez la base avant toute mise à jour.|Lancez le kit sur le serveur avec un compte administrateur, puis sur chaque poste.|Redémarrez le service Winpaie.",
					"Procédure de mise à jour Winpaie"),
			new Demo("Logiciels › Notes de frais", "NOTILUS", "Notes de frais", C,
					"Notilus : joindre un justificatif à une note de frais",
					"Photographier ou déposer le ticket de caisse.",
					"Depuis l'application mobile, touchez « Ajouter un justificatif » et photographiez le ticket.|Depuis le navigateur, déposez un fichier PDF ou JPEG de 5 Mo au plus.",
					null),
			new Demo("Logiciels › Notes de frais", "NOTILUS", "Notes de frais", C,
					"Notilus : circuit de validation bloqué", "Débloquer une note en attente d'un valideur absent.",
					"Le gestionnaire peut désigner un valideur suppléant dans Administration › Circuits.|La note reprend alors son circuit.",
					null),
			new Demo("Services en ligne", "INDELINE", "Services en ligne", C,
					"Mise à jour Indeline : nouveautés de la version 2026.2",
					"Ce qui change pour les agents et pour les usagers.",
					"Le formulaire d'inscription scolaire accepte désormais plusieurs enfants.|Les pièces justificatives sont vérifiées au dépôt (format et taille).|Les téléservices désactivés n'apparaissent plus aux usagers.",
					"Notes de version Indeline 2026.2"),
			new Demo("Services en ligne", "INDELINE", "Services en ligne", C,
					"Indeline : publier un nouveau téléservice",
					"Créer, tester puis ouvrir un téléservice aux usagers.",
					"Créez le téléservice en brouillon, testez-le avec un compte de démonstration puis publiez-le.|Un téléservice publié ne peut plus changer de catégorie.",
					null),
			new Demo("Services en ligne", "INDELINE", "Services en ligne", P,
					"Indeline : un usager ne reçoit pas le courriel de confirmation",
					"Vérifier l'adresse et les courriels indésirables.",
					"Demandez à l'usager de vérifier son dossier de courriels indésirables.|Contrôlez l'adresse saisie dans son compte : une faute de frappe est la cause la plus fréquente.",
					null),
			new Demo("Poste de travail › Impression", null, "Bureautique", P, "Installer une imprimante réseau",
					"Ajouter une imprimante partagée sous Windows.",
					"Paramètres › Imprimantes et scanners › Ajouter un périphérique.|Si l'imprimante n'apparaît pas, saisissez son adresse IP (indiquée sur l'étiquette de l'appareil).",
					null),
			new Demo("Poste de travail › Impression", null, "Bureautique", C,
					"L'imprimante n'imprime plus : documents bloqués dans la file d'attente",
					"Vider la file d'impression et relancer le spouleur.",
					"Ouvrez la file d'attente de l'imprimante et annulez tous les documents.|Redémarrez le service « Spouleur d'impression » puis relancez l'impression.",
					null),
			new Demo("Poste de travail › Impression", "WINPAIE", "Paie", C,
					"Imprimer les bulletins de paie en recto verso",
					"Régler l'impression des bulletins depuis Winpaie.",
					"Dans Winpaie, Fichier › Mise en page, cochez « Recto verso ».|Le pilote de l'imprimante doit aussi autoriser le recto verso.",
					null),
			new Demo("Poste de travail › Messagerie", null, "Messagerie", P,
					"Configurer sa messagerie sur un smartphone", "Paramètres IMAP et SMTP à saisir.",
					"Serveur entrant : IMAP, port 993, chiffrement SSL/TLS.|Serveur sortant : SMTP, port 587, STARTTLS, authentification obligatoire.",
					null),
			new Demo("Poste de travail › Messagerie", null, "Messagerie", C, "Messagerie : boîte aux lettres pleine",
					"Libérer de l'espace et archiver les anciens messages.",
					"Videz la corbeille et les éléments supprimés.|Archivez les messages de plus d'un an dans un dossier local.|Les pièces jointes volumineuses occupent le plus de place.",
					null),
			new Demo("Poste de travail › Messagerie", null, "Messagerie", C, "Messages bloqués dans la boîte d'envoi",
					"Un message trop volumineux bloque l'envoi des autres.",
					"Supprimez ou réduisez le message de plus de 20 Mo resté dans la boîte d'envoi, puis cliquez sur « Envoyer/Recevoir ».",
					null),
			new Demo("Sauvegarde", null, "Sauvegarde", C, "Sauvegarder la base de données avant une mise à jour",
					"La sauvegarde complète à faire avant chaque kit.",
					"Arrêtez les services applicatifs, lancez la sauvegarde complète puis vérifiez la taille du fichier produit.|Conservez au moins les trois dernières sauvegardes hors du serveur.",
					"Plan de sauvegarde recommandé"),
			new Demo("Sauvegarde", null, "Sauvegarde", C, "Restaurer un fichier supprimé par erreur",
					"Retrouver une version précédente d'un document.",
					"Clic droit sur le dossier › Propriétés › Versions précédentes.|Choisissez la version datée d'avant la suppression puis « Restaurer ».",
					null),
			new Demo("Sauvegarde", null, "Sauvegarde", S, "Sauvegarde nocturne en échec : procédure support",
					"Ce que le support vérifie quand la sauvegarde d'un client échoue.",
					"Consulter le journal de l'agent de sauvegarde, vérifier l'espace disque de la cible.|Relancer la sauvegarde manuellement ; si elle échoue encore, escalader au niveau 2.",
					null),
			new Demo("Support interne", null, "Support", S, "Qualifier une demande : impact et urgence",
					"La grille utilisée par l'équipe pour fixer la priorité.",
					"Impact : nombre de personnes gênées et bloquant ou non.|Urgence : échéance légale ou paie en cours.|La priorité découle de la matrice impact × urgence.",
					null),
			new Demo("Support interne", null, "Support", S, "Relancer un client sans réponse",
					"Modèles de relance et délais.",
					"Première relance à J+3 par courriel, seconde à J+7 par téléphone.|Sans réponse après la seconde relance, proposer la clôture.",
					null),
			new Demo("Support interne", "WINPAIE", "Paie", S, "Winpaie : corriger une clôture faite par erreur",
					"Réservé au support : réouvrir un mois clôturé.",
					"Faire une sauvegarde, puis lancer l'utilitaire de réouverture avec le code du client.|Prévenir le client que les bulletins du mois doivent être recalculés.",
					null),
			new Demo("Accès et connexion", null, "Accès", P, "Navigateurs compatibles avec le portail",
					"Les versions de navigateur prises en charge.",
					"Le portail fonctionne avec les deux dernières versions de Firefox, Chrome, Edge et Safari.|Internet Explorer n'est plus pris en charge.",
					null),
			new Demo("Logiciels › Paie", "WINPAIE", "Paie", C, "Winpaie : saisir les absences du mois",
					"Import des absences ou saisie manuelle.",
					"Importez le fichier des absences depuis Variables › Import, ou saisissez-les salarié par salarié.|Les absences non justifiées sont signalées en orange.",
					null),
			new Demo("Services en ligne", null, "Services en ligne", P, "Suivre l'avancement de sa demande",
					"Où voir l'état d'une demande et les réponses du support.",
					"Dans Demandes, chaque ligne indique l'état : À traiter, En cours, En attente de votre réponse, Clôture à valider.|Ouvrez la demande pour lire les réponses et y répondre.",
					null),
			new Demo("Accès et connexion", null, "Accès", C, "Changer d'établissement dans le portail",
					"Pour les personnes membres de plusieurs établissements.",
					"Choisissez l'établissement dans la liste en haut de page puis « Changer ».|Les demandes affichées sont celles de l'établissement choisi.",
					null));

	private final KnowledgeArticles articles;

	private final KnowledgeCategories categories;

	private final KnowledgeFiles files;

	private final JdbcClient jdbc;

	private final boolean enabled;

	DemoArticles(KnowledgeArticles articles, KnowledgeCategories categories, KnowledgeFiles files, JdbcClient jdbc,
			GuichetProperties properties, ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.articles = articles;
		this.categories = categories;
		this.files = files;
		this.jdbc = jdbc;
		this.enabled = properties.loadsDemoData(embeddedDatabase.getIfAvailable() != null);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.jdbc.sql("select exists (select 1 from kb_articles)").query(Boolean.class).single()
				|| !this.jdbc.sql("select exists (select 1 from products)").query(Boolean.class).single()) {
			return;
		}
		Map<String, UUID> categoryIds = new HashMap<>();
		for (Demo demo : ARTICLES) {
			UUID category = category(demo.category(), categoryIds);
			UUID product = (demo.product() == null) ? null
					: this.jdbc.sql("select product_id from products where code = :code")
						.param("code", demo.product())
						.query(UUID.class)
						.optional()
						.orElse(null);
			StringBuilder body = new StringBuilder();
			for (String paragraph : demo.body().split("\\|")) {
				body.append("<p>").append(HtmlUtils.htmlEscape(paragraph, "UTF-8")).append("</p>");
			}
			String number = this.articles.create(new ArticleDraft(demo.title(), demo.summary(), body.toString(),
					category, product, demo.domain(), "fr", demo.audience()), null);
			if (demo.pdf() != null) {
				byte[] pdf = PdfDocuments.fromXhtml(guide(demo));
				this.files.attach(this.articles.find(number).orElseThrow().id(), fileName(demo.pdf()), pdf.length,
						new ByteArrayResource(pdf), null);
			}
			if (demo.title().startsWith("Activer la double authentification")) {
				showDrawing(number, new ArticleDraft(demo.title(), demo.summary(), body.toString(), category, product,
						demo.domain(), "fr", demo.audience()));
			}
			this.articles.publish(number, null);
		}
	}

	/**
	 * Attaches the demo's drawing to the article and shows it at the end of its text.
	 */
	private void showDrawing(String number, ArticleDraft draft) {
		UUID article = this.articles.find(number).orElseThrow().id();
		byte[] png = DemoImages.twoFactorCode();
		this.files.attach(article, "double-authentification.png", png.length, new ByteArrayResource(png),
				DemoImages.TWO_FACTOR_DESCRIPTION);
		UUID image = this.files.of(article).stream().filter(AttachmentRecord::image).findFirst().orElseThrow().id();
		this.articles.update(number,
				new ArticleDraft(draft.title(), draft.summary(),
						draft.body() + "<p><img src=\"" + ArticleBody.imagePath(image) + "\"></p>", draft.categoryId(),
						draft.productId(), draft.domain(), draft.language(), draft.audience()),
				false, null);
	}

	private UUID category(String path, Map<String, UUID> known) {
		UUID parent = null;
		String sofar = "";
		for (String name : path.split(" › ")) {
			sofar = sofar + "/" + name;
			UUID id = known.get(sofar);
			if (id == null) {
				id = this.categories.create(name, parent);
				known.put(sofar, id);
			}
			parent = id;
		}
		return parent;
	}

	private static String guide(Demo demo) {
		StringBuilder steps = new StringBuilder();
		int step = 1;
		for (String paragraph : demo.body().split("\\|")) {
			steps.append("<h2>Étape ")
				.append(step++)
				.append("</h2><p>")
				.append(HtmlUtils.htmlEscape(paragraph, "UTF-8"))
				.append("</p>");
		}
		return "<html><head><meta charset=\"utf-8\"/><style>body{font-family:sans-serif}</style></head><body><h1>"
				+ HtmlUtils.htmlEscape(demo.pdf(), "UTF-8") + "</h1><p>" + HtmlUtils.htmlEscape(demo.summary(), "UTF-8")
				+ "</p>" + steps + "</body></html>";
	}

	private static String fileName(String title) {
		String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.toLowerCase(java.util.Locale.ROOT);
		return new String(ascii.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII) + ".pdf";
	}

	private record Demo(String category, String product, String domain, Audience audience, String title, String summary,
			String body, String pdf) {

	}

}
