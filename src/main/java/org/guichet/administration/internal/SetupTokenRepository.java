package org.guichet.administration.internal;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SetupTokenRepository extends JpaRepository<SetupToken, UUID> {

	Optional<SetupToken> findByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from SetupToken t where t.tokenHash = :tokenHash")
	Optional<SetupToken> findByTokenHashForUpdate(String tokenHash);

}
