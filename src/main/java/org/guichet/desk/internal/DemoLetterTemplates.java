package org.guichet.desk.internal;

import org.guichet.shared.GuichetProperties;
import org.guichet.shared.database.EmbeddedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two letter templates and two canned replies for the demo, loaded when there are none.
 */
@Component
class DemoLetterTemplates implements ApplicationRunner {

	private final LetterTemplates store;

	private final boolean enabled;

	DemoLetterTemplates(LetterTemplates store, GuichetProperties properties,
			ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.store = store;
		this.enabled = properties.loadsDemoData(embeddedDatabase.getIfAvailable() != null);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.enabled || !this.store.templates().isEmpty() || !this.store.replies().isEmpty()) {
			return;
		}
		this.store.saveTemplate(null, 0, "Pièce manquante", "Demande de pièce complémentaire",
				LetterTemplate.Layout.LETTERHEAD,
				"<p>#{RR_TITLE} #{RR_LNAME},</p><p>Pour traiter votre demande n° #{RQ_ID} (#{RQ_LABEL}) du "
						+ "#{RQ_CREATION_DATE}, nous avons besoin de la pièce suivante :</p><p>#{RQ_OBSERVATION}</p>"
						+ "<p>Vous pouvez la déposer sur votre espace, dans la demande.</p>"
						+ "<p>Nous vous prions d'agréer, #{RR_TITLE}, nos salutations distinguées.</p>",
				true);
		this.store.saveTemplate(null, 0, "Intervention planifiée", "Intervention planifiée",
				LetterTemplate.Layout.PLAIN,
				"<p>Bonjour #{RR_FNAME} #{RR_LNAME},</p><p>Une intervention est planifiée pour votre demande "
						+ "#{RQ_ID} (client #{HF_ID}) : #{RQ_OBSERVATION}</p><p>Cordialement,</p>",
				true);
		this.store.saveReply(null, 0, "Accusé de réception",
				"<p>Bonjour #{RR_FNAME},</p><p>Nous avons bien reçu votre demande #{RQ_ID} et la traitons.</p>", true);
		this.store.saveReply(null, 0, "Mise à jour du logiciel",
				"<p>Le correctif est disponible : installez la dernière mise à jour puis redémarrez le poste.</p>",
				true);
	}

}
