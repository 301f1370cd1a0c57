/**
 * The staff workspace: queues, search, assignment and replies to requesters.
 */
@ApplicationModule(displayName = "Desk")
package org.guichet.desk;

import org.springframework.modulith.ApplicationModule;
