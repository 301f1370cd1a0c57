package org.guichet.desk.internal;

import java.time.Clock;

import org.guichet.desk.SmsSender;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsSender.class)
	SmsSender recordingSmsSender(JdbcClient jdbc, Clock clock) {
		return new RecordingSmsSender(jdbc, clock);
	}

}
