package org.guichet.account.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, UUID> {

}
