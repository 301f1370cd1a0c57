package org.guichet.knowledge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.guichet.knowledge.internal.SearchResults.CategoryFacet;

/**
 * The category filter of a search, as a tree: a category counts its own articles and its
 * sub-categories'. Without a choice the top categories are offered; once one is chosen,
 * the way down to it, then its sub-categories.
 */
final class CategoryFacets {

	/** Deeper than this, a tree is taken as broken (a parent loop) and cut. */
	private static final int MAX_DEPTH = 10;

	private final Map<String, Node> byId = new HashMap<>();

	private final Map<String, List<Node>> children = new HashMap<>();

	private final Map<String, Long> own;

	private final Map<String, Long> totals = new HashMap<>();

	private CategoryFacets(List<Node> tree, Map<String, Long> own) {
		this.own = own;
		for (Node node : tree) {
			this.byId.put(node.id(), node);
		}
		Comparator<Node> byName = Comparator.comparing((Node node) -> node.name().toLowerCase(Locale.ROOT));
		for (Node node : tree) {
			String parent = (node.parentId() != null && this.byId.containsKey(node.parentId())) ? node.parentId()
					: null;
			this.children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(node);
		}
		this.children.values().forEach((list) -> list.sort(byName));
	}

	/**
	 * @param tree every category
	 * @param own how many matching articles each category holds itself
	 * @param chosen the category the reader chose, or {@code null}
	 * @return the facets to show, in order
	 */
	static List<CategoryFacet> of(List<Node> tree, Map<String, Long> own, UUID chosen) {
		return new CategoryFacets(tree, own).facets((chosen != null) ? chosen.toString() : null);
	}

	private List<CategoryFacet> facets(String chosen) {
		List<CategoryFacet> facets = new ArrayList<>();
		if (chosen == null || !this.byId.containsKey(chosen)) {
			offer(this.children.getOrDefault(null, List.of()), 0, facets);
			return facets;
		}
		LinkedList<Node> path = new LinkedList<>();
		for (Node node = this.byId.get(chosen); node != null && path.size() < MAX_DEPTH; node = parent(node)) {
			path.addFirst(node);
		}
		for (int depth = 0; depth < path.size(); depth++) {
			Node node = path.get(depth);
			facets.add(new CategoryFacet(node.id(), node.name(), total(node, 0), depth, node.id().equals(chosen)));
		}
		offer(this.children.getOrDefault(chosen, List.of()), path.size(), facets);
		return facets;
	}

	private void offer(List<Node> nodes, int depth, List<CategoryFacet> facets) {
		for (Node node : nodes) {
			long total = total(node, 0);
			if (total > 0) {
				facets.add(new CategoryFacet(node.id(), node.name(), total, depth, false));
			}
		}
	}

	private long total(Node node, int depth) {
		Long known = this.totals.get(node.id());
		if (known != null) {
			return known;
		}
		long total = this.own.getOrDefault(node.id(), 0L);
		if (depth < MAX_DEPTH) {
			for (Node child : this.children.getOrDefault(node.id(), List.of())) {
				total += total(child, depth + 1);
			}
		}
		this.totals.put(node.id(), total);
		return total;
	}

	private Node parent(Node node) {
		return (node.parentId() != null) ? this.byId.get(node.parentId()) : null;
	}

	/**
	 * A category of the tree.
	 *
	 * @param id its id
	 * @param parentId its parent's id, or {@code null} at the top
	 * @param name its name
	 */
	record Node(String id, String parentId, String name) {

	}

}
