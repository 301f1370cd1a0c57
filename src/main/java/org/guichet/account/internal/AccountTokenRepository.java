package org.guichet.account.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, UUID> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from AccountToken t where t.tokenHash = :tokenHash")
	Optional<AccountToken> findByTokenHashForUpdate(String tokenHash);

	/**
	 * A new link of a purpose replaces the unused ones: only the latest mail works.
	 */
	@Modifying
	@Query("""
			update AccountToken t set t.usedAt = :now
			where t.userId = :userId and t.purpose = :purpose and t.usedAt is null
			""")
	void retireUnused(UUID userId, AccountToken.Purpose purpose, Instant now);

}
