/**
 * Value types and infrastructure used by every module: the embedded database, the page
 * layout and navigation, locale handling and error pages.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package org.guichet.shared;

import org.springframework.modulith.ApplicationModule;
