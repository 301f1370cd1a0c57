package org.guichet.ticket.internal;

import java.util.List;

import org.guichet.ticket.ThemeView;

/**
 * A theme as the administrator sees it: in its place in the tree, with its own switch
 * apart from whether customers may choose it (not when a parent is switched off).
 *
 * @param theme the theme as customers see it
 * @param switchedOn whether the administrator left it active
 * @param first whether it comes first among its siblings
 * @param last whether it comes last among its siblings
 * @param children its sous-thèmes or précisions, in order
 */
public record ThemeNode(ThemeView theme, boolean switchedOn, boolean first, boolean last, List<ThemeNode> children) {

	public ThemeNode {
		children = List.copyOf(children);
	}

	/**
	 * @return whether a theme may be added under it: a précision has no children
	 */
	public boolean mayHaveChildren() {
		return this.theme.depth() < RequestType.MAX_DEPTH;
	}

	/**
	 * @return whether it is switched on but hidden from customers by a parent switched
	 * off
	 */
	public boolean hiddenByParent() {
		return this.switchedOn && !this.theme.active();
	}

}
