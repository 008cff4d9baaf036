package org.vietlao.linkage.trade;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Country codes of world trade files: ISO 3166-1 alpha-3 in any letter case, the ISO numeric codes BACI uses
 * (with its few non-ISO ones), and the former ISO codes older world tables still carry (decision 0023).
 */
@Component
class WorldCountries {

    /** Codes withdrawn from ISO 3166-1 that world trade data of their years uses; kept as they are. */
    static final Map<String, String> FORMER = Map.of(
            "ANT", "ANT", // Netherlands Antilles, to 2010
            "SCG", "SCG", // Serbia and Montenegro, 2003–2006
            "YUG", "YUG", // Yugoslavia, to 2003
            "CSK", "CSK", // Czechoslovakia, to 1993
            "SUN", "SUN", // USSR, to 1992
            "ROM", "ROU", // Romania's alpha-3 until 2002
            "ZAR", "COD", // Zaire
            "TMP", "TLS"); // East Timor

    /** BACI's numeric codes that are not ISO's (CEPII country_codes file): USA, France, India, Switzerland, Norway. */
    static final Map<String, String> BACI_NUMERIC =
            Map.of("842", "USA", "251", "FRA", "699", "IND", "757", "CHE", "579", "NOR", "490", "TWN");

    private final Map<String, String> byAlpha3 = new HashMap<>();
    private final Map<String, String> byNumeric = new HashMap<>();

    WorldCountries(JdbcClient jdbc) {
        jdbc.sql("SELECT alpha3, numeric_code FROM country")
                .query((rs, n) -> {
                    byAlpha3.put(rs.getString(1), rs.getString(1));
                    byNumeric.put(rs.getString(2), rs.getString(1));
                    return null;
                })
                .list();
        byAlpha3.putAll(FORMER);
        byNumeric.putAll(BACI_NUMERIC);
    }

    Optional<String> alpha3(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(byAlpha3.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    Optional<String> numeric(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String digits = code.strip();
        while (digits.length() < 3) {
            digits = "0" + digits;
        }
        return Optional.ofNullable(byNumeric.get(digits));
    }
}
