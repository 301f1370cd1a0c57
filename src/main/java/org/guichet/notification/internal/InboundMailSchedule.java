package org.guichet.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox on a fixed delay, when {@code guichet.mail.inbound.enabled}.
 * Absent when {@code guichet.scheduling.enabled} is false (the tests read it themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "guichet.scheduling.enabled", matchIfMissing = true)
class InboundMailSchedule {

	private static final Logger log = LoggerFactory.getLogger(InboundMailSchedule.class);

	private final InboundMailPoller poller;

	InboundMailSchedule(InboundMailPoller poller) {
		this.poller = poller;
	}

	@Scheduled(fixedDelayString = "${guichet.mail.inbound.poll-interval:1m}", initialDelayString = "20s")
	void poll() {
		try {
			this.poller.poll();
		}
		catch (IllegalStateException ex) {
			// already logged: the next run tries again
			log.debug("Mailbox not read this time", ex);
		}
	}

}
