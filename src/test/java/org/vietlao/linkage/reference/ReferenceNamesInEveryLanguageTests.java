package org.vietlao.linkage.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * Every province of both countries, old and new, has a Vietnamese and a Lao name (V130 and V170, decision 0032),
 * each in its own script, and so has every province a border-gate pair lies in: no Lao page falls back to
 * Vietnamese or English for a province. Both gates of every pair are named in Lao (V171 for the international
 * pairs, V172 for the others), so no Lao page falls back for a gate either.
 */
@IntegrationTest
class ReferenceNamesInEveryLanguageTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceNames names;

    @Autowired
    ReferenceData referenceData;

    private static boolean laoScript(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x0E80 && c <= 0x0EFF);
    }

    @Test
    void everyProvinceHasAVietnameseAndALaoName() {
        List<Map<String, Object>> provinces = jdbc.sql(
                        "SELECT country, code, valid_from, name_vi, name_lo FROM province ORDER BY country, code")
                .query()
                .listOfRows();

        assertThat(provinces).hasSize(63 + 34 + 18);
        assertThat(provinces).allSatisfy(p -> {
            String which = p.get("country") + "-" + p.get("code") + " from " + p.get("valid_from");
            assertThat((String) p.get("name_vi")).as(which + " in Vietnamese").isNotBlank();
            assertThat(laoScript((String) p.get("name_vi")))
                    .as(which + " in Vietnamese has no Lao letters")
                    .isFalse();
            assertThat((String) p.get("name_lo")).as(which + " in Lao").isNotBlank();
            assertThat(laoScript((String) p.get("name_lo")))
                    .as(which + " in Lao script")
                    .isTrue();
        });
    }

    @Test
    void theMergerReusedCodesButEachProvinceKeepsItsOwnLaoName() {
        String before = jdbc.sql("SELECT name_lo FROM province WHERE country = 'VN' AND code = '44' "
                        + "AND valid_to = DATE '2025-06-30'")
                .query(String.class)
                .single();
        String now = jdbc.sql("SELECT name_lo FROM province WHERE country = 'VN' AND code = '44' AND valid_to IS NULL")
                .query(String.class)
                .single();

        assertThat(before).as("Quảng Bình, until 2025-06-30").contains("ກວາງບິນ");
        assertThat(now).as("Quảng Trị, from 2025-07-01").isEqualTo("ກວາງຈິ");
    }

    @Test
    void everyBorderGatePairLiesInProvincesNamedInBothLanguages() {
        List<BorderGatePair> pairs = referenceData.borderGates();

        assertThat(pairs).hasSizeGreaterThanOrEqualTo(30);
        for (BorderGatePair pair : pairs) {
            assertThat(names.gatePair(GatePairId.parse(pair.pairId())))
                    .as(pair.pairId())
                    .isPresent();
            List<Map<String, Object>> provinces =
                    jdbc.sql("""
					SELECT p.country, p.code, p.name_vi, p.name_lo FROM border_gate_pair g
					JOIN province p ON p.id IN (g.vn_province_before_id, g.vn_province_after_id, g.lao_province_id)
					WHERE g.pair_id = :pair""").param("pair", pair.pairId()).query().listOfRows();
            assertThat(provinces).as(pair.pairId()).isNotEmpty();
            assertThat(provinces).allSatisfy(p -> {
                assertThat((String) p.get("name_vi"))
                        .as(pair.pairId() + " " + p.get("code"))
                        .isNotBlank();
                assertThat(laoScript((String) p.get("name_lo")))
                        .as(pair.pairId() + " " + p.get("code"))
                        .isTrue();
            });
        }
    }

    @Test
    void everyGateOfEveryPairIsNamedInLaoAndInVietnamese() {
        Locale lao = Locale.forLanguageTag("lo");
        for (BorderGatePair pair : referenceData.borderGates()) {
            ReferenceNames.GateNames gates =
                    names.gatePair(GatePairId.parse(pair.pairId())).orElseThrow();
            for (LocalizedText gate : List.of(gates.vnGate(), gates.laoGate())) {
                LocalizedText.Shown shown = gate.in(lao);
                assertThat(shown.fallback()).as(pair.pairId()).isFalse();
                assertThat(laoScript(shown.text())).as(pair.pairId()).isTrue();
                assertThat(gate.in(Locale.forLanguageTag("vi")).fallback())
                        .as(pair.pairId() + " in Vietnamese")
                        .isFalse();
            }
        }
        assertThat(names.gatePair(GatePairId.parse("VL-INT-06"))
                        .orElseThrow()
                        .laoGate()
                        .in(lao)
                        .text())
                .isEqualTo("ແດນສະຫວັນ");
    }
}
