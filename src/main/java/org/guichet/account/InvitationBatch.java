package org.guichet.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Addresses pasted into an invitation form — separated by commas, semicolons or new lines
 * — each with what became of it. The whole batch is checked before anything is created.
 *
 * @param lines one per address typed, in order
 */
public record InvitationBatch(List<Line> lines) {

	/** The most addresses one batch may hold. */
	public static final int MAX_ADDRESSES = 100;

	/**
	 * What became of an address.
	 */
	public enum Outcome {

		/** Valid, not yet handled. */
		VALID,
		/** Not an e-mail address: the batch is refused. */
		INVALID_ADDRESS,
		/** Typed again further up the batch: ignored. */
		DUPLICATE,
		/** A new account was created and the activation mail written. */
		INVITED,
		/** An existing customer account was added to the organization. */
		ADDED_TO_ORGANIZATION,
		/** Already a member of the organization: nothing to do. */
		ALREADY_A_MEMBER,
		/** An account exists that cannot join (a staff account): nothing done. */
		ALREADY_A_USER

	}

	/**
	 * @param input the text typed
	 * @param address its normalized form, or {@code null} when invalid
	 * @param outcome what became of it
	 */
	public record Line(String input, EmailAddress address, Outcome outcome) {

		public Line withOutcome(Outcome newOutcome) {
			return new Line(this.input, this.address, newOutcome);
		}

	}

	public InvitationBatch {
		lines = List.copyOf(lines);
	}

	/**
	 * Splits and checks what was pasted.
	 */
	public static InvitationBatch parse(String text) {
		List<Line> lines = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String part : (text != null ? text : "").split("[,;\\r\\n]+")) {
			String input = part.strip();
			if (input.isEmpty()) {
				continue;
			}
			EmailAddress address = EmailAddress.of(input).orElse(null);
			if (address == null) {
				lines.add(new Line(input, null, Outcome.INVALID_ADDRESS));
			}
			else if (!seen.add(address.value())) {
				lines.add(new Line(input, address, Outcome.DUPLICATE));
			}
			else {
				lines.add(new Line(input, address, Outcome.VALID));
			}
		}
		return new InvitationBatch(lines);
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	public boolean isTooLarge() {
		return this.lines.size() > MAX_ADDRESSES;
	}

	public boolean hasInvalidAddresses() {
		return this.lines.stream().anyMatch((line) -> line.outcome() == Outcome.INVALID_ADDRESS);
	}

	/**
	 * @return whether the batch cannot be handled at all: nothing in it, too much, or an
	 * address that is not one
	 */
	public boolean isRefused() {
		return isEmpty() || isTooLarge() || hasInvalidAddresses();
	}

	public long count(Outcome outcome) {
		return this.lines.stream().filter((line) -> line.outcome() == outcome).count();
	}

}
