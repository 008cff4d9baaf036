package org.vietlao.linkage.trade;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the reconciled series chooses among conflicting figures (decision 0022), under {@code linkage.trade}.
 *
 * @param preferredSide whose statistics the series follows when both sides published (the other side's figure
 *     is shown beside it as the mirror figure)
 * @param customsAgencies words that mark a figure as customs statistics (preferred first)
 * @param ministryAgencies words that mark a figure as a ministry's (second); any other source comes last
 */
@ConfigurationProperties("linkage.trade")
record TradeSettings(String preferredSide, List<String> customsAgencies, List<String> ministryAgencies) {

    TradeSettings {
        preferredSide = preferredSide == null ? "VN" : preferredSide;
        customsAgencies = customsAgencies == null ? List.of("customs", "GDC") : List.copyOf(customsAgencies);
        ministryAgencies = ministryAgencies == null
                ? List.of("Ministry", "MoIT", "MoIC", "Trade Office", "Intergovernmental", "MPI")
                : List.copyOf(ministryAgencies);
    }

    static TradeSettings defaults() {
        return new TradeSettings(null, null, null);
    }
}
