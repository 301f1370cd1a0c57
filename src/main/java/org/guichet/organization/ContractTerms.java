package org.guichet.organization;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What staff write down about a contract.
 *
 * @param number its number; empty for "Inconnu"
 * @param licenceNumber the licence number, if any
 * @param productId the product it covers
 * @param signedOn when it was signed
 * @param endsOn the last day it covers, or {@code null}
 * @param suspended whether it is suspended
 */
public record ContractTerms(String number, String licenceNumber, UUID productId, LocalDate signedOn, LocalDate endsOn,
		boolean suspended) {

}
