package org.guichet.ticket;

import java.util.EnumMap;
import java.util.Map;

/**
 * Derives a ticket's priority from its impact and urgency (ITIL's matrix), so that the
 * requester describes the problem and the provider decides the order.
 */
public final class PriorityMatrix {

	private final Map<Impact, Map<Urgency, Priority>> cells;

	private PriorityMatrix(Map<Impact, Map<Urgency, Priority>> cells) {
		for (Impact impact : Impact.values()) {
			for (Urgency urgency : Urgency.values()) {
				if (cells.getOrDefault(impact, Map.of()).get(urgency) == null) {
					throw new IllegalArgumentException("No priority for " + impact + " and " + urgency);
				}
			}
		}
		this.cells = cells;
	}

	/**
	 * The default: a blocking stop is critical when urgent; a minor problem is never more
	 * than normal.
	 */
	public static PriorityMatrix standard() {
		Map<Impact, Map<Urgency, Priority>> cells = new EnumMap<>(Impact.class);
		cells.put(Impact.MINOR, row(Priority.LOW, Priority.LOW, Priority.NORMAL));
		cells.put(Impact.PARTIAL, row(Priority.LOW, Priority.NORMAL, Priority.HIGH));
		cells.put(Impact.LEGAL_DEADLINE, row(Priority.NORMAL, Priority.HIGH, Priority.CRITICAL));
		cells.put(Impact.BLOCKING, row(Priority.HIGH, Priority.CRITICAL, Priority.CRITICAL));
		return new PriorityMatrix(cells);
	}

	/**
	 * @param cells a priority for every impact and urgency
	 * @throws IllegalArgumentException when one is missing
	 */
	public static PriorityMatrix of(Map<Impact, Map<Urgency, Priority>> cells) {
		return new PriorityMatrix(cells);
	}

	/**
	 * @return this matrix with one cell changed
	 */
	public PriorityMatrix with(Impact impact, Urgency urgency, Priority priority) {
		Map<Impact, Map<Urgency, Priority>> changed = new EnumMap<>(Impact.class);
		this.cells.forEach((row, priorities) -> changed.put(row, new EnumMap<>(priorities)));
		changed.get(impact).put(urgency, priority);
		return new PriorityMatrix(changed);
	}

	public Priority priorityOf(Impact impact, Urgency urgency) {
		return this.cells.get(impact).get(urgency);
	}

	private static Map<Urgency, Priority> row(Priority low, Priority medium, Priority high) {
		Map<Urgency, Priority> row = new EnumMap<>(Urgency.class);
		row.put(Urgency.LOW, low);
		row.put(Urgency.MEDIUM, medium);
		row.put(Urgency.HIGH, high);
		return row;
	}

}
