package org.guichet.knowledge.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two texts, line by line (longest common subsequence): enough for
 * staff to see what a version changed.
 */
public final class LineDiff {

	/**
	 * Beyond this many lines on a side, the texts are shown whole, removed then added.
	 */
	private static final int MAX_LINES = 2000;

	private LineDiff() {
	}

	/**
	 * @return the lines of both texts in order, each kept, removed (only in the old) or
	 * added (only in the new)
	 */
	public static List<Line> between(String older, String newer) {
		String[] a = lines(older);
		String[] b = lines(newer);
		List<Line> diff = new ArrayList<>();
		if (a.length > MAX_LINES || b.length > MAX_LINES) {
			for (String line : a) {
				diff.add(new Line(Change.REMOVED, line));
			}
			for (String line : b) {
				diff.add(new Line(Change.ADDED, line));
			}
			return diff;
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				diff.add(new Line(Change.KEPT, a[i]));
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				diff.add(new Line(Change.REMOVED, a[i++]));
			}
			else {
				diff.add(new Line(Change.ADDED, b[j++]));
			}
		}
		while (i < a.length) {
			diff.add(new Line(Change.REMOVED, a[i++]));
		}
		while (j < b.length) {
			diff.add(new Line(Change.ADDED, b[j++]));
		}
		return diff;
	}

	private static String[] lines(String text) {
		return (text == null || text.isEmpty()) ? new String[0] : text.split("\\R");
	}

	/**
	 * How a line changed.
	 */
	public enum Change {

		KEPT, REMOVED, ADDED

	}

	/**
	 * A line of the diff.
	 *
	 * @param change how it changed
	 * @param text its text
	 */
	public record Line(Change change, String text) {

	}

}
