/**
 * Service levels: business calendars (working days and hours, French public holidays,
 * closures), SLA policies, the clocks of tickets and their escalations.
 */
@ApplicationModule(displayName = "SLA")
package org.guichet.sla;

import org.springframework.modulith.ApplicationModule;
