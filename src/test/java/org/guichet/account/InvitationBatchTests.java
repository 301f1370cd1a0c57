package org.guichet.account;

import org.guichet.account.InvitationBatch.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationBatchTests {

	@Test
	void addressesAreSeparatedByCommasSemicolonsAndNewLines() {
		InvitationBatch batch = InvitationBatch
			.parse(" a@example.org, b@example.org;c@example.org\r\n\nd@example.org ;");
		assertThat(batch.lines()).extracting((line) -> line.address().value())
			.containsExactly("a@example.org", "b@example.org", "c@example.org", "d@example.org");
		assertThat(batch.isRefused()).isFalse();
	}

	@Test
	void anInvalidAddressRefusesTheWholeBatchAndIsNamed() {
		InvitationBatch batch = InvitationBatch.parse("a@example.org, not-an-address");
		assertThat(batch.isRefused()).isTrue();
		assertThat(batch.lines()).filteredOn((line) -> line.outcome() == Outcome.INVALID_ADDRESS)
			.extracting(InvitationBatch.Line::input)
			.containsExactly("not-an-address");
	}

	@Test
	void theSameAddressTwiceIsADuplicateNotAnError() {
		InvitationBatch batch = InvitationBatch.parse("A@Example.org, a@example.org");
		assertThat(batch.lines()).extracting(InvitationBatch.Line::outcome)
			.containsExactly(Outcome.VALID, Outcome.DUPLICATE);
		assertThat(batch.isRefused()).isFalse();
	}

	@Test
	void atMostOneHundredAddresses() {
		StringBuilder addresses = new StringBuilder();
		for (int i = 0; i <= InvitationBatch.MAX_ADDRESSES; i++) {
			addresses.append("person").append(i).append("@example.org,");
		}
		assertThat(InvitationBatch.parse(addresses.toString()).isTooLarge()).isTrue();
		assertThat(InvitationBatch.parse(" , ;\n").isEmpty()).isTrue();
	}

}
