package org.guichet.ticket.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for unanswered solutions every hour. Absent when
 * {@code guichet.scheduling.enabled} is false (the tests run the job themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "guichet.scheduling.enabled", matchIfMissing = true)
class UnansweredSolutionsSchedule {

	private final UnansweredSolutions job;

	UnansweredSolutionsSchedule(UnansweredSolutions job) {
		this.job = job;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void closeDue() {
		this.job.closeDue();
	}

}
