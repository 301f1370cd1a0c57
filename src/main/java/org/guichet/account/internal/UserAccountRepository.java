package org.guichet.account.internal;

import java.util.Optional;
import java.util.UUID;

import org.guichet.account.StaffRole;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByStaffRole(StaffRole staffRole);

}
