package org.guichet.shared.database;

import java.nio.file.Path;

/**
 * Present as a bean when Guichet runs on its embedded PostgreSQL.
 *
 * @param dataDirectory the cluster directory
 */
public record EmbeddedDatabase(Path dataDirectory) {

}
