package org.guichet.organization;

import java.time.LocalDate;

import org.guichet.shared.Civility;

/**
 * What a household declares about one of its people.
 *
 * @param kind adult or child
 * @param civility how they are addressed, or {@code null}
 * @param firstName first name
 * @param lastName last name
 * @param birthDate birth date, or {@code null} when not given
 */
public record IndividualDetails(IndividualKind kind, Civility civility, String firstName, String lastName,
		LocalDate birthDate) {

}
