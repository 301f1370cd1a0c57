package org.guichet.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox sender on a fixed delay. Absent when {@code guichet.scheduling.enabled}
 * is false (the tests run the sender themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "guichet.scheduling.enabled", matchIfMissing = true)
class OutboxSchedule {

	private final OutboxSender sender;

	OutboxSchedule(OutboxSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${guichet.notification.send-interval:15s}", initialDelayString = "5s")
	void sendDue() {
		this.sender.sendDue();
	}

}
