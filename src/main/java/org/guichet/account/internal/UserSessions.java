package org.guichet.account.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions a user has open, on any node (they are stored in PostgreSQL).
 */
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the user: their next request finds them signed out.
	 * @param email the user's normalized address, under which sessions are indexed
	 * @return how many sessions were ended
	 */
	int endAll(String email) {
		var open = this.sessions.findByPrincipalName(email).keySet();
		open.forEach(this.sessions::deleteById);
		return open.size();
	}

}
