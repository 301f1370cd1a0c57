package org.guichet.shared.storage;

import org.guichet.shared.GuichetProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps uploaded files under {@code <guichet.data-dir>/files}; on several nodes that
 * folder is shared storage.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	FileStore fileStore(GuichetProperties properties) {
		return new FileStore(properties.dataDir().resolve("files"));
	}

}
