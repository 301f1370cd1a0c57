package org.guichet.ticket;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The request types and their themes, as the new-request form and the desk read them.
 */
public interface RequestTypes {

	/**
	 * @return the active request types, in the administrator's order, each with all its
	 * themes (inactive ones marked)
	 */
	List<RequestTypeView> active();

	/**
	 * @return every request type, active or not, in the administrator's order
	 */
	List<RequestTypeView> all();

	/**
	 * @return the request type, active or not
	 */
	Optional<RequestTypeView> find(UUID id);

}
