package org.vietlao.infrastructure;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The clock that decides time-based rules in every module (a test may define its own). An auto-configuration
 * outside the modules' packages, so that a module test, which keeps only the beans of the modules it starts,
 * still has it.
 */
@AutoConfiguration
class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
