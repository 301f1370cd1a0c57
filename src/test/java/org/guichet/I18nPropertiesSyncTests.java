package org.guichet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French first, English complete: both bundles have the same keys, no text is empty, and
 * every key a template names exists.
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

	/**
	 * A key a template names literally, {@code #{profile.title}} or
	 * {@code #{colleagues.count(${n})}}, is in the bundles; a missing one would show as
	 * {@code ??key??}.
	 */
	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Properties french = load("messages_fr.properties");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher key = TEMPLATE_KEY.matcher(Files.readString(file));
				while (key.find()) {
					if (!french.containsKey(key.group(1))) {
						missing.add(file.getFileName() + ": " + key.group(1));
					}
				}
			}
		}
		assertThat(missing).as("keys named in templates but missing from the bundles").isEmpty();
	}

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[}(]");

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
