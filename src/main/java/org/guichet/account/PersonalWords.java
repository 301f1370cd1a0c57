package org.guichet.account;

import java.util.List;

/**
 * Words a user's password must not contain beyond their own name and address: the names
 * of their organizations. Implemented by the module that knows them.
 */
public interface PersonalWords {

	List<String> of(UserId user);

}
