package org.guichet.ticket.internal;

import java.util.UUID;

import org.guichet.ticket.ThemeView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules of a request type and its theme tree, without a database.
 */
class RequestTypeTests {

	private final RequestType type = new RequestType(settings("INCIDENT", "Signaler un incident"));

	@Test
	void themesAreListedDepthFirstWithTheirPaths() {
		UUID payroll = this.type.addTheme(null, "Paie");
		UUID accounting = this.type.addTheme(null, "Comptabilité");
		UUID payslips = this.type.addTheme(payroll, "Bulletins");
		this.type.addTheme(payslips, "Calcul des cotisations");
		this.type.addTheme(accounting, "Clôture annuelle");
		assertThat(this.type.view().themes()).extracting(ThemeView::path, ThemeView::depth)
			.containsExactly(tuple("Paie", 1), tuple("Paie › Bulletins", 2),
					tuple("Paie › Bulletins › Calcul des cotisations", 3), tuple("Comptabilité", 1),
					tuple("Comptabilité › Clôture annuelle", 2));
	}

	@Test
	void aThemeMovesAmongItsSiblingsWithItsChildren() {
		UUID first = this.type.addTheme(null, "Paie");
		UUID second = this.type.addTheme(null, "État civil");
		this.type.addTheme(null, "Accueil");
		this.type.addTheme(first, "Bulletins");
		this.type.moveTheme(second, true);
		assertThat(this.type.view().themes()).extracting(ThemeView::name)
			.containsExactly("État civil", "Paie", "Bulletins", "Accueil");
		this.type.moveTheme(first, false);
		this.type.moveTheme(first, false);
		assertThat(this.type.view().themes()).as("the last stays last")
			.extracting(ThemeView::name)
			.containsExactly("État civil", "Accueil", "Paie", "Bulletins");
	}

	@Test
	void aPrecisionHasNoChildren() {
		UUID level1 = this.type.addTheme(null, "Paie");
		UUID level2 = this.type.addTheme(level1, "Bulletins");
		UUID level3 = this.type.addTheme(level2, "Calcul");
		assertThatThrownBy(() -> this.type.addTheme(level3, "Taux")).isInstanceOf(RequestTypeInputException.class)
			.hasMessage("name: requestType.error.themeDepth");
		assertThat(this.type.view().themes()).hasSize(3);
	}

	@Test
	void siblingsHaveNamesOfTheirOwnCaseIgnoredButCousinsMayShareOne() {
		UUID payroll = this.type.addTheme(null, "Paie");
		UUID accounting = this.type.addTheme(null, "Comptabilité");
		this.type.addTheme(payroll, "Déclarations");
		UUID payslips = this.type.addTheme(payroll, "Bulletins");
		this.type.addTheme(accounting, "Déclarations");
		assertThatThrownBy(() -> this.type.addTheme(null, " PAIE ")).isInstanceOf(RequestTypeInputException.class)
			.hasMessage("name: requestType.error.themeNameUsed");
		assertThatThrownBy(() -> this.type.renameTheme(payslips, "déclarations"))
			.isInstanceOf(RequestTypeInputException.class);
		this.type.renameTheme(payslips, "BULLETINS");
		assertThat(this.type.view().themes()).extracting(ThemeView::name).contains("BULLETINS");
	}

	@Test
	void aThemeSwitchedOffHidesItsChildrenAndBringsThemBackWhenSwitchedOn() {
		UUID payroll = this.type.addTheme(null, "Paie");
		UUID payslips = this.type.addTheme(payroll, "Bulletins");
		this.type.addTheme(null, "Comptabilité");
		this.type.switchTheme(payroll, false);
		assertThat(this.type.view().activeThemes()).extracting(ThemeView::name).containsExactly("Comptabilité");
		ThemeNode hidden = this.type.tree().get(0).children().get(0);
		assertThat(hidden.switchedOn()).isTrue();
		assertThat(hidden.hiddenByParent()).isTrue();
		this.type.switchTheme(payroll, true);
		assertThat(this.type.view().activeTheme(payslips)).isPresent();
	}

	@Test
	void badSettingsAreNamedByField() {
		assertThatThrownBy(() -> new RequestType(settings("avec espace", "Nom")))
			.hasMessage("code: requestType.error.code");
		assertThatThrownBy(() -> new RequestType(settings("X".repeat(41), "Nom")))
			.hasMessage("code: requestType.error.code");
		assertThatThrownBy(() -> new RequestType(settings("OK", " "))).hasMessage("name: requestType.error.name");
		assertThatThrownBy(() -> this.type.renameTheme(UUID.randomUUID(), "Nom"))
			.isInstanceOf(RequestTypeNotFoundException.class);
		assertThat(new RequestType(settings(" Code_1-b ", " Nom ")).view().code()).isEqualTo("Code_1-b");
	}

	private static RequestTypeSettings settings(String code, String name) {
		return new RequestTypeSettings(code, name, null, null, false, true, true, false, false, true, true, 0);
	}

}
