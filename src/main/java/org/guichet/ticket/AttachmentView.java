package org.guichet.ticket;

import java.util.UUID;

/**
 * A file attached to a message of a ticket.
 *
 * @param id its id
 * @param articleId the message it came with
 * @param fileName the name it was uploaded with
 * @param mediaType what its content is, as its first bytes say
 * @param size its size in bytes
 * @param sha256 the name of its content in the file store
 */
public record AttachmentView(UUID id, UUID articleId, String fileName, String mediaType, long size, String sha256) {

}
