package org.guichet.account.internal;

import java.util.ArrayList;
import java.util.List;

import org.guichet.account.PersonalWords;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a user's password must not contain: their name, the local part of their address,
 * and what other modules add (their organizations' names).
 */
@Component
class PersonalInformation {

	private final ObjectProvider<PersonalWords> personalWords;

	PersonalInformation(ObjectProvider<PersonalWords> personalWords) {
		this.personalWords = personalWords;
	}

	/**
	 * @param user whose password it is
	 * @param displayName the name the user is giving, when it replaces the stored one
	 */
	List<String> of(UserAccount user, String displayName) {
		List<String> personal = new ArrayList<>();
		personal.add((displayName != null) ? displayName : user.displayName());
		personal.add(user.email().substring(0, user.email().indexOf('@')));
		PersonalWords words = this.personalWords.getIfAvailable();
		if (words != null) {
			personal.addAll(words.of(user.id()));
		}
		return personal;
	}

}
