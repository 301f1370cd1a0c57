package org.guichet.ticket;

import org.guichet.account.UserId;

/**
 * A staff member looking at the desk: their categories' rights are read from the database
 * by every query; an administrator sees every ticket, with the right to manage.
 *
 * @param id who they are
 * @param administrator whether they administer the installation
 */
public record DeskUser(UserId id, boolean administrator) {

}
