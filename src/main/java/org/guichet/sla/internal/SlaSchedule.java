package org.guichet.sla.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the SLA job every minute, so that a ticket turns urgent or late, and its alert
 * goes out, within a minute of the moment. Absent when {@code guichet.scheduling.enabled}
 * is false (the tests run the job themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "guichet.scheduling.enabled", matchIfMissing = true)
class SlaSchedule {

	private final SlaJob job;

	SlaSchedule(SlaJob job) {
		this.job = job;
	}

	@Scheduled(fixedDelayString = "${guichet.sla.check-interval:60s}", initialDelayString = "20s")
	void run() {
		this.job.run();
	}

}
