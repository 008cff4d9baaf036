package org.vietlao.linkage.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Agreements signed elsewhere (at the Expo) flowing back into matching: the pair becomes a linkage, recorded as an
 * interest both sides accepted, so that the linkage counts, chains and notices treat it like any other.
 */
@Service
public class AgreedLinkages {

    private final JdbcClient jdbc;
    private final Matchmaker matchmaker;
    private final Linkages linkages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreedLinkages(
            JdbcClient jdbc, Matchmaker matchmaker, Linkages linkages, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.matchmaker = matchmaker;
        this.linkages = linkages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The linkage of a Vietnamese and a Lao enterprise that signed an agreement: the existing one, or a new one.
     * Fails with MAT-001 for an unknown enterprise and MAT-003 when both are of one country.
     *
     * @return the linkage id
     */
    @Transactional
    public long linkAgreed(EnterpriseId vietnamese, EnterpriseId lao, String note, String username) {
        Party vn = matchmaker.party(vietnamese);
        Party la = matchmaker.party(lao);
        if (vn.country().equals(la.country())) {
            throw new BusinessException(ErrorCode.MAT_003);
        }
        if (linkages.exist(vn, la)) {
            return jdbc.sql("""
					SELECT id FROM matching_linkage WHERE vn_enterprise_id = :vn AND la_enterprise_id = :la""")
                    .param("vn", Party.VIET_NAM.equals(vn.country()) ? vn.id() : la.id())
                    .param("la", Party.VIET_NAM.equals(vn.country()) ? la.id() : vn.id())
                    .query(Long.class)
                    .single();
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
				INSERT INTO matching_interest (from_enterprise_id, to_enterprise_id, from_country, to_country, message,
				                               status, sent_by, sent_at, expires_at, answered_by, answered_at)
				VALUES (:from, :to, :fromCountry, :toCountry, :message, 'ACCEPTED', :user, :now, :expires, :user, :now)
				RETURNING id""")
                .param("from", vn.id())
                .param("to", la.id())
                .param("fromCountry", vn.country())
                .param("toCountry", la.country())
                .param("message", note)
                .param("user", username)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(Duration.ofDays(1))))
                .query(Long.class)
                .single();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fromEnterpriseId", vn.id());
        values.put("toEnterpriseId", la.id());
        values.put("status", "ACCEPTED");
        values.put("message", note);
        events.publishEvent(EntityChanged.created(Interests.ENTITY, id, values));
        Interest interest = new Interest(
                id,
                vn.id(),
                la.id(),
                note,
                Interest.Status.ACCEPTED,
                username,
                now,
                now.plus(Duration.ofDays(1)),
                username,
                now);
        return linkages.establish(interest, vn, la).id();
    }
}
