package org.guichet.shared.storage;

import java.io.InputStream;

import org.guichet.shared.GuichetProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps uploaded files under {@code <guichet.data-dir>/files}; on several nodes that
 * folder is shared storage.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClamAvProperties.class)
class StorageConfiguration {

	@Bean
	FileStore fileStore(GuichetProperties properties) {
		return new FileStore(properties.dataDir().resolve("files"));
	}

	/**
	 * Scans uploads with clamd when {@code guichet.clamav.host} is set.
	 */
	@Bean
	VirusScanner virusScanner(ClamAvProperties clamav) {
		if (clamav.host() == null || clamav.host().isBlank()) {
			return new VirusScanner() {

				@Override
				public Verdict scan(InputStream content) {
					return Verdict.ofClean();
				}

				@Override
				public boolean enabled() {
					return false;
				}

			};
		}
		return new ClamdScanner(clamav.host(), clamav.port(), clamav.timeout());
	}

}
