package org.guichet.organization;

import org.guichet.shared.FieldRefusedException;

/**
 * A value is refused for a reason only the database knows (a customer code or SIRET
 * already used, an unknown product): the form shows the message next to the field.
 */
public class OrganizationFieldException extends FieldRefusedException {

	public OrganizationFieldException(String field, String messageKey) {
		super(field, messageKey);
	}

}
