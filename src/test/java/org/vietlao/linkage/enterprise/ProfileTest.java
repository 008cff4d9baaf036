package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The rules of a profile against a small fixed catalogue: every broken rule is reported at once, on its field.
 */
class ProfileTest {

    static final Catalogue CATALOGUE = new Catalogue() {

        @Override
        public boolean isCurrentProvince(String country, String code) {
            return Set.of("VN 40", "LA LA-SV").contains(country + " " + code);
        }

        @Override
        public Optional<Character> sectionOfClass(String code) {
            return Map.of("1062", 'C', "0113", 'A').entrySet().stream()
                    .filter(e -> e.getKey().equals(code))
                    .map(Map.Entry::getValue)
                    .findFirst();
        }

        @Override
        public boolean isKnownHsCode(String code) {
            return Set.of("071410", "110814", "310420").contains(code);
        }
    };

    static Profile.Draft savan() {
        return new Profile.Draft(
                "la",
                "0100234",
                " Savan Cassava Cooperative ",
                Map.of("lo", "ສະຫະກອນມັນຕົ້ນສະຫວັນ"),
                "LA-SV",
                "0113",
                45,
                null,
                null,
                List.of("globalgap"),
                null,
                List.of(new Profile.OfferDraft("0714.10", "fresh cassava roots", new BigDecimal("20000.000"), "T")),
                List.of(new Profile.NeedDraft("310420", BigDecimal.valueOf(500), "t", List.of())));
    }

    @Test
    void normalisesWhatItAccepts() {
        Profile profile = Profile.check(savan(), CATALOGUE);

        assertThat(profile.country()).isEqualTo("LA");
        assertThat(profile.registrationNumber()).isEqualTo("LA-0100234");
        assertThat(profile.name()).isEqualTo("Savan Cassava Cooperative");
        assertThat(profile.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(profile.certifications()).containsExactly("GLOBALGAP");
        assertThat(profile.offers().get(0))
                .isEqualTo(new EnterpriseProfile.Offer("071410", "fresh cassava roots", new BigDecimal("20000"), "t"));
    }

    @Test
    void reportsEveryBrokenRuleOnItsField() {
        Profile.Draft draft = new Profile.Draft(
                "VN",
                "0100233480",
                "",
                Map.of("fr", "Société"),
                "02",
                "9999",
                null,
                null,
                "HUGE",
                List.of("ISO9001", "NOPE"),
                new Profile.Contact(null, "not-an-email", null, "ftp://x", null),
                List.of(new Profile.OfferDraft("0714", null, BigDecimal.ZERO, "barrels")),
                List.of(new Profile.NeedDraft("999999", BigDecimal.ONE, null, List.of("ISO9001", "MADE-UP"))));

        assertThatThrownBy(() -> Profile.check(draft, CATALOGUE))
                .isInstanceOfSatisfying(BusinessException.class, ex -> {
                    assertThat(ex.errorCode()).isEqualTo(ErrorCode.ENT_001);
                    assertThat(ex.errors())
                            .extracting(BusinessException.FieldError::field)
                            .containsExactlyInAnyOrder(
                                    "registrationNumber",
                                    "name",
                                    "names.fr",
                                    "provinceCode",
                                    "sector",
                                    "sizeClass",
                                    "certifications[1]",
                                    "contact.email",
                                    "contact.website",
                                    "offers[0].hsCode",
                                    "offers[0].annualCapacity",
                                    "offers[0].unit",
                                    "needs[0].hsCode",
                                    "needs[0].unit",
                                    "needs[0].requiredCertifications[1]");
                });
    }

    @Test
    void aSingleKindOfProblemKeepsItsOwnCode() {
        Profile.Draft draft = new Profile.Draft(
                "LA", "0100234", "Savan", Map.of(), "LA-XX", "0113", null, null, "SMALL", List.of(), null, List.of(),
                List.of());

        assertThatThrownBy(() -> Profile.check(draft, CATALOGUE))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.ENT_004));
    }

    @Test
    void refusesAStatedSizeThatTheFiguresContradict() {
        Profile.Draft draft = new Profile.Draft(
                "LA", "0100234", "Savan", Map.of(), "LA-SV", "0113", 45, null, "LARGE", List.of(), null, List.of(),
                List.of());

        assertThatThrownBy(() -> Profile.check(draft, CATALOGUE))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.ENT_009));
    }

    @Test
    void tellsWhatChangedForTheAuditLog() {
        Profile before = Profile.check(savan(), CATALOGUE);
        Profile.Draft moved = savan();
        Profile after = Profile.check(
                new Profile.Draft(
                        moved.country(),
                        moved.registrationNumber(),
                        moved.name(),
                        moved.names(),
                        moved.provinceCode(),
                        moved.sector(),
                        60,
                        null,
                        null,
                        moved.certifications(),
                        null,
                        moved.offers(),
                        moved.needs()),
                CATALOGUE);

        Map<String, Object> changes = before.differencesTo(after);

        assertThat(changes).containsOnlyKeys("employees", "sizeClass");
        assertThat(before.sameIdentityAs(after)).isTrue();
    }
}
