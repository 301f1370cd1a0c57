package org.guichet.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.guichet.bench.TicketWords.Theme;
import org.guichet.bench.TicketWords.Type;
import org.guichet.ticket.Impact;
import org.guichet.ticket.TicketState;
import org.guichet.ticket.Urgency;

/**
 * The k-th of n generated tickets, and its history, as a pure function of the seed, k, n
 * and the moment generation ends. Ticket k is filed at the k-th n-th of the five years
 * before that moment (so tickets are in number order); recent tickets are mostly open,
 * older ones closed. Who files and handles it is drawn here ({@code organizationDraw},
 * {@code memberDraw}, {@code agentDraw}) and resolved by {@link TicketStep} against the
 * generated organizations and agents.
 *
 * @param big whether it is a ticket of the big organization, filed by its
 * {@code bigRequester}-th customer
 * @param closure ACCEPTED, AUTOMATIC, BEFORE_INTERVENTION or {@code null}
 * @param taken when an agent took it, or {@code null}
 * @param history its articles, in order
 */
record GeneratedTicket(UUID id, Instant createdAt, int type, int theme, String subject, Impact impact, Urgency urgency,
		TicketState state, String closure, String reason, Instant taken, Instant resolvedAt, Instant closedAt,
		Instant updatedAt, String channel, boolean big, int bigRequester, double organizationDraw, int memberDraw,
		int agentDraw, String mailToken, List<Entry> history) {

	/** Five years of tickets. */
	static final Duration SPAN = Duration.ofDays(5 * 365 + 1);

	/**
	 * How many tickets the big organization has (fewer when there are not twice as many).
	 */
	static final int BIG_TICKETS = 5000;

	/** Resolved tickets close by themselves after ten days: none older than nine here. */
	private static final Duration RESOLVED_AT_MOST = Duration.ofDays(9);

	/**
	 * An entry of the history.
	 *
	 * @param kind PUBLIC, INTERNAL or SYSTEM
	 * @param author who wrote it: the requester, the agent, or nobody (an automatic
	 * closing)
	 * @param body HTML for messages, the message key for system entries
	 * @param files names of the files attached
	 * @param clock what it does to the SLA clock (PAUSE, RESUME, RESPONSE), in order
	 */
	record Entry(String kind, Author author, String body, Instant at, List<String> files, List<String> clock) {
	}

	enum Author {

		REQUESTER, AGENT, NOBODY

	}

	/**
	 * @return when ticket k of n is filed: always later than ticket k - 1
	 */
	static Instant createdAt(long seed, int k, int count, Instant end) {
		double u = new Random(seed * 1_000_003L + 5_000_000_000L + k).nextDouble();
		return end.minus(SPAN).plusMillis((long) ((k + u) * SPAN.toMillis() / count));
	}

	/**
	 * @return the stride of the big organization's tickets: ticket k is one of them when
	 * {@code k % stride == 0} and {@code k / stride < BIG_TICKETS}
	 */
	static int bigStride(int count) {
		return Math.max(2, count / BIG_TICKETS);
	}

	static GeneratedTicket of(long seed, int k, int count, Instant end) {
		Instant created = createdAt(seed, k, count, end);
		Random random = new Random(seed * 1_000_003L + 6_000_000_000L + k);
		UUID id = GeneratedOrganization.uuid(random);
		int type = typeOf(random);
		Type t = TicketWords.TYPES.get(type);
		int theme = random.nextInt(t.themes().size());
		Theme th = t.themes().get(theme);
		String subject = GeneratedOrganization.pick(random, th.subjects())
				+ GeneratedOrganization.pick(random, TicketWords.CONTEXTS);
		Impact impact = Impact.values()[weighted(random, 50, 30, 5, 15)];
		Urgency urgency = Urgency.values()[weighted(random, 30, 50, 20)];
		String channel = switch (weighted(random, 70, 20, 10)) {
			case 0 -> "PORTAL";
			case 1 -> "EMAIL";
			default -> "DESK";
		};
		int stride = bigStride(count);
		boolean big = k % stride == 0 && k / stride < BIG_TICKETS;
		double days = Duration.between(created, end).toMinutes() / 1440.0;
		TicketState state = state(random, days);
		Story story = new Story(random, created, end, state, channel);
		story.tell(subject);
		return new GeneratedTicket(id, created, type, theme, subject, impact, urgency, state, story.closure,
				story.reason, story.taken, story.resolved, story.closed, story.last(), channel, big,
				(k / stride) % TicketStep.BIG_CUSTOMERS, random.nextDouble(), random.nextInt(Integer.MAX_VALUE),
				random.nextInt(Integer.MAX_VALUE), mailToken(random), story.entries);
	}

	/**
	 * Recent tickets are mostly open, the older the fewer: nine in ten of today's, a few
	 * in a hundred of last year's (forgotten ones).
	 */
	private static TicketState state(Random random, double days) {
		double open = 0.95 * Math.exp(-days / 30) + 0.08 * Math.exp(-days / 365);
		if (random.nextDouble() < open) {
			if (days < 1) {
				return (random.nextInt(10) < 7) ? TicketState.NEW : TicketState.IN_PROGRESS;
			}
			if (days < RESOLVED_AT_MOST.toDays()) {
				return List
					.of(TicketState.NEW, TicketState.IN_PROGRESS, TicketState.WAITING_FOR_REQUESTER,
							TicketState.RESOLVED)
					.get(weighted(random, 10, 40, 20, 30));
			}
			return List.of(TicketState.NEW, TicketState.IN_PROGRESS, TicketState.WAITING_FOR_REQUESTER)
				.get(weighted(random, 10, 60, 30));
		}
		return (random.nextInt(100) < 5) ? TicketState.CANCELLED : TicketState.CLOSED;
	}

	private static int typeOf(Random random) {
		int roll = random.nextInt(100);
		for (int i = 0; i < TicketWords.TYPES.size(); i++) {
			roll -= TicketWords.TYPES.get(i).weight();
			if (roll < 0) {
				return i;
			}
		}
		return 0;
	}

	static int weighted(Random random, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static String mailToken(Random random) {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * The history of a ticket that ends in a given state, told as Guichet writes it.
	 */
	private static final class Story {

		private final Random random;

		private final Instant created;

		private final Instant end;

		private final TicketState state;

		private final String channel;

		private final List<Entry> entries = new ArrayList<>();

		/** How long its handling lasts, all of it before the end of generation. */
		private final long span;

		private long clock;

		private Instant taken;

		private Instant resolved;

		private Instant closed;

		private String closure;

		private String reason;

		Story(Random random, Instant created, Instant end, TicketState state, String channel) {
			this.random = random;
			this.created = created;
			this.end = end;
			this.state = state;
			this.channel = channel;
			long left = Duration.between(created, end).toMillis() - 60_000;
			// from two hours to about three weeks, skewed towards short ones
			long wanted = (long) (Math.exp(Math.log(7.2e6) + random.nextDouble() * Math.log(250.0)));
			this.span = state.isOpen() ? (long) (left * (0.3 + 0.6 * random.nextDouble()))
					: Math.max(0, Math.min(wanted, left));
		}

		void tell(String subject) {
			write("PUBLIC", Author.REQUESTER, description(subject), requesterFiles());
			if (this.state == TicketState.NEW) {
				return;
			}
			if (this.state == TicketState.CANCELLED) {
				this.reason = GeneratedOrganization.pick(this.random, TicketWords.CANCEL_REASONS);
				this.closed = step(0.2);
				entry("SYSTEM", Author.REQUESTER, "ticket.history.cancelled", this.closed, List.of(), List.of());
				return;
			}
			if (this.state == TicketState.CLOSED && this.random.nextInt(100) < 3) {
				this.closure = "BEFORE_INTERVENTION";
				this.reason = GeneratedOrganization.pick(this.random, TicketWords.CANCEL_REASONS);
				this.closed = step(0.2);
				entry("SYSTEM", Author.REQUESTER, "ticket.history.closedBeforeIntervention", this.closed, List.of(),
						List.of());
				return;
			}
			this.taken = step(0.1);
			entry("SYSTEM", Author.AGENT, "ticket.history.taken", this.taken, List.of(), List.of());
			if (this.random.nextInt(100) < 30) {
				write("INTERNAL", Author.AGENT, paragraph(TicketWords.NOTES), List.of());
			}
			int rounds = weighted(this.random, 35, 45, 20);
			for (int r = 0; r < rounds; r++) {
				ask();
				answer();
			}
			switch (this.state) {
				case IN_PROGRESS -> {
					if (this.random.nextBoolean()) {
						write("PUBLIC", Author.AGENT, paragraph(TicketWords.AGENT_ANSWERS), List.of(), "RESPONSE");
					}
				}
				case WAITING_FOR_REQUESTER -> ask();
				default -> {
					// RESOLVED and CLOSED: a solution, then for CLOSED its acceptance or
					// the
					// automatic closing ten days later
					write("PUBLIC", Author.AGENT, paragraph(TicketWords.SOLUTIONS), List.of(), "PAUSE", "RESPONSE");
					this.resolved = at();
					entry("SYSTEM", Author.AGENT, "ticket.history.solutionProposed", this.resolved, List.of(),
							List.of());
				}
			}
			if (this.state == TicketState.CLOSED) {
				Duration left = Duration.between(this.resolved, this.end);
				if (this.random.nextInt(100) < 55 || left.toDays() < 11) {
					this.closure = "ACCEPTED";
					this.closed = this.resolved
						.plusMillis(Math.min(600_000L + this.random.nextInt(3 * 86400) * 1000L, left.toMillis() / 2));
					entry("SYSTEM", Author.REQUESTER, "ticket.history.closed", this.closed, List.of(), List.of());
				}
				else {
					this.closure = "AUTOMATIC";
					this.closed = this.resolved.plus(Duration.ofDays(10)).plusSeconds(this.random.nextInt(3600));
					entry("SYSTEM", Author.NOBODY, "ticket.history.closedAutomatically", this.closed, List.of(),
							List.of());
				}
			}
		}

		private void ask() {
			write("PUBLIC", Author.AGENT, paragraph(TicketWords.AGENT_ANSWERS), List.of(), "PAUSE", "RESPONSE");
		}

		private void answer() {
			write("PUBLIC", Author.REQUESTER, paragraph(TicketWords.REQUESTER_ANSWERS), requesterFiles(), "RESUME");
		}

		private void write(String kind, Author author, String html, List<String> files, String... clock) {
			entry(kind, author, html, step(0.25), files, List.of(clock));
		}

		private void entry(String kind, Author author, String body, Instant at, List<String> files,
				List<String> clock) {
			this.entries.add(new Entry(kind, author, body, at, files, clock));
		}

		/**
		 * @return the moment of the next entry: a share of what is left of the handling
		 * time after the last one
		 */
		private Instant step(double share) {
			if (!this.entries.isEmpty()) {
				this.clock += (long) ((this.span - this.clock) * share * this.random.nextDouble()) + 1000;
			}
			return this.created.plusMillis(this.clock);
		}

		private Instant at() {
			return this.entries.get(this.entries.size() - 1).at();
		}

		Instant last() {
			Instant last = this.created;
			for (Entry entry : this.entries) {
				last = entry.at().isAfter(last) ? entry.at() : last;
			}
			return last;
		}

		private String description(String subject) {
			StringBuilder html = new StringBuilder("<p>")
				.append(GeneratedOrganization.pick(this.random, TicketWords.OPENINGS))
				.append("</p><p>")
				.append(subject)
				.append(". ");
			int sentences = 1 + this.random.nextInt(3);
			for (int s = 0; s < sentences; s++) {
				html.append(GeneratedOrganization.pick(this.random, TicketWords.DETAILS)).append(' ');
			}
			return html.append("</p><p>")
				.append(GeneratedOrganization.pick(this.random, TicketWords.CLOSINGS))
				.append("</p>")
				.toString()
				.replace(" </p>", "</p>");
		}

		private String paragraph(List<String> sentences) {
			return "<p>" + GeneratedOrganization.pick(this.random, sentences) + "</p>";
		}

		private List<String> requesterFiles() {
			if ("EMAIL".equals(this.channel) && this.random.nextInt(4) == 0) {
				return List.of(GeneratedOrganization.pick(this.random, TicketWords.FILE_NAMES));
			}
			int roll = this.random.nextInt(100);
			if (roll < 3) {
				return List.of(GeneratedOrganization.pick(this.random, TicketWords.FILE_NAMES),
						GeneratedOrganization.pick(this.random, TicketWords.FILE_NAMES));
			}
			return (roll < 15) ? List.of(GeneratedOrganization.pick(this.random, TicketWords.FILE_NAMES)) : List.of();
		}

	}

}
