/**
 * The installation's settings, the first-run setup, and the admin area.
 */
@ApplicationModule(displayName = "Administration")
package org.guichet.administration;

import org.springframework.modulith.ApplicationModule;
