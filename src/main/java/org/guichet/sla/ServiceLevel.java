package org.guichet.sla;

import java.time.Duration;

/**
 * What a request type (or the installation, by default) promises: the policy that sets
 * the due date, an optional first-response target counted the same way, and whether the
 * requester sees the due date.
 *
 * @param policy how the handling time is counted, its target and reminder window
 * @param firstResponse the time within which an agent answers first, or {@code null}
 * @param shownToRequester whether the requester sees the due date on their ticket
 */
public record ServiceLevel(SlaPolicy policy, Duration firstResponse, boolean shownToRequester) {

	public ServiceLevel {
		if (firstResponse != null && (firstResponse.isZero() || firstResponse.isNegative())) {
			throw new IllegalArgumentException("A first-response target is positive");
		}
	}

	/**
	 * @return CapDémat's defaults: 10 days, a reminder 3 days before, no first-response
	 * target, the date shown to the requester
	 */
	public static ServiceLevel standard() {
		return new ServiceLevel(SlaPolicy.standard(), null, true);
	}

}
