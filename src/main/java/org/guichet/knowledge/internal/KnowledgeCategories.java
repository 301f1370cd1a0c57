package org.guichet.knowledge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guichet.shared.TypedText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category tree of articles, and the products articles may be about.
 */
@Service
@Transactional
public class KnowledgeCategories {

	private final JdbcClient jdbc;

	KnowledgeCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the new category's id
	 * @throws KnowledgeInputException when the name is empty or already a sibling's
	 */
	public UUID create(String typed, UUID parentId) {
		String name = TypedText.clean(typed);
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new KnowledgeInputException("name", "kb.error.categoryName");
		}
		if (parentId != null && !this.jdbc.sql("select exists (select 1 from kb_categories where category_id = ?)")
			.param(parentId)
			.query(Boolean.class)
			.single()) {
			throw new KnowledgeInputException("parent", "kb.error.categoryParent");
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("insert into kb_categories (category_id, parent_id, name) values (:id, :parent, :name)")
				.param("id", id)
				.param("parent", parentId)
				.param("name", name.strip())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new KnowledgeInputException("name", "kb.error.categoryTaken");
		}
		return id;
	}

	/**
	 * @return every category as a path ("Logiciels › Paie"), in the tree's order
	 */
	@Transactional(readOnly = true)
	public List<Option> tree() {
		List<Object[]> rows = this.jdbc.sql("select category_id, parent_id, name, position from kb_categories")
			.query((rs,
					row) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
							rs.getInt(4) })
			.list();
		Map<UUID, Object[]> byId = new HashMap<>();
		rows.forEach((row) -> byId.put((UUID) row[0], row));
		List<Option> options = new ArrayList<>();
		for (Object[] row : rows) {
			StringBuilder path = new StringBuilder((String) row[2]);
			Object[] parent = (row[1] != null) ? byId.get((UUID) row[1]) : null;
			for (int depth = 0; parent != null && depth < 10; depth++) {
				path.insert(0, parent[2] + " › ");
				parent = (parent[1] != null) ? byId.get((UUID) parent[1]) : null;
			}
			options.add(new Option((UUID) row[0], path.toString()));
		}
		options.sort(Comparator.comparing((Option option) -> option.label().toLowerCase(java.util.Locale.ROOT)));
		return options;
	}

	/**
	 * @return the products, by name (read from the organization module's table, as the
	 * ticket module does for its lists)
	 */
	@Transactional(readOnly = true)
	public List<Option> products() {
		return this.jdbc.sql("select product_id, name from products order by lower(name)")
			.query((rs, row) -> new Option(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	/**
	 * A choice of a select.
	 *
	 * @param id its id
	 * @param label what is shown
	 */
	public record Option(UUID id, String label) {

	}

}
