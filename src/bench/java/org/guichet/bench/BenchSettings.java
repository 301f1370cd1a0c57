package org.guichet.bench;

import java.util.Locale;

/**
 * The simulations' settings: a system property ({@code bench.baseUrl}), else the
 * environment variable of the same name in capitals ({@code BENCH_BASE_URL}), else a
 * default.
 */
final class BenchSettings {

	private BenchSettings() {
	}

	static String get(String property, String defaultValue) {
		String environment = System
			.getenv(property.replace('.', '_').replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
		return System.getProperty(property, (environment != null) ? environment : defaultValue);
	}

	static int integer(String property, int defaultValue) {
		return Integer.parseInt(get(property, Integer.toString(defaultValue)));
	}

}
