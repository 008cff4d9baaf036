package org.vietlao.linkage.matching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The module's settings, and scheduling for its jobs (index polling, interest expiry).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingSettings.class)
@EnableScheduling
class MatchingConfiguration {}
