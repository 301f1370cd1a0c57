/**
 * Users, their credentials and sign-in: who somebody is and what the staff among them may
 * do. Customer roles are not here: they belong to memberships of organizations.
 */
@ApplicationModule(displayName = "Accounts")
package org.guichet.account;

import org.springframework.modulith.ApplicationModule;
