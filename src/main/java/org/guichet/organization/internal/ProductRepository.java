package org.guichet.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProductRepository extends JpaRepository<Product, UUID> {

	@Query("select p from Product p where lower(p.code) = lower(:code)")
	Optional<Product> findByCode(String code);

	@Query("select p from Product p order by p.active desc, p.family, p.name")
	List<Product> findAllInOrder();

}
