package org.vietlao.linkage.reference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.ProvinceCode;

/**
 * The one place that names reference data in the platform's three languages: provinces of both countries,
 * countries, border gates and HS codes, each as a {@link LocalizedText}. Pages, exports and API responses that
 * have a language show {@code names.in(locale)}; where a translation is missing, the {@link LocalizedText}
 * fallback rule picks another language and says so.
 *
 * <p>What exists (see {@code docs/reference-data.md}): every province in English and in its own country's
 * language; Lao provinces in Vietnamese; Vietnamese provinces in Lao;
 * countries in all three (Unicode CLDR); gates in the Latin-script names of the 2016 agreement (used for English
 * and Vietnamese), in Lao for the international pairs only (V171); HS descriptions in English and Vietnamese
 * (none in Lao). The Lao names of Vietnamese provinces other than CLDR's five and of the gates are the project's
 * renderings (V170, V171; decision 0032).
 */
@Service
public class ReferenceNames {

    private final JdbcClient jdbc;
    private final ReferenceData referenceData;
    private final HsNomenclature nomenclature;
    private volatile Map<String, String[]> laoGateNames;

    ReferenceNames(JdbcClient jdbc, ReferenceData referenceData, HsNomenclature nomenclature) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
        this.nomenclature = nomenclature;
    }

    /** A province's names with its code, as lists and filters show it. */
    public record NamedProvince(ProvinceCode code, LocalizedText names) {}

    /** The names of the provinces of both countries valid on {@code day}, Viet Nam first, each by code. */
    public List<NamedProvince> provincesOn(LocalDate day) {
        return jdbc.sql("SELECT country, code, name_en, name_vi, name_lo FROM province WHERE valid_from <= :day "
                        + "AND (valid_to IS NULL OR valid_to >= :day) ORDER BY country DESC, code")
                .param("day", day)
                .query((rs, n) -> new NamedProvince(
                        ProvinceCode.parse(rs.getString("code")),
                        LocalizedText.of(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo"))))
                .list();
    }

    /** The names of today's provinces of both countries, by code. */
    public Map<ProvinceCode, LocalizedText> currentProvinces() {
        Map<ProvinceCode, LocalizedText> names = new LinkedHashMap<>();
        provincesOn(referenceData.today()).forEach(p -> names.put(p.code(), p.names()));
        return names;
    }

    /** Province code (as text) to its name for a reader of {@code locale}, for today's provinces. */
    public Map<String, LocalizedText.Shown> currentProvinceNamesIn(Locale locale) {
        Map<String, LocalizedText.Shown> names = new LinkedHashMap<>();
        currentProvinces().forEach((code, text) -> names.put(code.code(), text.in(locale)));
        return names;
    }

    /** A province's names: the one valid today, else the latest one with that code (a code of before 2025). */
    public Optional<LocalizedText> province(ProvinceCode code) {
        return jdbc.sql("SELECT name_en, name_vi, name_lo FROM province WHERE country = :country AND code = :code "
                        + "ORDER BY (valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)) DESC, valid_from DESC "
                        + "LIMIT 1")
                .param("country", code.country().alpha2())
                .param("code", code.code())
                .param("day", referenceData.today())
                .query((rs, n) ->
                        LocalizedText.of(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo")))
                .optional();
    }

    /** The names of one province as the reference data has them (for a {@link Province} already read). */
    public LocalizedText province(Province province) {
        return jdbc.sql("SELECT name_en, name_vi, name_lo FROM province WHERE country = :country AND code = :code "
                        + "AND valid_from = :from")
                .param("country", province.country())
                .param("code", province.code())
                .param("from", province.validFrom())
                .query((rs, n) ->
                        LocalizedText.of(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo")))
                .optional()
                .orElseGet(() -> LocalizedText.of(province.nameEn(), null, null));
    }

    /** A country's names; empty for a code the country list lacks. */
    public Optional<LocalizedText> country(CountryCode country) {
        return jdbc.sql("SELECT name_en, name_vi, name_lo FROM country WHERE alpha2 = :code")
                .param("code", country.alpha2())
                .query((rs, n) ->
                        LocalizedText.of(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo")))
                .optional();
    }

    /**
     * The names of the two gates of a pair. The sources write both in Latin script ("Lao Bảo", "Đen Sạ Vẳn
     * (Densavanh/Dansavanh)"), which serves English and Vietnamese readers; Lao names exist for the international
     * pairs only (V171, the project's renderings, decision 0032), so Lao readers get the others' fallback, marked.
     */
    public record GateNames(GatePairId pair, LocalizedText vnGate, LocalizedText laoGate) {}

    /** The names of a pair's gates, with the Lao ones where the reference data has them. */
    public GateNames gateNames(String pairId, String vnGate, String laoGate) {
        String[] lao = laoGateNames().get(pairId);
        return new GateNames(
                GatePairId.parse(pairId),
                LocalizedText.of(vnGate, vnGate, lao == null ? null : lao[0]),
                LocalizedText.of(laoGate, laoGate, lao == null ? null : lao[1]));
    }

    public Optional<GateNames> gatePair(GatePairId id) {
        return referenceData.borderGate(id).map(pair -> gateNames(pair.pairId(), pair.vnGate(), pair.laoGate()));
    }

    /** Pair id to the Lao names of its Vietnamese and Lao gate; read once (gate pairs change only by migration). */
    private Map<String, String[]> laoGateNames() {
        Map<String, String[]> names = laoGateNames;
        if (names == null) {
            Map<String, String[]> read = new LinkedHashMap<>();
            jdbc.sql("SELECT pair_id, vn_gate_lo, lao_gate_lo FROM border_gate_pair "
                            + "WHERE vn_gate_lo IS NOT NULL OR lao_gate_lo IS NOT NULL")
                    .query(rs -> {
                        read.put(
                                rs.getString("pair_id"),
                                new String[] {rs.getString("vn_gate_lo"), rs.getString("lao_gate_lo")});
                    });
            names = Map.copyOf(read);
            laoGateNames = names;
        }
        return names;
    }

    /**
     * An HS code's description in English, Vietnamese and Lao. The nomenclature has no Lao text of its own: a
     * chapter's Lao name is the platform's translation (V207, decision 0100), and a heading, subheading or national
     * line reads in Lao as its chapter's Lao name, {@value #LAO_CHAPTER_SEPARATOR}, its English description.
     */
    public Optional<LocalizedText> hsDescription(HsCode code) {
        return nomenclature.find(code.digits()).map(entry -> {
            String en = entry.descriptionEn();
            if (en == null && entry.parent() != null) {
                // National lines have no English text of their own; the subheading's describes them.
                en = nomenclature
                        .find(entry.parent())
                        .map(HsEntry::descriptionEn)
                        .orElse(null);
            }
            String lo = entry.descriptionLo();
            if (lo == null && en != null) {
                String english = en;
                lo = nomenclature
                        .laoChapter(entry.code())
                        .map(chapter -> chapter + LAO_CHAPTER_SEPARATOR + english)
                        .orElse(null);
            }
            return LocalizedText.of(en, entry.descriptionVi(), lo);
        });
    }

    /** Between a chapter's Lao name and the English description of a code below it. */
    public static final String LAO_CHAPTER_SEPARATOR = " › ";
}
