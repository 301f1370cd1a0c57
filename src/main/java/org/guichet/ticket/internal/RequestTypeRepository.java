package org.guichet.ticket.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Request types, saved with their themes.
 */
interface RequestTypeRepository extends JpaRepository<RequestType, UUID> {

	/**
	 * @return the type, to change it or its themes: its version goes up even when only a
	 * theme changes, so two administrators cannot both save from the same page
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select t from RequestType t where t.id = :id")
	Optional<RequestType> findForChange(UUID id);

	/**
	 * @return the type with that code, case ignored (the unique index's rule)
	 */
	@Query("select t from RequestType t where lower(t.code) = lower(:code)")
	Optional<RequestType> findByCode(String code);

	/**
	 * @return the largest position of a type, 0 when there is none
	 */
	@Query("select coalesce(max(t.position), 0) from RequestType t")
	int lastPosition();

	/**
	 * @return every type with its themes, in one query
	 */
	@EntityGraph(attributePaths = "themes")
	@Query("select t from RequestType t")
	List<RequestType> findAllWithThemes();

}
