package org.guichet.ticket;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.shared.FieldRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The desk's categories and the rights of staff on them, for the administration pages and
 * the desk.
 */
public interface Categories {

	/**
	 * @return every category, active or not, in their order
	 */
	List<CategoryView> all();

	Optional<CategoryView> find(UUID id);

	/**
	 * @return the new category's id
	 * @throws CategoryInputException when the name is blank, too long or already used
	 */
	UUID create(String name, String description);

	/**
	 * @throws CategoryInputException when the name is blank, too long or already used
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone
	 * changed it since {@code version}
	 */
	void update(UUID id, long version, String name, String description, boolean active);

	/**
	 * @return the staff members with a right on the category, by name
	 */
	List<CategoryMember> members(UUID categoryId);

	/**
	 * @return the categories the staff member has a right on, by category order
	 */
	List<CategoryMember> rightsOf(UserId user);

	/**
	 * @return the right of each category the staff member has one on
	 */
	Map<UUID, CategoryAccess> accessOf(UserId user);

	/**
	 * Gives a staff member a right on a category; {@link CategoryAccess#NONE} takes it
	 * away.
	 * @throws CategoryInputException when the user is not staff, or the category unknown
	 */
	void grant(UserId user, UUID categoryId, CategoryAccess access);

	/**
	 * What was typed for a category cannot be saved: names the field and the message.
	 */
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	class CategoryInputException extends FieldRefusedException {

		public CategoryInputException(String field, String messageKey) {
			super(field, messageKey);
		}

	}

}
