package org.guichet.knowledge.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTests {

	@Test
	void readsTheStemsOfAQueryWithoutAccentsOrDuplicates() {
		assertThat(Snippets.stems("'mot' <-> 'pass' & 'imprim' | 'imprim' & 'l''écran'")).containsExactly("mot", "pass",
				"imprim", "l'ecran");
		assertThat(Snippets.stems(null)).isEmpty();
	}

	@Test
	void marksTheWordsThatStartWithAStemWhateverTheirAccentsAndCase() {
		String snippet = Snippets.of("L'Imprimante réseau n'imprime plus depuis la mise à jour.",
				List.of("imprim", "reseau"));

		assertThat(snippet).isEqualTo(
				"L&#39;<mark>Imprimante</mark> <mark>réseau</mark> n&#39;<mark>imprime</mark> plus depuis la mise à jour.");
	}

	@Test
	void showsTheWordsAroundTheFirstOneFoundAndSaysWhatIsCut() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 100; i++) {
			text.append("mot").append(i).append(' ');
		}
		text.append("sauvegarde ");
		for (int i = 100; i < 200; i++) {
			text.append("mot").append(i).append(' ');
		}

		String snippet = Snippets.of(text.toString(), List.of("sauvegard"));

		assertThat(snippet).startsWith("… mot92 ")
			.endsWith(" mot120 …")
			.contains("mot99 <mark>sauvegarde</mark> mot100");
		assertThat(snippet.split(" ")).hasSize(Snippets.WORDS + 2);
	}

	@Test
	void neitherMarksAShortStemInsideLongerWordsNorAWordMuchLongerThanTheStem() {
		assertThat(Snippets.of("Le passe du bureau", List.of("pa"))).isNull();
		assertThat(Snippets.of("Un passeport", List.of("pass"))).contains("<mark>passeport</mark>");
		assertThat(Snippets.of("Des passementeries anticonstitutionnelles", List.of("pass"))).isNull();
	}

	@Test
	void escapesTheTextAndGivesNothingWhenNoWordIsFound() {
		assertThat(Snippets.of("<script>alert(1)</script> imprimante", List.of("imprim")))
			.isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>imprimante</mark>");
		assertThat(Snippets.of("rien ici", List.of("imprim"))).isNull();
		assertThat(Snippets.of(null, List.of("imprim"))).isNull();
		assertThat(Snippets.of("imprimante", List.of())).isNull();
	}

}
