package org.vietlao.linkage.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vietlao.linkage.reference.BorderGatePair;
import org.vietlao.linkage.reference.CoordinatePrecision;
import org.vietlao.linkage.reference.GatePoint;
import org.vietlao.linkage.reference.GateType;
import org.vietlao.linkage.reference.Province;

/**
 * Hand-built enterprises, provinces and gates for the engine's unit tests: a few provinces on each side with
 * their real capitals, and gates whose class and precision the tests choose.
 */
final class Parties {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final Province NGHE_AN = province("VN", "40", "Nghệ An", 18.67337, 105.69232);
    static final Province HA_TINH = province("VN", "42", "Hà Tĩnh", 18.34282, 105.90569);
    static final Province QUANG_TRI = province("VN", "44", "Quảng Trị", 17.46885, 106.62226);
    static final Province SAVANNAKHET = province("LA", "LA-SV", "Savannakhet", 16.5703, 104.7622);
    static final Province BOLIKHAMXAY = province("LA", "LA-BL", "Bolikhamxay", 18.3942, 103.6611);
    static final Province VIENTIANE = province("LA", "LA-VT", "Vientiane", 17.96667, 102.6);

    /** Cầu Treo – Nậm Phao: international, both sides at the gate. */
    static final BorderGatePair CAU_TREO =
            gate("VL-INT-04", GateType.INTERNATIONAL, 18.38333, 105.15, CoordinatePrecision.EXACT);
    /** Lao Bảo – Densavanh: international, both sides at the town by the gate. */
    static final BorderGatePair LAO_BAO =
            gate("VL-INT-06", GateType.INTERNATIONAL, 16.62, 106.6, CoordinatePrecision.TOWN);

    static final List<ValueChainLink> LINKS = List.of(link(1, "0714", "1108", "0.80"), link(2, "4001", "4011", "0.80"));

    private Parties() {}

    static GateRoutes routes(BorderGatePair... gates) {
        return GateRoutes.of(
                List.of(NGHE_AN, HA_TINH, QUANG_TRI), List.of(SAVANNAKHET, BOLIKHAMXAY, VIENTIANE), List.of(gates));
    }

    static GateRoutes routes() {
        return routes(CAU_TREO, LAO_BAO);
    }

    static MatchEngine engine(List<Party> parties) {
        return new MatchEngine(PartyIndex.of(parties), LINKS, routes());
    }

    static Province province(String country, String code, String name, double lat, double lon) {
        return new Province(country, code, name, name, name, name, lat, lon, FROM, null);
    }

    static BorderGatePair gate(String id, GateType type, double lat, double lon, CoordinatePrecision precision) {
        GatePoint point = new GatePoint(lat, lon, precision, id, BigDecimal.ONE);
        return new BorderGatePair(id, id + " VN", id + " LA", type, false, HA_TINH, HA_TINH, BOLIKHAMXAY, point, point);
    }

    static ValueChainLink link(long id, String input, String product, String strength) {
        return new ValueChainLink(id, input, product, new BigDecimal(strength), null);
    }

    static Builder vn(long id) {
        return new Builder(id, "VN", NGHE_AN.code());
    }

    static Builder la(long id) {
        return new Builder(id, "LA", SAVANNAKHET.code());
    }

    static final class Builder {

        private final long id;
        private final String country;
        private String province;
        private final List<Party.Offer> offers = new ArrayList<>();
        private final List<Party.Need> needs = new ArrayList<>();
        private Set<String> certifications = Set.of();

        Builder(long id, String country, String province) {
            this.id = id;
            this.country = country;
            this.province = province;
        }

        Builder in(Province where) {
            this.province = where.code();
            return this;
        }

        Builder offers(String code) {
            return offers(code, null, null);
        }

        Builder offers(String code, Double capacity, String unit) {
            offers.add(new Party.Offer(HsLine.of(code), capacity, unit));
            return this;
        }

        Builder needs(String code) {
            return needs(code, null, null);
        }

        Builder needs(String code, Double volume, String unit, String... certifications) {
            needs.add(new Party.Need(HsLine.of(code), volume, unit, Set.of(certifications)));
            return this;
        }

        Builder holds(String... held) {
            this.certifications = Set.of(held);
            return this;
        }

        Party build() {
            return new Party(
                    id,
                    country,
                    country + " enterprise " + id,
                    Map.of("en", "Enterprise " + id),
                    province,
                    "1030",
                    certifications,
                    null,
                    List.copyOf(offers),
                    List.copyOf(needs));
        }
    }
}
