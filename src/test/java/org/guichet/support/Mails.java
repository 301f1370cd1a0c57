package org.guichet.support;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads what the test SMTP server received.
 */
public final class Mails {

	private Mails() {
	}

	/**
	 * @return the messages received for this address
	 */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(TestMailServer.received()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((recipient) -> recipient.toString().contains(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	public static String text(MimeMessage message) {
		try {
			StringBuilder text = new StringBuilder();
			collect(message.getContent(), text);
			return text.toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @return the path of the first link of the mail that starts with the prefix, e.g.
	 * {@code /activate/}
	 */
	public static String linkPath(MimeMessage message, String pathPrefix) {
		Matcher link = Pattern.compile("https?://[^/\\s\"<]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)")
			.matcher(text(message));
		if (!link.find()) {
			throw new AssertionError("No link to " + pathPrefix + " in the mail");
		}
		return link.group(1);
	}

	private static void collect(Object content, StringBuilder text) throws Exception {
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i).getContent(), text);
			}
		}
		else {
			text.append(content).append('\n');
		}
	}

}
