package org.guichet.ticket;

import org.springframework.core.io.InputStreamSource;

/**
 * A file someone attaches to a message.
 *
 * @param fileName the name it was uploaded with
 * @param size its size in bytes, as uploaded
 * @param content its bytes, readable more than once (an uploaded multipart file is)
 */
public record Upload(String fileName, long size, InputStreamSource content) {

}
