package org.guichet.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail is sent.
 *
 * @param from the sender's address; the provider's name is used as the sender's name
 * @param sendInterval how often the outbox job looks for mail to send
 * @param batchSize how many messages one run of the job sends at most
 * @param maxAttempts after this many failed attempts a message is marked failed and waits
 * for an administrator to retry it
 * @param firstRetryDelay the wait after the first failure; it doubles after each failure
 * @param maxRetryDelay the longest wait between two attempts
 */
@ConfigurationProperties("guichet.notification")
public record NotificationProperties(@DefaultValue("guichet@localhost") String from,
		@DefaultValue("15s") Duration sendInterval, @DefaultValue("50") int batchSize,
		@DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration firstRetryDelay,
		@DefaultValue("1h") Duration maxRetryDelay) {

	/**
	 * @param failures how many attempts failed so far (1 or more)
	 * @return how long to wait before the next attempt
	 */
	Duration retryDelay(int failures) {
		Duration delay = this.firstRetryDelay.multipliedBy(1L << Math.min(failures - 1, 20));
		return (delay.compareTo(this.maxRetryDelay) > 0) ? this.maxRetryDelay : delay;
	}

}
