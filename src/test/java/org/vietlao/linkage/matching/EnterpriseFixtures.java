package org.vietlao.linkage.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfileChanged;
import org.vietlao.linkage.enterprise.EnterpriseRegistered;

/**
 * Enterprises for the matching tests, written straight into the registry's tables (the enterprise module's
 * schema, V70) and announced with the registry's own events, as the enterprise module does after a commit.
 * Codes from HS chapters 96 and 97 keep them apart from the demo enterprises.
 */
final class EnterpriseFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    EnterpriseFixtures(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Builder vietnamese(String province) {
        return new Builder("VN", province);
    }

    Builder lao(String province) {
        return new Builder("LA", province);
    }

    /** Replaces an enterprise's offers with {@code codes} and announces the change. */
    void replaceOffers(long id, String... codes) {
        jdbc.sql("DELETE FROM enterprise_offer WHERE enterprise_id = :id")
                .param("id", id)
                .update();
        for (String code : codes) {
            jdbc.sql("INSERT INTO enterprise_offer (enterprise_id, hs_code) VALUES (:id, :code)")
                    .param("id", id)
                    .param("code", code)
                    .update();
        }
        events.publishEvent(new EnterpriseProfileChanged(new EnterpriseId(id)));
    }

    /** The organisation a demo user acts for. */
    long organisationOf(String username) {
        return jdbc.sql("SELECT organisation_id FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    final class Builder {

        private final String country;
        private final String province;
        private String name;
        private String nameVi;
        private String nameLo;
        private String owner;
        private final List<Object[]> offers = new ArrayList<>();
        private final List<Object[]> needs = new ArrayList<>();
        private final List<String> certifications = new ArrayList<>();

        Builder(String country, String province) {
            this.country = country;
            this.province = province;
        }

        Builder named(String name, String vi, String lo) {
            this.name = name;
            this.nameVi = vi;
            this.nameLo = lo;
            return this;
        }

        Builder ownedBy(String username) {
            this.owner = username;
            return this;
        }

        Builder offers(String code, Integer capacity, String unit) {
            offers.add(new Object[] {code, capacity, unit});
            return this;
        }

        Builder needs(String code, Integer volume, String unit, String... required) {
            needs.add(new Object[] {code, volume, unit, "{" + String.join(",", required) + "}"});
            return this;
        }

        Builder holds(String certification) {
            certifications.add(certification);
            return this;
        }

        long create() {
            long n = SEQUENCE.incrementAndGet();
            String registration = "TEST-" + n;
            long id = jdbc.sql("""
					INSERT INTO enterprise (country, registration_number, name, name_vi, name_lo, province_code, sector,
					                        size_class, owner_organisation_id)
					VALUES (:country, :registration, :name, :vi, :lo, :province, '1062', 'SMALL', :owner) RETURNING id""")
                    .param("country", country)
                    .param("registration", registration)
                    .param("name", name != null ? name : "Test enterprise " + n)
                    .param("vi", nameVi)
                    .param("lo", nameLo)
                    .param("province", province)
                    .param("owner", owner == null ? null : organisationOf(owner))
                    .query(Long.class)
                    .single();
            for (Object[] offer : offers) {
                jdbc.sql("""
						INSERT INTO enterprise_offer (enterprise_id, hs_code, annual_capacity, unit)
						VALUES (:id, :code, :capacity, :unit)""")
                        .param("id", id)
                        .param("code", offer[0])
                        .param("capacity", offer[1])
                        .param("unit", offer[2])
                        .update();
            }
            for (Object[] need : needs) {
                jdbc.sql("""
						INSERT INTO enterprise_need (enterprise_id, hs_code, annual_volume, unit, required_certifications)
						VALUES (:id, :code, :volume, :unit, CAST(:required AS TEXT[]))""")
                        .param("id", id)
                        .param("code", need[0])
                        .param("volume", need[1])
                        .param("unit", need[2])
                        .param("required", need[3])
                        .update();
            }
            for (String certification : certifications) {
                jdbc.sql("INSERT INTO enterprise_certification (enterprise_id, code) VALUES (:id, :code)")
                        .param("id", id)
                        .param("code", certification)
                        .update();
            }
            events.publishEvent(new EnterpriseRegistered(new EnterpriseId(id)));
            return id;
        }
    }
}
