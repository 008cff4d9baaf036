package org.vietlao.linkage.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Role;

/**
 * Enterprises for other modules' tests, registered through the registry's own service (with its rules, its
 * audit and its events after commit), never by writing its tables. A bean of the tests' application context.
 * Codes from HS chapters 96 and 97 keep test enterprises apart from the demo ones.
 */
@Component
public class EnterpriseFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 10_000_000L);
    private static final Actor REGISTRAR = Actor.onBehalfOf("test-fixtures", Role.ANALYST);

    private final EnterpriseRegistry registry;
    private final JdbcClient jdbc;

    EnterpriseFixtures(EnterpriseRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    public Builder vietnamese(String province) {
        return new Builder("VN", province);
    }

    public Builder lao(String province) {
        return new Builder("LA", province);
    }

    /** Replaces an enterprise's offers with {@code codes}, as an analyst would on its form. */
    public void replaceOffers(long id, String... codes) {
        Enterprise enterprise = registry.find(id);
        ProfileForm form = ProfileForm.of(enterprise);
        List<ProfileForm.OfferRow> rows = new ArrayList<>();
        for (String code : codes) {
            ProfileForm.OfferRow row = new ProfileForm.OfferRow();
            row.setHsCode(code);
            rows.add(row);
        }
        form.setOffers(rows);
        Profile.Draft draft = form.draft(new Violations(), new ArrayList<>(), new ArrayList<>());
        registry.change(id, enterprise.version(), draft, REGISTRAR);
    }

    /** The organisation a demo user acts for (read from the platform's accounts, for the test only). */
    public long organisationOf(String username) {
        return jdbc.sql("SELECT organisation_id FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    public final class Builder {

        private final String country;
        private final String province;
        private String name;
        private String nameVi;
        private String nameLo;
        private String owner;
        private final List<Profile.OfferDraft> offers = new ArrayList<>();
        private final List<Profile.NeedDraft> needs = new ArrayList<>();
        private final List<String> certifications = new ArrayList<>();

        Builder(String country, String province) {
            this.country = country;
            this.province = province;
        }

        public Builder named(String name, String vi, String lo) {
            this.name = name;
            this.nameVi = vi;
            this.nameLo = lo;
            return this;
        }

        /** Owned by the organisation of this demo user, registered as that organisation would. */
        public Builder ownedBy(String username) {
            this.owner = username;
            return this;
        }

        public Builder offers(String code, Integer capacity, String unit) {
            offers.add(new Profile.OfferDraft(code, null, amount(capacity), unit));
            return this;
        }

        public Builder needs(String code, Integer volume, String unit, String... required) {
            needs.add(new Profile.NeedDraft(code, amount(volume), unit, List.of(required)));
            return this;
        }

        public Builder holds(String certification) {
            certifications.add(certification);
            return this;
        }

        public long create() {
            long n = SEQUENCE.incrementAndGet();
            Map<String, String> names = new java.util.LinkedHashMap<>();
            if (nameVi != null) {
                names.put("vi", nameVi);
            }
            if (nameLo != null) {
                names.put("lo", nameLo);
            }
            Profile.Draft draft = new Profile.Draft(
                    country,
                    registrationNumber(n),
                    name != null ? name : "Test enterprise " + n,
                    names,
                    province,
                    "1062",
                    null,
                    null,
                    "SMALL",
                    certifications,
                    null,
                    offers,
                    needs);
            Actor actor = owner == null
                    ? REGISTRAR
                    : new Actor(0, owner, owner, Set.of(Role.ENTERPRISE), organisationOf(owner), Set.of(), Set.of());
            return registry.register(draft, actor).enterprise().id();
        }

        private String registrationNumber(long n) {
            if ("LA".equals(country)) {
                return "LA-" + String.format("%09d", n % 1_000_000_000L);
            }
            // Each fixture number owns ten nine-digit prefixes, so that skipping the prefixes without a valid
            // check digit never lands on another fixture's number.
            for (long candidate = n * 10; ; candidate++) {
                String nine = String.format("%09d", candidate % 1_000_000_000L);
                Integer check = VietnameseTaxCode.checkDigit(nine);
                if (check != null && !nine.substring(2).equals("0000000")) {
                    return nine + check;
                }
            }
        }

        private static BigDecimal amount(Integer value) {
            return value == null ? null : BigDecimal.valueOf(value);
        }
    }
}
