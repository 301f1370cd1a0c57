package org.guichet.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboundEmailRepository extends JpaRepository<OutboundEmail, UUID> {

	@Query("""
			select e.id from OutboundEmail e
			where e.state = org.guichet.notification.internal.OutboundEmailState.PENDING and e.nextAttemptAt <= :now
			order by e.nextAttemptAt
			""")
	List<UUID> findDue(Instant now, Limit limit);

}
