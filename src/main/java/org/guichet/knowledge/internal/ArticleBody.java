package org.guichet.knowledge.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guichet.shared.RichText;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The text of an article: the rich text of every message, plus the article's own images.
 * An image is kept only when it is one of the article's image files, served by
 * {@link #imagePath(UUID)}; its alternative text is always the description given with the
 * file, whatever the editor sent, so that no image reaches readers without one.
 */
final class ArticleBody {

	private static final Pattern IMAGE_PATH = Pattern
		.compile("^/kb/images/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");

	private ArticleBody() {
	}

	/**
	 * @return where readers' browsers fetch an article's image
	 */
	static String imagePath(UUID attachmentId) {
		return "/kb/images/" + attachmentId;
	}

	/**
	 * @param html what the editor sent
	 * @param images the article's images and their descriptions
	 * @return the HTML with everything outside the allowlist removed, images of other
	 * articles or sites too
	 */
	static String sanitize(String html, Map<UUID, String> images) {
		PolicyFactory ownImages = new HtmlPolicyBuilder().allowElements((name, attributes) -> {
			UUID id = imageId(attributes);
			if (id == null || !images.containsKey(id)) {
				return null;
			}
			attributes.clear();
			attributes.addAll(List.of("src", imagePath(id), "alt", images.get(id)));
			return name;
		}, "img").allowAttributes("src").matching(IMAGE_PATH).onElements("img").toFactory();
		return RichText.sanitize(html, ownImages);
	}

	/**
	 * @return whether the text shows the image
	 */
	static boolean shows(String html, UUID attachmentId) {
		return html != null && html.contains(imagePath(attachmentId));
	}

	private static UUID imageId(List<String> attributes) {
		for (int i = 0; i + 1 < attributes.size(); i += 2) {
			if ("src".equals(attributes.get(i))) {
				Matcher matcher = IMAGE_PATH.matcher(attributes.get(i + 1));
				return matcher.matches() ? UUID.fromString(matcher.group(1)) : null;
			}
		}
		return null;
	}

}
