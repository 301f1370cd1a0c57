package org.guichet.account;

import java.util.Collection;
import java.util.Set;

/**
 * Which e-mails users chose to receive, asked by the modules that send them.
 */
public interface NotificationPreferences {

	/**
	 * @param users the candidates
	 * @param topic what the e-mail is about
	 * @return those of the users who want e-mails on that topic and can receive them
	 * (blocked accounts cannot)
	 */
	Set<UserId> whoWants(Collection<UserId> users, NotificationTopic topic);

}
