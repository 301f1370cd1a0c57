package org.guichet.administration.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstallationSettingsRepository extends JpaRepository<InstallationSettings, Short> {

}
