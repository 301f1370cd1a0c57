package org.guichet.account.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRequestRepository extends JpaRepository<AccountRequest, UUID> {

	@Query("select r from AccountRequest r where r.state = 'PENDING' order by r.createdAt")
	List<AccountRequest> findPending();

	@Query("select r from AccountRequest r order by case when r.state = 'PENDING' then 0 else 1 end, r.createdAt desc")
	List<AccountRequest> findAllPendingFirst();

	long countByState(String state);

}
