package org.guichet.account.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRequestRepository extends JpaRepository<AccountRequest, UUID> {

	@Query("select r from AccountRequest r where r.state = 'PENDING' order by r.createdAt")
	List<AccountRequest> findPending();

	/**
	 * The latest requests whatever their state, on the index of their creation time.
	 */
	List<AccountRequest> findTop200ByOrderByCreatedAtDesc();

	long countByState(String state);

}
