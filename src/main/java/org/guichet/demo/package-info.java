/**
 * Demonstration data, so that a newcomer sees a living system: loaded into an empty
 * database when {@code guichet.demo-data} is on (by default only on the embedded
 * database). Each module's issue adds its own objects here, always through the modules'
 * public APIs.
 */
@ApplicationModule(displayName = "Demo data")
package org.guichet.demo;

import org.springframework.modulith.ApplicationModule;
