package org.guichet.sla.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.guichet.sla.ServiceLevel;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the service-level settings. Each change that moves due dates publishes
 * {@link ServiceLevelChanged}, after which the open clocks concerned are recomputed from
 * their recorded history.
 */
@Service
public class SlaAdministration {

	private final SlaStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SlaAdministration(SlaStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SlaSettings settings() {
		return this.store.settings();
	}

	@Transactional(readOnly = true)
	public Map<LocalDate, String> closures() {
		return this.store.closures();
	}

	@Transactional(readOnly = true)
	public Optional<ServiceLevel> typeLevel(UUID requestTypeId) {
		return this.store.typeLevel(requestTypeId);
	}

	@Transactional(readOnly = true)
	public Set<UUID> typesWithLevel() {
		return this.store.typesWithLevel();
	}

	/**
	 * @throws OptimisticLockingFailureException when they changed since {@code version}
	 */
	@Transactional
	public void saveSettings(SlaSettings settings, long version) {
		SlaSettings before = this.store.settings();
		if (!this.store.saveSettings(settings, version, this.clock.instant())) {
			throw new OptimisticLockingFailureException("The SLA settings changed since version " + version);
		}
		boolean calendar = !before.calendar().equals(settings.calendar());
		if (calendar || !before.defaults().equals(settings.defaults())) {
			this.events.publishEvent(new ServiceLevelChanged(null, calendar));
		}
	}

	/**
	 * @return whether the day was added (not when it was a closure already)
	 */
	@Transactional
	public boolean addClosure(LocalDate day, String label) {
		boolean added = this.store.addClosure(day, label);
		if (added) {
			this.events.publishEvent(new ServiceLevelChanged(null, true));
		}
		return added;
	}

	@Transactional
	public boolean removeClosure(LocalDate day) {
		boolean removed = this.store.removeClosure(day);
		if (removed) {
			this.events.publishEvent(new ServiceLevelChanged(null, true));
		}
		return removed;
	}

	@Transactional
	public void saveTypeLevel(UUID requestTypeId, ServiceLevel level) {
		if (!level.equals(this.store.typeLevel(requestTypeId).orElse(null))) {
			this.store.saveTypeLevel(requestTypeId, level, this.clock.instant());
			this.events.publishEvent(new ServiceLevelChanged(requestTypeId, false));
		}
	}

	@Transactional
	public boolean removeTypeLevel(UUID requestTypeId) {
		boolean removed = this.store.removeTypeLevel(requestTypeId);
		if (removed) {
			this.events.publishEvent(new ServiceLevelChanged(requestTypeId, false));
		}
		return removed;
	}

}
