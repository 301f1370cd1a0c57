package org.guichet.sla.internal;

import java.util.UUID;

/**
 * An administrator or manager changed a service level or the calendar: the open tickets'
 * clocks it applies to are to be recomputed.
 *
 * @param requestTypeId the request type whose own level changed, or {@code null} when the
 * defaults or the calendar changed (every clock counting the defaults, or every clock)
 * @param calendar whether the calendar changed, which concerns every clock
 */
public record ServiceLevelChanged(UUID requestTypeId, boolean calendar) {

}
