package org.guichet.organization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SiretTests {

	@Test
	void aSiretIsFourteenDigitsWithARightLuhnChecksum() {
		assertThat(Siret.parse("732 829 320 00074")).contains(new Siret("73282932000074"));
		assertThat(Siret.parse("21750001600019")).as("Ville de Paris").isPresent();
		assertThat(Siret.parse("73282932000075")).as("checksum").isEmpty();
		assertThat(Siret.parse("7328293200007")).as("13 digits").isEmpty();
		assertThat(Siret.parse("7328293200007A")).isEmpty();
		assertThat(Siret.parse(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new Siret("12345678901234"));
	}

	@Test
	void laPosteEstablishmentsFollowTheirOwnRule() {
		assertThat(Siret.parse("35600000000001")).as("digits add up to a multiple of 5").isPresent();
		assertThat(Siret.parse("35600000000002")).isEmpty();
	}

}
