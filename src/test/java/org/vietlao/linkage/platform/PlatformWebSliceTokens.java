package org.vietlao.linkage.platform;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For {@link PlatformWebSlice}: the verified-token cache with a lifetime of zero, so that every call goes to the
 * mocked {@link PlatformUsers} and the mocked enterprise registry, as it did before the cache (decision 0102). No
 * listener: a web slice has no database.
 */
@TestConfiguration(proxyBeanMethods = false)
class PlatformWebSliceTokens {

    @Bean
    VerifiedTokens verifiedTokens(PlatformUsers users) {
        Clock clock = Clock.systemUTC();
        return new VerifiedTokens(
                hash -> users.findByTokenHash(hash, clock.instant()), clock, Duration.ZERO, System::nanoTime);
    }
}
