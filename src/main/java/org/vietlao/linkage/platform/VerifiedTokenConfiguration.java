package org.vietlao.linkage.platform;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The verified-token cache and its listener (decision 0102). */
@Configuration(proxyBeanMethods = false)
class VerifiedTokenConfiguration {

    @Bean
    VerifiedTokens verifiedTokens(
            PlatformUsers users, Clock clock, @Value("${linkage.security.token-cache-ttl:2s}") Duration ttl) {
        return new VerifiedTokens(hash -> users.findByTokenHash(hash, clock.instant()), clock, ttl, System::nanoTime);
    }

    @Bean
    VerifiedTokenNotifications verifiedTokenNotifications(VerifiedTokens verifiedTokens, DataSource dataSource) {
        return new VerifiedTokenNotifications(verifiedTokens, dataSource);
    }
}
