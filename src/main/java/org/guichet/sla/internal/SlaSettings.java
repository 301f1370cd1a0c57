package org.guichet.sla.internal;

import org.guichet.sla.BusinessCalendar;
import org.guichet.sla.ServiceLevel;

/**
 * The installation's service-level settings.
 *
 * @param defaults the service level of request types without their own
 * @param calendar the business calendar every working-time policy counts in, with its
 * closure days
 * @param detailedAlerts whether reminder and breach alerts list each ticket
 * ("détaillées") or give counts only
 * @param version for optimistic locking of the form
 */
public record SlaSettings(ServiceLevel defaults, BusinessCalendar calendar, boolean detailedAlerts, long version) {

}
