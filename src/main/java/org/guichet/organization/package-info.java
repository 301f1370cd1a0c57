/**
 * Customer organizations (companies, public bodies, households) and the memberships that
 * give their people a role in the portal.
 */
@ApplicationModule(displayName = "Organizations")
package org.guichet.organization;

import org.springframework.modulith.ApplicationModule;
