/**
 * E-mail (an outbox sent by a job), and later in-app notifications and inbound mail.
 * Other modules write mail with {@link org.guichet.notification.Outbox} inside their own
 * transaction.
 */
@ApplicationModule(displayName = "Notifications")
package org.guichet.notification;

import org.springframework.modulith.ApplicationModule;
