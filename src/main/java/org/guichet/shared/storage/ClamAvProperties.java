package org.guichet.shared.storage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the ClamAV daemon listens, if uploads are to be scanned.
 *
 * @param host clamd's host; empty (the default) scans nothing
 * @param port clamd's TCP port
 * @param timeout how long to wait for it to connect or to answer
 */
@ConfigurationProperties("guichet.clamav")
record ClamAvProperties(String host, @DefaultValue("3310") int port, @DefaultValue("30s") Duration timeout) {

}
