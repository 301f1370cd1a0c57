package org.guichet.account.internal;

import java.time.Clock;
import java.util.UUID;

import org.guichet.account.SecurityEventType;
import org.guichet.account.SecurityLog;
import org.guichet.account.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SecurityLogService implements SecurityLog {

	private final SecurityEventRepository events;

	private final Clock clock;

	SecurityLogService(SecurityEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(SecurityEventType type, UserId actor, UserId subject, String subjectEmail, String details) {
		this.events.save(new SecurityEvent(type, (actor != null) ? actor.value() : null,
				(subject != null) ? subject.value() : null, subjectEmail, details, this.clock.instant()));
	}

	@Override
	@Transactional
	public void recordForOrganization(SecurityEventType type, UserId actor, UUID organization, String details) {
		this.events.save(new SecurityEvent(type, actor.value(), null, null, details, this.clock.instant())
			.forOrganization(organization));
	}

}
