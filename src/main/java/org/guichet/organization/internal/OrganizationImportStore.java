package org.guichet.organization.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The CSV files staff upload: kept between the dry run and the confirmation, then as the
 * record of who imported what, and when.
 */
@Component
public class OrganizationImportStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	OrganizationImportStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public UUID store(String kind, String fileName, String content, UserId uploadedBy) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into organization_imports (import_id, kind, file_name, content, uploaded_by, uploaded_at)
				values (:id, :kind, :fileName, :content, :uploadedBy, :uploadedAt)""")
			.param("id", id)
			.param("kind", kind)
			.param("fileName", fileName)
			.param("content", content)
			.param("uploadedBy", uploadedBy.value())
			.param("uploadedAt", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	public Optional<StoredImport> find(UUID id) {
		return this.jdbc.sql("""
				select import_id, kind, file_name, content, uploaded_by, applied_at, applied_lines
				from organization_imports where import_id = :id""")
			.param("id", id)
			.query((rs, row) -> new StoredImport(rs.getObject("import_id", UUID.class), rs.getString("kind"),
					rs.getString("file_name"), rs.getString("content"),
					new UserId(rs.getObject("uploaded_by", UUID.class)),
					Optional.ofNullable(rs.getTimestamp("applied_at")).map(Timestamp::toInstant).orElse(null),
					rs.getInt("applied_lines")))
			.optional();
	}

	/**
	 * Marks the import applied, once: call in the transaction that applies it.
	 * @return false when it was already applied, by another request or node
	 */
	public boolean markApplied(UUID id, int lines) {
		return this.jdbc.sql("""
				update organization_imports set applied_at = :now, applied_lines = :lines
				where import_id = :id and applied_at is null""")
			.param("id", id)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("lines", lines)
			.update() == 1;
	}

	/**
	 * An uploaded file.
	 *
	 * @param id its id
	 * @param kind what it holds
	 * @param fileName the name it was uploaded with
	 * @param content its text, decoded
	 * @param uploadedBy who uploaded it
	 * @param appliedAt when it was imported, or {@code null} while it waits for
	 * confirmation
	 * @param appliedLines how many lines were imported
	 */
	public record StoredImport(UUID id, String kind, String fileName, String content, UserId uploadedBy,
			Instant appliedAt, int appliedLines) {

	}

}
