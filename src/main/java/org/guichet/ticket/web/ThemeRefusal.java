package org.guichet.ticket.web;

/**
 * Which of the small theme forms of the page was refused, so that the page shows the
 * message next to that form's field, with what was typed.
 *
 * @param field the id of the refused form's text field
 * @param value what was typed
 * @param messageKey the message
 */
public record ThemeRefusal(String field, String value, String messageKey) {

}
