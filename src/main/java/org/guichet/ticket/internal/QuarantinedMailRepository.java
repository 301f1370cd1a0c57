package org.guichet.ticket.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuarantinedMailRepository extends JpaRepository<QuarantinedMail, UUID> {

	@Query("select m from QuarantinedMail m where m.state = org.guichet.ticket.internal.QuarantinedMail.State.WAITING"
			+ " order by m.receivedAt desc, m.id desc")
	List<QuarantinedMail> waiting(Limit limit);

}
