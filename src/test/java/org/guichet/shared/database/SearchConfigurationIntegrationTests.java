package org.guichet.shared.database;

import org.guichet.support.GuichetWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text-search configuration that the first migration creates for every module that
 * searches: French stemming that ignores accents, and trigrams for typos.
 */
@GuichetWebTest
class SearchConfigurationIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void frenchSearchIgnoresAccentsAndMatchesWordForms() {
		assertThat(matches("Les élèves ne reçoivent plus leurs résultats", "eleve")).isTrue();
		assertThat(matches("Impossible d'imprimer le bulletin", "impression & bulletins")).isFalse();
		assertThat(matches("Impossible d'imprimer les bulletins", "imprimer & bulletin")).isTrue();
		assertThat(matches("Mise à jour du logiciel de paie", "Paié")).isTrue();
	}

	@Test
	void trigramsFindWordsWithTypos() {
		Double similarity = this.jdbc.queryForObject("select similarity(immutable_unaccent(?), immutable_unaccent(?))",
				Double.class, "Établissement", "etablisement");
		assertThat(similarity).isGreaterThan(0.5);
	}

	private boolean matches(String text, String query) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select to_tsvector('french_unaccent', ?) @@ plainto_tsquery('french_unaccent', ?)", Boolean.class,
				text, query));
	}

}
