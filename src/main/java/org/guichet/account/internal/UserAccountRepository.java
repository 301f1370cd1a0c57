package org.guichet.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.guichet.account.StaffRole;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	List<UserAccount> findByStaffRoleIsNotNullOrderByDisplayName();

	/**
	 * The account, its row locked until the transaction ends: concurrent failed sign-ins
	 * of one account are then counted one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.email = :email")
	Optional<UserAccount> findByEmailForUpdate(String email);

	boolean existsByEmail(String email);

	boolean existsByStaffRole(StaffRole staffRole);

}
