package org.guichet.desk.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letter templates and canned replies, kept by managers and administrators.
 */
@Service
@Transactional
public class LetterTemplates {

	private static final RowMapper<LetterTemplate> TEMPLATE = (row, n) -> new LetterTemplate(
			row.getObject("template_id", UUID.class), row.getString("short_label"), row.getString("label"),
			LetterTemplate.Layout.valueOf(row.getString("layout")), row.getString("body"), row.getBoolean("active"),
			row.getLong("version"));

	private static final RowMapper<CannedReply> REPLY = (row, n) -> new CannedReply(
			row.getObject("reply_id", UUID.class), row.getString("label"), row.getString("body"),
			row.getBoolean("active"), row.getLong("version"));

	private final JdbcClient jdbc;

	LetterTemplates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<LetterTemplate> templates() {
		return this.jdbc.sql("select * from letter_templates order by lower(short_label)").query(TEMPLATE).list();
	}

	@Transactional(readOnly = true)
	public Optional<LetterTemplate> template(UUID id) {
		return this.jdbc.sql("select * from letter_templates where template_id = ?")
			.param(id)
			.query(TEMPLATE)
			.optional();
	}

	/**
	 * Creates a template, or saves one over the version the editor saw.
	 * @param id the template, or {@code null} for a new one
	 * @return its id
	 * @throws DeskInputException when a field is refused: blank, too long, a short label
	 * another has, a variable that does not exist
	 * @throws OptimisticLockingFailureException when it changed since {@code version}
	 */
	public UUID saveTemplate(UUID id, long version, String shortLabel, String label, LetterTemplate.Layout layout,
			String body, boolean active) {
		String shortText = Texts.required("shortLabel", shortLabel, 40);
		String labelText = Texts.required("label", label, 200);
		if (layout == null) {
			throw new DeskInputException("layout", "NotBlank");
		}
		String html = Texts.body("body", body);
		boolean used = this.jdbc
			.sql("select count(*) from letter_templates where lower(short_label) = lower(?)"
					+ " and template_id is distinct from ?")
			.params(shortText, id)
			.query(Long.class)
			.single() > 0;
		if (used) {
			throw new DeskInputException("shortLabel", "desk.template.error.shortLabelUsed");
		}
		try {
			if (id == null) {
				UUID created = UUID.randomUUID();
				this.jdbc
					.sql("insert into letter_templates (template_id, short_label, label, layout, body, active)"
							+ " values (?, ?, ?, ?, ?, ?)")
					.params(created, shortText, labelText, layout.name(), html, active)
					.update();
				return created;
			}
			int updated = this.jdbc
				.sql("update letter_templates set short_label = ?, label = ?, layout = ?, body = ?, active = ?,"
						+ " version = version + 1 where template_id = ? and version = ?")
				.params(shortText, labelText, layout.name(), html, active, id, version)
				.update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException("Letter template " + id + " changed");
			}
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new DeskInputException("shortLabel", "desk.template.error.shortLabelUsed");
		}
	}

	@Transactional(readOnly = true)
	public List<CannedReply> replies() {
		return this.jdbc.sql("select * from canned_replies order by lower(label)").query(REPLY).list();
	}

	@Transactional(readOnly = true)
	public Optional<CannedReply> reply(UUID id) {
		return this.jdbc.sql("select * from canned_replies where reply_id = ?").param(id).query(REPLY).optional();
	}

	/**
	 * Creates a canned reply, or saves one over the version the editor saw.
	 * @return its id
	 */
	public UUID saveReply(UUID id, long version, String label, String body, boolean active) {
		String labelText = Texts.required("label", label, 200);
		String html = Texts.body("body", body);
		boolean used = this.jdbc
			.sql("select count(*) from canned_replies where lower(label) = lower(?) and reply_id is distinct from ?")
			.params(labelText, id)
			.query(Long.class)
			.single() > 0;
		if (used) {
			throw new DeskInputException("label", "desk.reply.error.labelUsed");
		}
		try {
			if (id == null) {
				UUID created = UUID.randomUUID();
				this.jdbc.sql("insert into canned_replies (reply_id, label, body, active) values (?, ?, ?, ?)")
					.params(created, labelText, html, active)
					.update();
				return created;
			}
			int updated = this.jdbc
				.sql("update canned_replies set label = ?, body = ?, active = ?, version = version + 1"
						+ " where reply_id = ? and version = ?")
				.params(labelText, html, active, id, version)
				.update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException("Canned reply " + id + " changed");
			}
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new DeskInputException("label", "desk.reply.error.labelUsed");
		}
	}

}
