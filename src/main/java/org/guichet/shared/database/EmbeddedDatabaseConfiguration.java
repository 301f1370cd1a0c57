package org.guichet.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.guichet.shared.GuichetProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured, and
 * points the application's connection pool at it. With a URL configured, nothing here is
 * created and Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnNoDatasourceUrl
class EmbeddedDatabaseConfiguration {

	static final String DATABASE_NAME = "guichet";

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(GuichetProperties properties) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties.dataDir().resolve("postgres"), true);
		server.createDatabaseIfMissing(DATABASE_NAME);
		return server;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(server.jdbcUrl(DATABASE_NAME))
			.username(server.username())
			.password(server.password())
			.build();
	}

	/**
	 * Marker letting other modules know the installation runs on the embedded database
	 * (demo data defaults to on there).
	 */
	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedPostgresServer server) {
		return new EmbeddedDatabase(server.dataDirectory());
	}

}
