package org.guichet.account;

import java.util.List;

import org.guichet.account.PasswordPolicy.Rules;
import org.guichet.account.PasswordPolicy.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy standard = new PasswordPolicy(Rules.STANDARD);

	private final PasswordPolicy cegidLife = new PasswordPolicy(Rules.CEGIDLIFE);

	@Test
	void twelveCharactersNeedThreeKinds() {
		assertThat(this.standard.check("Soleil-de-mai", List.of())).isEmpty();
		assertThat(this.standard.check("soleildemaix", List.of())).containsExactly(Violation.TOO_FEW_KINDS);
		assertThat(this.standard.check("Court-1", List.of())).contains(Violation.TOO_SHORT);
	}

	@Test
	void sixteenCharactersOfAnyKindAreEnough() {
		assertThat(this.standard.check("le chat dort bien", List.of())).isEmpty();
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(this.standard.check("Motdepasse", List.of())).contains(Violation.TOO_COMMON);
		assertThat(this.standard.check("AZERTY", List.of())).contains(Violation.TOO_COMMON);
	}

	@Test
	void theNameTheAddressAndTheOrganizationAreRefused() {
		List<String> personal = List.of("Marie Durand", "marie.durand", "Mairie de Saint-Exemple");
		assertThat(this.standard.check("Durand-2026-ete!", personal)).contains(Violation.PERSONAL_INFORMATION);
		assertThat(this.standard.check("ma SAINT exemple à moi", personal)).contains(Violation.PERSONAL_INFORMATION);
		assertThat(this.standard.check("Un jardin sous la pluie", personal)).isEmpty();
	}

	@Test
	void moreThan128CharactersAreRefused() {
		assertThat(this.standard.check("Ab1-".repeat(33), List.of())).containsExactly(Violation.TOO_LONG);
	}

	@Test
	void cegidLifeAsksForEightCharactersOfFourKinds() {
		assertThat(this.cegidLife.check("Ete#2026", List.of())).isEmpty();
		assertThat(this.cegidLife.check("ete#2026", List.of())).containsExactly(Violation.NO_UPPER_CASE);
		assertThat(this.cegidLife.check("Ete2026x", List.of())).containsExactly(Violation.NO_OTHER_CHARACTER);
		assertThat(this.cegidLife.check("E#2a", List.of())).containsExactly(Violation.TOO_SHORT);
	}

}
