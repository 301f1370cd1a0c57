package org.guichet.notification;

/**
 * A file of an inbound e-mail, as the message names it: nothing here is checked beyond
 * its name, cleaned of folders and control characters.
 *
 * @param fileName its name
 * @param declaredType the media type the message says, to be checked against the content
 * @param contentId the Content-ID an HTML body refers to ({@code cid:}), without angle
 * brackets, or {@code null}
 * @param inline whether it is shown in the body (an image) rather than attached
 * @param content its bytes
 */
public record InboundAttachment(String fileName, String declaredType, String contentId, boolean inline,
		byte[] content) {

	public long size() {
		return this.content.length;
	}

}
