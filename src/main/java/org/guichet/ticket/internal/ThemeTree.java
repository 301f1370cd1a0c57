package org.guichet.ticket.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.guichet.ticket.ThemeView;

/**
 * Puts the themes of a request type in their tree: siblings by position then name, each
 * theme's path after its parents', and a theme offered only when its parents are.
 */
final class ThemeTree {

	static final String PATH_SEPARATOR = " › ";

	/** Names sorted as a French reader expects: accents and case after the letters. */
	static final Comparator<Object> NAME_ORDER = Collator.getInstance(Locale.FRENCH);

	static final Comparator<RequestTheme> SIBLING_ORDER = Comparator.comparingInt(RequestTheme::position)
		.thenComparing(RequestTheme::name, NAME_ORDER);

	private ThemeTree() {
	}

	static List<ThemeNode> of(List<RequestTheme> themes) {
		return children(themes, null, null, true);
	}

	/**
	 * @return the themes depth-first, each followed by its children
	 */
	static List<ThemeView> flatten(List<ThemeNode> nodes) {
		List<ThemeView> views = new ArrayList<>();
		for (ThemeNode node : nodes) {
			views.add(node.theme());
			views.addAll(flatten(node.children()));
		}
		return views;
	}

	static List<RequestTheme> siblings(List<RequestTheme> themes, UUID parentId) {
		return themes.stream()
			.filter((theme) -> Objects.equals(theme.parentId(), parentId))
			.sorted(SIBLING_ORDER)
			.toList();
	}

	private static List<ThemeNode> children(List<RequestTheme> themes, UUID parentId, String parentPath,
			boolean parentOffered) {
		List<RequestTheme> siblings = siblings(themes, parentId);
		List<ThemeNode> nodes = new ArrayList<>();
		for (int i = 0; i < siblings.size(); i++) {
			RequestTheme theme = siblings.get(i);
			String path = (parentPath != null) ? parentPath + PATH_SEPARATOR + theme.name() : theme.name();
			boolean offered = parentOffered && theme.active();
			ThemeView view = new ThemeView(theme.id(), theme.parentId(), theme.name(), theme.depth(), path, offered);
			nodes.add(new ThemeNode(view, theme.active(), i == 0, i == siblings.size() - 1,
					children(themes, theme.id(), path, offered)));
		}
		return nodes;
	}

}
