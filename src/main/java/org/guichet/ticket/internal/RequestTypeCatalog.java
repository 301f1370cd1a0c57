package org.guichet.ticket.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.guichet.ticket.Categories;
import org.guichet.ticket.CategoryView;
import org.guichet.ticket.RequestTypeView;
import org.guichet.ticket.RequestTypes;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request types and their themes: administrators keep them, the new-request form and
 * the desk read them. Each change is one transaction, written before the method returns
 * so that a code or a name the database refuses comes back as a field error, with nothing
 * saved.
 */
@Service
@Transactional(readOnly = true)
public class RequestTypeCatalog implements RequestTypes {

	private static final Comparator<RequestType> ORDER = Comparator.comparingInt(RequestType::position)
		.thenComparing(RequestType::name, ThemeTree.NAME_ORDER);

	private final RequestTypeRepository types;

	private final Categories categories;

	RequestTypeCatalog(RequestTypeRepository types, Categories categories) {
		this.types = types;
		this.categories = categories;
	}

	@Override
	public List<RequestTypeView> active() {
		return all().stream().filter(RequestTypeView::active).toList();
	}

	@Override
	public List<RequestTypeView> all() {
		return this.types.findAllWithThemes().stream().sorted(ORDER).map(RequestType::view).toList();
	}

	@Override
	public Optional<RequestTypeView> find(UUID id) {
		return this.types.findById(id).map(RequestType::view);
	}

	/**
	 * @return the type's settings as saved, for the administrator's form
	 * @throws RequestTypeNotFoundException when there is no such type
	 */
	public RequestTypeSettings settings(UUID typeId) {
		return type(typeId).settings();
	}

	/**
	 * @return the type's themes as a tree, for the administrator
	 * @throws RequestTypeNotFoundException when there is no such type
	 */
	public List<ThemeNode> themeTree(UUID typeId) {
		return type(typeId).tree();
	}

	/**
	 * @return a position after every type's, so that a new type comes last
	 */
	public int nextPosition() {
		return Math.min(this.types.lastPosition() + 10, RequestTypeSettings.MAX_POSITION);
	}

	/**
	 * @return the new type's id
	 * @throws RequestTypeInputException when a value is refused, the code another type's
	 * among them
	 */
	@Transactional
	public UUID create(RequestTypeSettings settings) {
		requireFreeCode(settings.code(), null);
		requireCategory(settings.categoryId(), null);
		RequestType type = new RequestType(settings);
		this.types.save(type);
		write();
		return type.id();
	}

	@Transactional
	public void update(UUID typeId, RequestTypeSettings settings) {
		RequestType type = typeForChange(typeId);
		requireCategory(settings.categoryId(), type.settings().categoryId());
		requireFreeCode(settings.code(), typeId);
		type.apply(settings);
		write();
	}

	/**
	 * @param parentId the theme to refine, or {@code null} for a theme at the top
	 * @return the new theme's id
	 */
	@Transactional
	public UUID addTheme(UUID typeId, UUID parentId, String name) {
		UUID themeId = typeForChange(typeId).addTheme(parentId, name);
		write();
		return themeId;
	}

	@Transactional
	public void renameTheme(UUID typeId, UUID themeId, String name) {
		typeForChange(typeId).renameTheme(themeId, name);
		write();
	}

	@Transactional
	public void activateTheme(UUID typeId, UUID themeId) {
		typeForChange(typeId).switchTheme(themeId, true);
		write();
	}

	@Transactional
	public void deactivateTheme(UUID typeId, UUID themeId) {
		typeForChange(typeId).switchTheme(themeId, false);
		write();
	}

	@Transactional
	public void moveThemeUp(UUID typeId, UUID themeId) {
		typeForChange(typeId).moveTheme(themeId, true);
		write();
	}

	@Transactional
	public void moveThemeDown(UUID typeId, UUID themeId) {
		typeForChange(typeId).moveTheme(themeId, false);
		write();
	}

	private RequestType typeForChange(UUID typeId) {
		return this.types.findForChange(typeId).orElseThrow(RequestTypeNotFoundException::new);
	}

	private RequestType type(UUID typeId) {
		return this.types.findById(typeId).orElseThrow(RequestTypeNotFoundException::new);
	}

	private void requireFreeCode(String code, UUID except) {
		if (code == null) {
			return;
		}
		this.types.findByCode(code.strip())
			.filter((existing) -> !existing.id().equals(except))
			.ifPresent((existing) -> {
				throw new RequestTypeInputException("code", "requestType.error.codeUsed");
			});
	}

	/**
	 * Writes the change now: the checks above cannot see a type or theme another
	 * administrator saves at the same moment, the unique indexes can.
	 */
	private void write() {
		try {
			this.types.flush();
		}
		catch (DataIntegrityViolationException ex) {
			String cause = String.valueOf(NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			if (cause.contains("request_types_code_ux")) {
				throw new RequestTypeInputException("code", "requestType.error.codeUsed");
			}
			if (cause.contains("request_themes_name_ux")) {
				throw new RequestTypeInputException("name", "requestType.error.themeNameUsed");
			}
			throw ex;
		}
		catch (OptimisticLockingFailureException ex) {
			throw new RequestTypeChangedException(ex);
		}
	}

	/**
	 * A type goes to an active category; one already given to a category that was
	 * deactivated since may stay there.
	 */
	private void requireCategory(UUID categoryId, UUID current) {
		if (categoryId == null || categoryId.equals(current)) {
			return;
		}
		if (!this.categories.find(categoryId).map(CategoryView::active).orElse(false)) {
			throw new RequestTypeInputException("category", "requestType.error.category");
		}
	}

}
