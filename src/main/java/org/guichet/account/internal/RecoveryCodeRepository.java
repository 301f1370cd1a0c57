package org.guichet.account.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

	Optional<RecoveryCode> findByUserIdAndCodeHash(UUID userId, String codeHash);

	long countByUserIdAndUsedAtIsNull(UUID userId);

	@Modifying
	@Query("delete from RecoveryCode c where c.userId = :userId")
	void deleteByUser(UUID userId);

}
