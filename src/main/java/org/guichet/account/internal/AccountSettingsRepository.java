package org.guichet.account.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountSettingsRepository extends JpaRepository<AccountSettingsRow, Short> {

}
