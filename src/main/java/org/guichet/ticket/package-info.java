/**
 * Support requests ("demandes"): the ticket, its workflow from "À traiter" to "Clôturée",
 * its number, impact, urgency and priority.
 */
@ApplicationModule(displayName = "Tickets")
package org.guichet.ticket;

import org.springframework.modulith.ApplicationModule;
