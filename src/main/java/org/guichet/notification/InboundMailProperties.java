package org.guichet.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The support mailbox that Guichet reads (IMAP), and what it does with what arrives.
 * Passwords and tokens come from the environment or an external configuration file, never
 * from the repository.
 *
 * @param enabled whether the mailbox is read at all
 * @param host the IMAP server
 * @param port its port (993 for {@code SSL}, 143 otherwise)
 * @param security how the connection is protected: {@code SSL} (implicit TLS),
 * {@code STARTTLS} (required), or {@code NONE} (tests only)
 * @param username the mailbox's user
 * @param password its password; ignored when {@code oauth2Token} is set
 * @param oauth2Token an OAuth2 access token, sent with SASL XOAUTH2 (Microsoft 365,
 * Google)
 * @param folder the folder read
 * @param processedFolder where handled messages are moved; empty to leave them in
 * {@code folder}, marked seen
 * @param pollInterval how often the mailbox is read
 * @param batchSize how many messages one reading handles at most
 * @param timeout how long to wait for the server to connect or answer
 * @param maxMessageSize the largest message read; a larger one is set aside in quarantine
 * with its headers only
 * @param perSenderPerHour how many messages one address may send in an hour; the others
 * go to quarantine
 * @param address the support address, e.g. {@code support@example.org}: outgoing ticket
 * mails answer to {@code support+<token>@example.org}. Empty: ticket mails carry no
 * Reply-To, and requesters answer in the portal
 * @param createTickets whether a new message (no ticket reference) from an active member
 * files a ticket; otherwise it goes to quarantine
 * @param requestType the code of the request type of tickets filed by e-mail, e.g.
 * {@code QUESTION}
 */
@ConfigurationProperties("guichet.mail.inbound")
public record InboundMailProperties(@DefaultValue("false") boolean enabled, String host, @DefaultValue("993") int port,
		@DefaultValue("SSL") Security security, String username, String password, String oauth2Token,
		@DefaultValue("INBOX") String folder, String processedFolder, @DefaultValue("1m") Duration pollInterval,
		@DefaultValue("50") int batchSize, @DefaultValue("30s") Duration timeout,
		@DefaultValue("25MB") DataSize maxMessageSize, @DefaultValue("20") int perSenderPerHour, String address,
		@DefaultValue("false") boolean createTickets, String requestType) {

	/**
	 * How the IMAP connection is protected.
	 */
	public enum Security {

		NONE, STARTTLS, SSL

	}

	/**
	 * @return whether outgoing mails carry a Reply-To address with the ticket's token
	 */
	public boolean answersByMail() {
		return this.address != null && this.address.contains("@");
	}

}
