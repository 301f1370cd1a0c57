package org.guichet.account.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.guichet.shared.Sha256;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions a user has open, on any node (they are stored in PostgreSQL): listed and
 * ended from their profile, all ended when their account is blocked or its password
 * reset. A session is shown by a handle derived from its id, never by the id itself,
 * which would let whoever reads the page take the session over.
 */
@Component
public class UserSessions {

	/** Session attribute holding the browser's description, recorded at sign-in. */
	public static final String DEVICE = "guichet.device";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	public List<OpenSession> of(String email, String currentSessionId) {
		return this.sessions.findByPrincipalName(email)
			.values()
			.stream()
			.map((session) -> new OpenSession(handle(session.getId()), session.getAttribute(DEVICE),
					session.getCreationTime(), session.getLastAccessedTime(), session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(OpenSession::lastActivity).reversed())
			.toList();
	}

	/**
	 * @return whether a session of this user had that handle
	 */
	public boolean end(String email, String handle) {
		for (Map.Entry<String, ? extends Session> session : this.sessions.findByPrincipalName(email).entrySet()) {
			if (handle(session.getKey()).equals(handle)) {
				this.sessions.deleteById(session.getKey());
				return true;
			}
		}
		return false;
	}

	/**
	 * Ends every session of the user: their next request finds them signed out.
	 * @param email the user's normalized address, under which sessions are indexed
	 */
	void endAll(String email) {
		this.sessions.findByPrincipalName(email).keySet().forEach(this.sessions::deleteById);
	}

	/**
	 * Ends every session of the user but the current one.
	 */
	public void endOthers(String email, String currentSessionId) {
		this.sessions.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(currentSessionId))
			.forEach(this.sessions::deleteById);
	}

	/**
	 * What identifies a session in pages and links without revealing its id: the start of
	 * the id's SHA-256.
	 */
	static String handle(String sessionId) {
		return Sha256.hex(sessionId).substring(0, 24);
	}

	/**
	 * @param handle what identifies the session in pages
	 * @param device the browser's description, if known
	 * @param created when it began
	 * @param lastActivity when it was last used
	 * @param current whether it is the session showing the page
	 */
	public record OpenSession(String handle, String device, Instant created, Instant lastActivity, boolean current) {
	}

}
