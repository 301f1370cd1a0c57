package org.guichet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French first, English complete: both bundles have the same keys, and no text is empty.
 */
class I18nPropertiesSyncTests {

	@Test
	void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties french = load("messages_fr.properties");
		Properties english = load("messages_en.properties");
		assertThat(french).isNotEmpty();
		Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
		missingInEnglish.removeAll(english.stringPropertyNames());
		Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
		missingInFrench.removeAll(french.stringPropertyNames());
		assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
		assertThat(missingInFrench).as("keys missing in messages_fr.properties").isEmpty();
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String bundle : new String[] { "messages_fr.properties", "messages_en.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames()).filteredOn((key) -> properties.getProperty(key).isBlank())
				.as("blank messages in " + bundle)
				.isEmpty();
		}
	}

	/**
	 * Every message goes through MessageFormat, where a lone apostrophe starts a quoted
	 * section and disappears: apostrophes must be doubled.
	 */
	@Test
	void apostrophesAreDoubledForMessageFormat() throws IOException {
		for (String bundle : new String[] { "messages_fr.properties", "messages_en.properties" }) {
			Properties properties = load(bundle);
			assertThat(properties.stringPropertyNames())
				.filteredOn((key) -> LONE_APOSTROPHE.matcher(properties.getProperty(key)).find())
				.as("messages with a lone apostrophe in " + bundle)
				.isEmpty();
		}
	}

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
