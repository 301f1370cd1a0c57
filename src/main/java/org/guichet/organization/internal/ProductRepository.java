package org.guichet.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, UUID> {

	@Query("select p from Product p where lower(p.code) = lower(:code)")
	Optional<Product> findByCode(String code);

	/**
	 * The products of these ids: a query of its own rather than {@code findAllById},
	 * which opens a transaction even where its caller needs none.
	 */
	@Query("select p from Product p where p.id in :ids")
	List<Product> findByIds(Collection<UUID> ids);

	@Query("select p from Product p order by p.active desc, p.family, p.name")
	List<Product> findAllInOrder();

}
