package org.vietlao.linkage.matching;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the matching module ({@code linkage.matching.*}).
 *
 * @param interestExpiry how long an expression of interest waits for an answer
 * @param expiryCheck how often the expiry job closes overdue interests
 * @param indexPoll how often an instance applies the enterprise changes other instances recorded, in case a
 *        notification was lost (notifications bring them within about a second)
 * @param indexRebuild how often an instance rebuilds its whole index from the registry, to repair anything a
 *        poll could have missed
 */
@ConfigurationProperties("linkage.matching")
record MatchingSettings(
        @DefaultValue("30d") Duration interestExpiry,
        @DefaultValue("15m") Duration expiryCheck,
        @DefaultValue("30s") Duration indexPoll,
        @DefaultValue("24h") Duration indexRebuild) {}
