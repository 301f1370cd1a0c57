/**
 * E-mail (an outbox sent by a job), notices to staff (under the bell and by e-mail, as
 * each chooses per kind), and later inbound mail. Other modules write mail with
 * {@link org.guichet.notification.Outbox} and tell staff with
 * {@link org.guichet.notification.StaffNotifications}, inside their own transaction.
 */
@ApplicationModule(displayName = "Notifications")
package org.guichet.notification;

import org.springframework.modulith.ApplicationModule;
