package org.vietlao.linkage.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.enterprise.EnterpriseFixtures;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * The zone module started alone with what it declares it uses (shared, enterprise, reference; decision 0017 section
 * 5): a Vietnamese and a Lao park recorded by an analyst, tenants kept by the park's operator (and refused to
 * anyone else), occupancy computed from the leases, the two parks side by side row by row with their sources and
 * differences, the exports, the calculator on the hand-checked case, the map data and the public lookup.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class ZoneModuleTest {

    @MockitoBean
    IdempotentRequests idempotentRequests;

    @MockitoBean
    UserDirectory users;

    static final Actor ANALYST = Actor.onBehalfOf("analyst", Role.ANALYST);

    @Autowired
    EnterpriseFixtures fixtures;

    @Autowired
    Zones zones;

    @Autowired
    Tenants tenants;

    @Autowired
    Regimes regimes;

    @Autowired
    SideBySide sideBySide;

    @Autowired
    InvestorCalculator calculator;

    @Autowired
    ZoneMap map;

    @Autowired
    ParkComparisons parkComparisons;

    @Autowired
    JdbcClient jdbc;

    static Zones.Draft draft(
            String name, String country, String province, String scope, String leasable, Long operator) {
        return new Zones.Draft(
                "BORDER_GATE_ECONOMIC_ZONE",
                name,
                name + " (vi)",
                "ເຂດ " + name,
                country,
                List.of(province),
                "VL-INT-06",
                16.6,
                106.6,
                null,
                new BigDecimal("1000"),
                leasable == null ? null : new BigDecimal(leasable),
                "OPERATING",
                "Operator of " + name,
                operator,
                List.of("C"),
                List.of("071410"),
                "AVAILABLE",
                null,
                null,
                "QL9",
                scope,
                null,
                null,
                "test source",
                LocalDate.of(2020, 1, 1),
                true);
    }

    static Actor enterpriseUser(long... enterprises) {
        Set<Long> ids = new java.util.HashSet<>();
        for (long id : enterprises) {
            ids.add(id);
        }
        return new Actor(99, "operator", "Operator", Set.of(Role.ENTERPRISE), 77L, ids, Set.of());
    }

    @Test
    void theOperatorKeepsTenantsAndOccupancyIsComputedFromTheLeases(PublishedEvents events) {
        long operator = fixtures.vietnamese("44").create();
        long tenantA = fixtures.vietnamese("44").create();
        long tenantB = fixtures.lao("LA-SV").create();
        Zones.Zone park = zones.create(
                draft("Module park A", "VN", "44@2025-07-01", "VN_ECONOMIC_ZONE", "100", operator), ANALYST);

        Actor theOperator = enterpriseUser(operator);
        tenants.add(park.id(), new Tenants.Lease(tenantA, new BigDecimal("30.50"), null, null, 50, null), theOperator);
        Tenants.Tenant second = tenants.add(
                park.id(),
                new Tenants.Lease(tenantB, new BigDecimal("19.50"), new BigDecimal("1000000"), "USD", 20, null),
                ANALYST);

        Occupancy land = tenants.occupancy(zones.require(park.id()));
        assertThat(land.leasedHa()).isEqualByComparingTo("50.00");
        assertThat(land.availableHa()).isEqualByComparingTo("50.00");
        assertThat(land.ratePercent()).isEqualByComparingTo("50.0");

        // More than the leasable area is refused, and nothing changes.
        assertThatThrownBy(() -> tenants.change(
                        park.id(),
                        second.id(),
                        new Tenants.Lease(tenantB, new BigDecimal("70"), null, null, null, null),
                        theOperator))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.ZON_006));
        // Another enterprise's user is not the operator.
        assertThatThrownBy(() -> tenants.remove(park.id(), second.id(), enterpriseUser(tenantA)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.AUT_002));
        // The same enterprise twice is refused.
        assertThatThrownBy(() -> tenants.add(
                        park.id(), new Tenants.Lease(tenantA, BigDecimal.ONE, null, null, null, null), theOperator))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.ZON_005));

        tenants.remove(park.id(), second.id(), theOperator);
        Occupancy after = tenants.occupancy(zones.require(park.id()));
        assertThat(after.ratePercent()).isEqualByComparingTo("30.5");
        assertThat(after.tenants()).isEqualTo(1);
        assertThat(events.ofType(EntityChanged.class)
                        .matching(e -> e.entityType().equals(Tenants.ENTITY)))
                .hasSize(3);
        assertThat(events.ofType(EntityChanged.class)
                        .matching(e -> e.entityType().equals(Zones.ENTITY)))
                .hasSize(1);
    }

    @Test
    void anEnterpriseUserMayNotRecordAParkAndBadInputIsListedField() {
        assertThatThrownBy(() ->
                        zones.create(draft("Refused", "VN", "44@2025-07-01", null, null, null), enterpriseUser(1)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.AUT_002));
        Zones.Draft bad = draft("Bad", "VN", "LA-SV@2020-01-01", "NO_SUCH_SCOPE", "2000", null);
        assertThatThrownBy(() -> zones.create(bad, ANALYST)).isInstanceOfSatisfying(BusinessException.class, ex -> {
            assertThat(ex.errorCode()).isEqualTo(ErrorCode.ZON_001);
            assertThat(ex.errors())
                    .extracting(BusinessException.FieldError::field)
                    .contains("provinces[0]", "regimeScope", "leasableHa");
        });
    }

    @Test
    void aVietnameseAndALaoParkSideBySideRowByRowWithTheirDifferences() throws Exception {
        Zones.Zone vietnamese = zones.create(
                draft("Compare VN", "VN", "45@2008-08-01..2025-06-30", "VN_ECONOMIC_ZONE", "200", null), ANALYST);
        Zones.Zone lao =
                zones.create(draft("Compare LA", "LA", "LA-SV@2013-12-31", "LA_IPL_ZONE_1", "200", null), ANALYST);
        // The Vietnamese park's province is recorded by date: on a day before the 2025 merger it is old 45.
        assertThat(vietnamese.provinceOn(LocalDate.of(2024, 1, 1))).hasValue("45");
        assertThat(vietnamese.provinceOn(LocalDate.of(2026, 1, 1))).isEmpty();

        SideBySide.Comparison c =
                sideBySide.compare(vietnamese.id(), lao.id(), LocalDate.of(2024, 6, 1), Locale.forLanguageTag("lo"));
        Map<String, SideBySide.Row> rows = new java.util.LinkedHashMap<>();
        c.rows().forEach(r -> rows.put(r.key(), r));

        assertThat(rows.get("country").differs()).isTrue();
        assertThat(rows.get("kind").differs()).isFalse();
        assertThat(rows.get("totalHa").differs()).isFalse();
        assertThat(rows.get("province").left().text()).isNotBlank();
        // VN-EZ-2014: 20 % standard, exempt 4 years; LA-IPL-2016-Z1: 20 % standard, exempt 10 years.
        assertThat(rows.get("term.CIT_STANDARD_RATE").differs()).isFalse();
        assertThat(rows.get("term.CIT_EXEMPT_YEARS").differs()).isTrue();
        assertThat((BigDecimal) rows.get("term.CIT_EXEMPT_YEARS").left().compared())
                .isEqualByComparingTo("4");
        assertThat((BigDecimal) rows.get("term.CIT_EXEMPT_YEARS").right().compared())
                .isEqualByComparingTo("10");
        assertThat(rows.get("term.CIT_EXEMPT_YEARS").left().source()).contains("Decree 218/2013/ND-CP");
        // A term only one side sets differs; the other side says so.
        assertThat(rows.get("term.CIT_PREFERENTIAL_RATE").differs()).isTrue();
        assertThat(rows.get("term.CIT_PREFERENTIAL_RATE").right().source()).isNull();
        assertThat(rows.get("regime").left().compared()).isEqualTo("VN-EZ-2014");
        // Unconfirmed terms are flagged: Viet Nam's land-rent exemption.
        assertThat(rows.get("term.LAND_RENT_EXEMPT_YEARS").left().confirmed()).isFalse();
        assertThat(c.differences())
                .isEqualTo(c.rows().stream().filter(SideBySide.Row::differs).count());
        // In Lao: the labels and texts are in Lao script.
        assertThat(rows.get("term.IMPORT_DUTY").label()).matches(".*[\\u0E80-\\u0EFF].*");
        assertThat(rows.get("term.IMPORT_DUTY").right().text()).matches(".*[\\u0E80-\\u0EFF].*");

        byte[] pdf = sideBySide.pdf(c, Locale.forLanguageTag("lo"));
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isPositive();
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("NotoSansLao");
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Decree 218/2013/ND-CP");
        reader.close();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                sideBySide.spreadsheet(c, Locale.forLanguageTag("vi")).xlsx()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(c.rows().size());
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo(c.leftName().text())
                    .isEqualTo("ເຂດ Compare VN");
        }

        assertThatThrownBy(() -> sideBySide.compare(lao.id(), lao.id(), LocalDate.now(), Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.ZON_010));
        assertThat(parkComparisons.comparison(vietnamese.id(), lao.id())).hasValueSatisfying(ref -> {
            assertThat(ref.title().en()).isEqualTo("Compare VN ↔ Compare LA");
            assertThat(ref.href()).isEqualTo("/zones/compare?left=" + vietnamese.id() + "&right=" + lao.id());
        });
        assertThat(parkComparisons.comparison(lao.id(), lao.id())).isEmpty();
        assertThat(parkComparisons.parkName(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theCalculatorGivesThePublishedTotalUnderTheVietnameseRegimeAndPrintsItsAssumptions() {
        Zones.Zone vietnamese =
                zones.create(draft("Calc VN", "VN", "44@2025-07-01", "VN_ECONOMIC_ZONE", null, null), ANALYST);
        Zones.Zone lao = zones.create(draft("Calc LA", "LA", "LA-SV@2013-12-31", "LA_IPL_ZONE_2", null, null), ANALYST);

        InvestorCalculator.Result result = calculator.calculate(
                new InvestorCalculator.Profile(
                        List.of(vietnamese.id(), lao.id()),
                        LocalDate.of(2020, 1, 1),
                        15,
                        new BigDecimal("5000000000"),
                        new BigDecimal("1000000000"),
                        null,
                        null,
                        new BigDecimal("20000000000"),
                        null,
                        100,
                        "C",
                        "VND",
                        new BigDecimal("8")),
                Locale.ENGLISH);

        InvestorCalculator.Candidate vn = result.candidates().get(0);
        assertThat(vn.regimeCode()).isEqualTo("VN-EZ-2014");
        assertThat(vn.conditionsMet()).isTrue();
        assertThat(vn.schedule().totalTax()).isEqualByComparingTo("650000000");
        assertThat(vn.schedule().totalSaved()).isEqualByComparingTo("2350000000");
        // Laos zone 2: 4 exempt years from the first year of operation, then 20 %: 11 × 0.2 × 10^9.
        InvestorCalculator.Candidate la = result.candidates().get(1);
        assertThat(la.regimeCode()).isEqualTo("LA-IPL-2016-Z2");
        assertThat(la.schedule().totalTax()).isEqualByComparingTo("2200000000");
        assertThat(la.unconfirmedTerms()).isNotEmpty();
        assertThat(result.assumptions()).hasSize(7).anyMatch(a -> a.contains("not carried forward"));

        assertThatThrownBy(() -> calculator.calculate(
                        new InvestorCalculator.Profile(
                                List.of(vietnamese.id()),
                                LocalDate.of(2020, 1, 1),
                                3,
                                BigDecimal.ONE,
                                null,
                                null,
                                List.of(BigDecimal.ONE),
                                null,
                                null,
                                null,
                                null,
                                "vnd",
                                new BigDecimal("-1")),
                        Locale.ENGLISH))
                .isInstanceOfSatisfying(BusinessException.class, ex -> {
                    assertThat(ex.errorCode()).isEqualTo(ErrorCode.ZON_009);
                    assertThat(ex.errors())
                            .extracting(BusinessException.FieldError::field)
                            .contains("profits", "currency", "discountRatePercent");
                });
    }

    @Test
    void theMapDataHasEveryPlacedParkWithItsOccupancy() {
        Zones.Zone placed =
                zones.create(draft("Map park", "LA", "LA-SV@2013-12-31", "LA_SEZ_SAVAN_SENO", "10", null), ANALYST);
        tenants.add(
                placed.id(),
                new Tenants.Lease(fixtures.lao("LA-SV").create(), new BigDecimal("2.5"), null, null, null, null),
                ANALYST);

        Map<String, Object> geo = map.collection();
        assertThat(geo.get("type")).isEqualTo("FeatureCollection");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> features = (List<Map<String, Object>>) geo.get("features");
        Map<String, Object> feature = features.stream()
                .filter(f -> f.get("id").equals(placed.id()))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
        assertThat(properties.get("occupancyPercent")).isEqualTo(new BigDecimal("25.0"));
        assertThat(properties.get("availableHa")).isEqualTo(new BigDecimal("7.50"));
        assertThat(properties.get("gatePairId")).isEqualTo("VL-INT-06");
        assertThat(feature.get("geometry")).isEqualTo(Map.of("type", "Point", "coordinates", List.of(106.6, 16.6)));

        // The list filters by country and available land.
        assertThat(map.list(new Zones.Filter("LA", null, null, null, new BigDecimal("7.5")), LocalDate.now()))
                .extracting(l -> l.zone().id())
                .contains(placed.id());
        assertThat(map.list(new Zones.Filter("LA", null, null, null, new BigDecimal("7.51")), LocalDate.now()))
                .extracting(l -> l.zone().id())
                .doesNotContain(placed.id());
        assertThat(map.list(new Zones.Filter("VN", null, null, null, null), LocalDate.now()))
                .extracting(l -> l.zone().id())
                .doesNotContain(placed.id());
    }

    @Test
    void aTermSetByAnAnalystIsAuditedAndRefusedToAnEnterprise(PublishedEvents events) {
        Regimes.Regime regime = regimes.all().stream()
                .filter(r -> r.code().equals("LA-IPL-2016-Z2"))
                .findFirst()
                .orElseThrow();
        Regimes.TermInput input = new Regimes.TermInput(
                new BigDecimal("100"),
                null,
                null,
                null,
                null,
                "test: a minimum of 100 jobs",
                LocalDate.of(2020, 1, 1),
                false);
        assertThatThrownBy(() -> regimes.setTerm(regime.id(), "CONDITION_MIN_JOBS", input, enterpriseUser(1)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.AUT_002));
        regimes.setTerm(regime.id(), "CONDITION_MIN_JOBS", input, ANALYST);
        try {
            assertThat(regimes.require(regime.id()).amount(IncentiveTerm.CONDITION_MIN_JOBS))
                    .isEqualByComparingTo("100");
            assertThat(events.ofType(EntityChanged.class)
                            .matching(e -> e.entityType().equals(Regimes.TERM_ENTITY)
                                    && e.entityId().equals("LA-IPL-2016-Z2/CONDITION_MIN_JOBS")))
                    .hasSize(1);
        } finally {
            jdbc.sql("DELETE FROM zone_incentive_term WHERE regime_id = :id AND term = 'CONDITION_MIN_JOBS'")
                    .param("id", regime.id())
                    .update();
        }
        assertThatThrownBy(() -> regimes.setTerm(regime.id(), "NOT_A_TERM", input, ANALYST))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.ZON_008));
    }
}
