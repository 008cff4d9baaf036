package org.vietlao.linkage.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.HsCode;

/**
 * An enterprise's partners as a list that scales: filtered by the partner's province, an HS code involved, a
 * lowest score and the partner's verification, sorted, and cut into pages. The partners come from the index (at
 * most {@link Matchmaker#MAX_LISTED}); everything here is a pure function of them.
 */
final class MatchListing {

    static final int PAGE_SIZE = 20;

    private MatchListing() {}

    enum Sort {
        SCORE,
        DISTANCE,
        NAME
    }

    /**
     * What to keep; {@code null} means any.
     *
     * @param province the partner's province code
     * @param hsPrefix 2 to 8 digits that start the enterprise's or the partner's code of some relation
     * @param minScore the lowest score kept, in [0, 1]
     * @param verifiedOnly keep only partners an analyst verified
     */
    record Criteria(String province, String hsPrefix, Double minScore, boolean verifiedOnly, Sort sort) {

        static final Criteria ALL = new Criteria(null, null, null, false, Sort.SCORE);

        /** From request parameters; a malformed value is PLT-002 naming the parameter. */
        static Criteria parse(String province, String hs, String minScore, String verified, String sort) {
            String provinceCode = blank(province) ? null : province.strip();
            if (provinceCode != null && !provinceCode.matches("[A-Z0-9-]{1,10}")) {
                throw malformed("province");
            }
            String hsPrefix =
                    blank(hs) ? null : HsCode.tryParse(hs).map(HsCode::digits).orElseThrow(() -> malformed("hs"));
            Double score = null;
            if (!blank(minScore)) {
                try {
                    score = Double.valueOf(minScore.strip().replace(',', '.'));
                } catch (NumberFormatException ex) {
                    throw malformed("minScore");
                }
                if (score.isNaN() || score < 0 || score > 1) {
                    throw malformed("minScore");
                }
            }
            Sort order = Sort.SCORE;
            if (!blank(sort)) {
                try {
                    order = Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    throw malformed("sort");
                }
            }
            return new Criteria(provinceCode, hsPrefix, score, "true".equals(verified), order);
        }

        boolean keeps(Match match, Set<Long> verifiedPartners) {
            Party partner = match.partner();
            if (province != null && !province.equals(partner.provinceCode())) {
                return false;
            }
            if (minScore != null && ScoringFormula.rounded(match.score()) < minScore) {
                return false;
            }
            if (verifiedOnly && !verifiedPartners.contains(partner.id())) {
                return false;
            }
            return hsPrefix == null
                    || match.products().stream()
                            .anyMatch(p -> p.yourHsCode().startsWith(hsPrefix)
                                    || p.partnerHsCode().startsWith(hsPrefix));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static BusinessException malformed(String parameter) {
            return BusinessException.onField(ErrorCode.PLT_002, parameter, parameter);
        }
    }

    /** One page of a listing and where it sits in the whole. */
    record Page(List<Match> items, int page, int size, long total) {

        public long first() {
            return (long) page * size + 1;
        }

        public long last() {
            return (long) page * size + items.size();
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return last() < total;
        }
    }

    /** The partners kept, in the order asked for (ties by score, then partner id). */
    static List<Match> filtered(List<Match> matches, Criteria criteria, Set<Long> verifiedPartners, String language) {
        Comparator<Match> byScore = Comparator.comparingDouble(Match::score)
                .reversed()
                .thenComparingLong(match -> match.partner().id());
        Comparator<Match> order = switch (criteria.sort()) {
            case SCORE -> byScore;
            case DISTANCE ->
                Comparator.comparing(
                                (Match match) -> match.route() == null
                                        ? null
                                        : match.route().distanceKm(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(byScore);
            case NAME ->
                Comparator.comparing((Match match) -> match.partner().nameIn(language), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(byScore);
        };
        return matches.stream()
                .filter(match -> criteria.keeps(match, verifiedPartners))
                .sorted(order)
                .toList();
    }

    /** Page {@code page} (from 0; past the end gives the last page) of {@code kept}. */
    static Page page(List<Match> kept, int page) {
        int lastPage = Math.max(0, (kept.size() - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, lastPage));
        int from = p * PAGE_SIZE;
        return new Page(kept.subList(from, Math.min(kept.size(), from + PAGE_SIZE)), p, PAGE_SIZE, kept.size());
    }
}
