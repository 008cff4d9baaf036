package org.vietlao.linkage.trade;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.border.ReleasedGoods;
import org.vietlao.linkage.reference.CurrencyConverter;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.Money;

/**
 * Monthly figures by border gate rolled up from the declarations the border module released (issue 12, decision
 * 0039): the declared values of each month, gate and flow, converted to USD at the platform's rate for the month's
 * last day, with the source "platform declarations". Computed when read, never stored among the published figures:
 * they are the platform's own records of the gates it serves, not an official statistic, and do not enter the
 * reconciliation of decision 0022.
 */
@Component
class GateFigures {

    static final String SOURCE = "platform declarations";

    private final ReleasedGoods released;
    private final CurrencyConverter converter;
    private final ReferenceNames names;

    GateFigures(ReleasedGoods released, CurrencyConverter converter, ReferenceNames names) {
        this.released = released;
        this.converter = converter;
        this.names = names;
    }

    /**
     * One gate's trade in one month and flow.
     *
     * @param unconverted declared values in a currency without a platform rate for the month (left out of
     *     {@code valueUsd}, counted here)
     */
    record GateMonth(
            YearMonth month,
            String gatePairId,
            LocalizedText.Shown vnGate,
            LocalizedText.Shown laoGate,
            Flow flow,
            BigDecimal valueUsd,
            long declarations,
            int unconverted,
            boolean demo,
            String source) {}

    /**
     * The flow a declaration is: goods a Vietnamese trader exports or a Lao trader imports go from Viet Nam to
     * Laos, and the other way round; transit is not trade between the two.
     */
    private static LocalizedText.Shown unnamed(String pairId) {
        return LocalizedText.same(pairId).in(Locale.ENGLISH);
    }

    static Flow flow(String direction, String traderCountry) {
        boolean vn = "VN".equals(traderCountry);
        return switch (direction) {
            case "EXPORT" -> vn ? Flow.VN_TO_LA : Flow.LA_TO_VN;
            case "IMPORT" -> vn ? Flow.LA_TO_VN : Flow.VN_TO_LA;
            default -> null;
        };
    }

    List<GateMonth> monthly(int fromYear, int toYear, Locale locale) {
        record Key(YearMonth month, String gate, Flow flow) {}
        Map<Key, GateMonth> sums = new LinkedHashMap<>();
        for (ReleasedGoods.GateMonth g : released.byGateAndMonth(fromYear, toYear)) {
            Flow flow = flow(g.direction(), g.traderCountry());
            if (flow == null) {
                continue;
            }
            BigDecimal usd;
            int unconverted = 0;
            try {
                usd = converter
                        .toUsd(Money.of(g.value(), g.currency()), g.month().atEndOfMonth())
                        .to()
                        .amount();
            } catch (BusinessException ex) {
                usd = BigDecimal.ZERO;
                unconverted = 1;
            }
            Key key = new Key(g.month(), g.gatePairId(), flow);
            GateMonth before = sums.get(key);
            if (before == null) {
                var gate = names.gatePair(GatePairId.parse(g.gatePairId()));
                sums.put(
                        key,
                        new GateMonth(
                                g.month(),
                                g.gatePairId(),
                                gate.map(n -> n.vnGate().in(locale)).orElse(unnamed(g.gatePairId())),
                                gate.map(n -> n.laoGate().in(locale)).orElse(unnamed(g.gatePairId())),
                                flow,
                                usd,
                                g.declarations(),
                                unconverted,
                                g.demo(),
                                SOURCE));
            } else {
                sums.put(
                        key,
                        new GateMonth(
                                before.month(),
                                before.gatePairId(),
                                before.vnGate(),
                                before.laoGate(),
                                flow,
                                before.valueUsd().add(usd),
                                // Declarations of traders of both countries add up; one with items declared in two
                                // currencies is counted under each (rare; the value is not doubled).
                                before.declarations() + g.declarations(),
                                before.unconverted() + unconverted,
                                before.demo() && g.demo(),
                                SOURCE));
            }
        }
        return new ArrayList<>(sums.values());
    }
}
