package org.vietlao.linkage.promotion;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.enterprise.EnterpriseProfile;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.BusinessException.FieldError;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.ProvinceCode;
import org.vietlao.linkage.shared.SearchText;

/**
 * Branded products: registered by their producer (an ENTERPRISE user of the enterprise) or an analyst, checked
 * against the registry (the HS code must be one of the enterprise's offers), and searched in the public catalogue
 * through one accent-folded column that a pg_trgm index serves (decision 0067).
 */
@Service
class Products {

    static final int MAX_LIST = 10;
    static final int MAX_ITEM = 60;
    static final int MAX_NAME = 200;
    /** A search counts its matches up to this many; more shows as "more than". */
    static final int COUNT_CAP = 1000;
    /** How many searches' counts are kept (decision 0108). */
    static final int COUNTS_KEPT = 10_000;

    private final JdbcClient jdbc;
    private final EnterpriseDirectory enterprises;
    private final ReferenceNames names;
    private final RatingRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Counts counts = new Counts(COUNTS_KEPT);

    Products(
            JdbcClient jdbc,
            EnterpriseDirectory enterprises,
            ReferenceNames names,
            RatingRules rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.names = names;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Who may register a product for an enterprise: an analyst, or an ENTERPRISE user acting for it. */
    static void requireProducer(Actor actor, Long enterpriseId) {
        actor.require(actor.isAnalyst() || (enterpriseId != null && actor.actsFor(enterpriseId)));
    }

    @Transactional
    Product create(ProductDraft draft, Actor actor) {
        requireProducer(actor, draft.enterpriseId());
        Checked checked = check(draft);
        long id = jdbc.sql("""
				INSERT INTO promotion_product (enterprise_id, country, province_code, hs_code, category, brand_en,
				  brand_vi, brand_lo, name_en, name_vi, name_lo, rating_stars, certificate_number, rating_level,
				  rated_on, rating_expires_on, certifications, pack_sizes, price_min, price_max, currency, search_text,
				  created_by, created_at)
				VALUES (:enterprise, :country, :province, :hs, :category, :brandEn, :brandVi, :brandLo, :nameEn, :nameVi,
				  :nameLo, :stars, :certificate, :level, :ratedOn, :expiresOn, :certifications, :packSizes, :priceMin,
				  :priceMax, :currency, :search, :user, :now)
				RETURNING id""")
                .params(columns(checked))
                .param("user", actor.username())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Product product = require(id);
        events.publishEvent(EntityChanged.created("promotion_product", id, product.auditValues()));
        return product;
    }

    @Transactional
    Product change(long id, ProductDraft draft, Actor actor) {
        Product before = require(id);
        requireProducer(actor, before.enterpriseId());
        if (draft.enterpriseId() != null && draft.enterpriseId() != before.enterpriseId()) {
            throw BusinessException.onField(ErrorCode.PRM_001, "enterpriseId", draft.enterpriseId());
        }
        Checked checked = check(new ProductDraft(
                before.enterpriseId(),
                draft.hsCode(),
                draft.category(),
                draft.brand(),
                draft.name(),
                draft.rating(),
                draft.certifications(),
                draft.packSizes(),
                draft.priceMin(),
                draft.priceMax(),
                draft.currency()));
        jdbc.sql("""
				UPDATE promotion_product SET province_code = :province, hs_code = :hs, category = :category,
				  brand_en = :brandEn, brand_vi = :brandVi, brand_lo = :brandLo, name_en = :nameEn, name_vi = :nameVi,
				  name_lo = :nameLo, rating_stars = :stars, certificate_number = :certificate, rating_level = :level,
				  rated_on = :ratedOn, rating_expires_on = :expiresOn, certifications = :certifications,
				  pack_sizes = :packSizes, price_min = :priceMin, price_max = :priceMax, currency = :currency,
				  search_text = :search, version = version + 1
				WHERE id = :id""").params(columns(checked)).param("id", id).update();
        Product after = require(id);
        EntityChanged change =
                EntityChanged.updated("promotion_product", id, before.auditValues(), after.auditValues());
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    Optional<Product> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .param("today", today())
                .query(this::product)
                .optional()
                .map(this::withPhotos);
    }

    Product require(long id) {
        return find(id).orElseThrow(() -> new BusinessException(ErrorCode.PRM_002, id));
    }

    /** Products of one enterprise, newest first. */
    List<Product> ofEnterprises(java.util.Collection<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE p.enterprise_id IN (:ids) ORDER BY p.id DESC")
                .param("ids", enterpriseIds)
                .param("today", today())
                .query(this::product)
                .list();
    }

    /**
     * A catalogue search.
     *
     * @param country VN or LA
     * @param text words that must all occur (accent-insensitive) in a name, brand, category, HS code or province
     * @param category a product group
     * @param minRating valid ratings of at least this many stars
     * @param exportReady only export-ready (true) or only not (false)
     * @param province the producer's province code
     * @param hs an HS code prefix
     */
    record Query(
            String country,
            String text,
            Category category,
            Integer minRating,
            Boolean exportReady,
            String province,
            String hs,
            int page,
            int size) {}

    /**
     * One page of a search.
     *
     * @param total matches counted, up to {@link #COUNT_CAP}
     * @param more whether there are more matches than {@code total}
     */
    record Found(List<Product> items, int page, int size, long total, boolean more) {}

    /** Reads and checks search parameters; PRM-014 naming the parameter. */
    static Query query(
            String country,
            String text,
            String category,
            Integer minRating,
            Boolean exportReady,
            String province,
            String hs,
            Integer page,
            Integer size) {
        List<FieldError> errors = new ArrayList<>();
        String c = country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (c == null || !(c.equals("VN") || c.equals("LA"))) {
            errors.add(new FieldError("country", "promotion.rule.country"));
        }
        if (text != null && text.length() > 100) {
            errors.add(new FieldError("q", "promotion.rule.length", 100));
        }
        Category cat = null;
        if (category != null && !category.isBlank()) {
            cat = Category.parse(category);
            if (cat == null) {
                errors.add(new FieldError("category", "promotion.rule.category"));
            }
        }
        if (minRating != null && (minRating < 1 || minRating > 5)) {
            errors.add(new FieldError("minRating", "promotion.rule.range", 1, 5));
        }
        if (province != null && (province.length() > 10 || !province.matches("[A-Za-z0-9-]*"))) {
            errors.add(new FieldError("province", "promotion.rule.province"));
        }
        if (hs != null && !hs.matches("\\d{0,8}")) {
            errors.add(new FieldError("hs", "promotion.rule.hsPrefix"));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || p > 10_000) {
            errors.add(new FieldError("page", "promotion.rule.range", 0, 10_000));
        }
        if (s < 1 || s > 100) {
            errors.add(new FieldError("size", "promotion.rule.range", 1, 100));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.PRM_014, errors);
        }
        return new Query(
                c,
                text == null || SearchText.fold(text).isEmpty() ? null : text,
                cat,
                minRating,
                exportReady,
                province == null || province.isBlank() ? null : province.strip(),
                hs == null || hs.isBlank() ? null : hs,
                p,
                s);
    }

    /**
     * One page of a search (decisions 0093 and 0108). The matches are counted up to {@link #COUNT_CAP} through the
     * trigram index, once per catalogue version (0108: the count is kept until a statement writes products or rating
     * rules). When there are at most that many, the page is cut from all of them in order; when there are more (a
     * common word), it is read by walking {@code promotion_product_ranked} in the page's order (valid ratings first,
     * then the others, each by stars and id) and keeping the rows that match, so that a word found in thousands of
     * products costs about a page of rows, not a sort of every match. Both give the same page.
     */
    Found search(Query query) {
        long counted = count(query);
        List<Product> items = withPhotos(counted > COUNT_CAP ? pageByWalking(query) : pageBySortingEveryMatch(query));
        return new Found(items, query.page(), query.size(), Math.min(counted, COUNT_CAP), counted > COUNT_CAP);
    }

    /**
     * The search's matches, counted up to {@code COUNT_CAP + 1}: kept from an earlier search with the same conditions
     * on the same day when the catalogue's version has not changed since (decision 0108), counted otherwise.
     */
    long count(Query query) {
        Filter indexed = filter(query, false);
        CountKey key = new CountKey(indexed.where(), indexed.params());
        long version = jdbc.sql("SELECT version FROM promotion_catalogue_version")
                .query(Long.class)
                .single();
        Long kept = counts.get(key, version);
        if (kept != null) {
            return kept;
        }
        // the version and the count in one statement, so both come from the same snapshot
        Map<String, Object> row = jdbc.sql("SELECT (SELECT version FROM promotion_catalogue_version) AS version,"
                        + " (SELECT count(*) FROM (SELECT 1 FROM promotion_product p JOIN promotion_rating_rule r"
                        + " ON r.country = p.country" + indexed.where() + " LIMIT " + (COUNT_CAP + 1)
                        + ") x) AS counted")
                .params(indexed.params())
                .query()
                .singleRow();
        long counted = ((Number) row.get("counted")).longValue();
        counts.put(key, ((Number) row.get("version")).longValue(), counted);
        return counted;
    }

    /** A search's conditions (its SQL and values, today included), without its page. */
    record CountKey(String where, Map<String, Object> params) {}

    /**
     * Counts of recent searches, each with the catalogue version it was counted at; at most {@code capacity}, the
     * least recently used dropped first.
     */
    static final class Counts {

        private record Kept(long version, long counted) {}

        private final int capacity;
        private final Map<CountKey, Kept> kept;

        Counts(int capacity) {
            this.capacity = capacity;
            this.kept = new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<CountKey, Kept> eldest) {
                    return size() > Counts.this.capacity;
                }
            };
        }

        /** The count kept for {@code key} at {@code version}, or null. */
        synchronized Long get(CountKey key, long version) {
            Kept k = kept.get(key);
            return k == null || k.version() != version ? null : k.counted();
        }

        synchronized void put(CountKey key, long version, long counted) {
            kept.put(key, new Kept(version, counted));
        }

        synchronized int size() {
            return kept.size();
        }
    }

    /** The search's conditions as SQL; {@code walking}: words tested row by row, so the trigram index is not used. */
    private record Filter(String where, Map<String, Object> params) {}

    private Filter filter(Query query, boolean walking) {
        StringBuilder where = new StringBuilder(" WHERE p.country = :country");
        Map<String, Object> params = new HashMap<>();
        params.put("country", query.country());
        params.put("today", today());
        if (query.text() != null) {
            String[] words = SearchText.fold(query.text()).split(" ");
            for (int i = 0; i < words.length; i++) {
                if (walking) {
                    where.append(" AND strpos(p.search_text, :w").append(i).append(") > 0");
                    params.put("w" + i, words[i]);
                } else {
                    where.append(" AND p.search_text LIKE :w").append(i);
                    params.put("w" + i, "%" + escapeLike(words[i]) + "%");
                }
            }
        }
        if (query.category() != null) {
            where.append(" AND p.category = :category");
            params.put("category", query.category().name());
        }
        if (query.minRating() != null) {
            where.append(" AND p.rating_stars >= :min AND ").append(VALID);
            params.put("min", query.minRating());
        }
        if (query.exportReady() != null) {
            where.append(query.exportReady() ? " AND " : " AND NOT ").append(READY);
        }
        if (query.province() != null) {
            where.append(" AND p.province_code = :province");
            params.put("province", query.province());
        }
        if (query.hs() != null) {
            where.append(" AND p.hs_code LIKE :hs");
            params.put("hs", query.hs() + "%");
        }
        return new Filter(where.toString(), params);
    }

    /** The page cut from every match sorted: the plan for a few matches (and the reference for the walk's test). */
    List<Product> pageBySortingEveryMatch(Query query) {
        Filter f = filter(query, false);
        return jdbc.sql(SELECT + f.where() + " ORDER BY (" + VALID
                        + ") DESC, p.rating_stars DESC NULLS LAST, p.id LIMIT :limit OFFSET :offset")
                .params(f.params())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(this::product)
                .list();
    }

    /**
     * The page read in order from the ranked index: first the matches with a valid rating, then (when the page
     * reaches past them) the others, each by stars (unrated last) and id, as {@link #pageBySortingEveryMatch} sorts.
     * A rated product always has its rating day (a check of V601), so validity is never unknown.
     */
    List<Product> pageByWalking(Query query) {
        Filter f = filter(query, true);
        long offset = (long) query.page() * query.size();
        long wanted = offset + query.size();
        String order = " ORDER BY p.rating_stars DESC NULLS LAST, p.id LIMIT :limit";
        List<Product> rows = new ArrayList<>(jdbc.sql(SELECT + f.where() + " AND " + VALID + order)
                .params(f.params())
                .param("limit", wanted)
                .query(this::product)
                .list());
        if (rows.size() < wanted) {
            rows.addAll(jdbc.sql(SELECT + f.where() + " AND NOT " + VALID + order)
                    .params(f.params())
                    .param("limit", wanted - rows.size())
                    .query(this::product)
                    .list());
        }
        return offset >= rows.size() ? List.of() : List.copyOf(rows.subList((int) offset, rows.size()));
    }

    /** Export-ready products of {@code country} that no live listing puts at {@code channelId}. */
    List<Product> readyNotAt(String country, long channelId, int limit) {
        return jdbc.sql(SELECT + " WHERE p.country = :country AND " + READY + """
				 AND NOT EXISTS (SELECT 1 FROM promotion_listing l WHERE l.product_id = p.id AND l.channel_id = :channel
				   AND l.status <> 'DECLINED') ORDER BY p.rating_stars DESC, p.id LIMIT :limit""")
                .param("country", country)
                .param("channel", channelId)
                .param("limit", limit)
                .param("today", today())
                .query(this::product)
                .list();
    }

    /** Export-ready products with no accepted listing in the other country, by country. */
    List<Product> readyWithoutChannel(String country, int limit) {
        return jdbc.sql(SELECT + " WHERE p.country = :country AND " + READY + """
				 AND NOT EXISTS (SELECT 1 FROM promotion_listing l WHERE l.product_id = p.id AND l.status = 'ACCEPTED')
				 ORDER BY p.rating_stars DESC, p.id LIMIT :limit""")
                .param("country", country)
                .param("limit", limit)
                .param("today", today())
                .query(this::product)
                .list();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(org.vietlao.linkage.reference.ReferenceData.REGION_TIME));
    }

    // ---- checks

    /** A draft that passed its checks, with what the registry and the rule added. */
    record Checked(
            ProductDraft draft,
            EnterpriseProfile enterprise,
            Category category,
            Rating rating,
            String hs,
            List<String> certifications,
            List<String> packSizes,
            String currency,
            String search) {}

    Checked check(ProductDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        EnterpriseProfile enterprise = draft.enterpriseId() == null
                ? null
                : enterprises.find(new EnterpriseId(draft.enterpriseId())).orElse(null);
        if (enterprise == null) {
            errors.add(new FieldError("enterpriseId", "promotion.rule.enterprise"));
        }
        String hs = draft.hsCode() == null ? "" : draft.hsCode().strip();
        if (enterprise != null
                && enterprise.offers().stream()
                        .noneMatch(offer -> offer.hsCode().equals(hs))) {
            errors.add(new FieldError("hsCode", "promotion.rule.offer"));
        }
        Category category = Category.parse(draft.category());
        if (category == null) {
            errors.add(new FieldError("category", "promotion.rule.category"));
        }
        LocalizedText brand = texts(draft.brand(), "brand", errors);
        LocalizedText name = texts(draft.name(), "name", errors);
        Rating rating = Rating.NONE;
        ProductDraft.RatingInput r = draft.rating();
        if (r != null && r.stars() != null) {
            if (r.stars() < 1 || r.stars() > 5) {
                errors.add(new FieldError("rating.stars", "promotion.rule.range", 1, 5));
            }
            String certificate =
                    r.certificateNumber() == null ? "" : r.certificateNumber().strip();
            if (certificate.isEmpty() || certificate.length() > 60) {
                errors.add(new FieldError("rating.certificateNumber", "promotion.rule.certificate"));
            }
            if (!"PROVINCE".equals(r.level()) && !"NATIONAL".equals(r.level())) {
                errors.add(new FieldError("rating.level", "promotion.rule.level"));
            }
            if (r.ratedOn() == null
                    || r.ratedOn().isAfter(today())
                    || r.ratedOn().getYear() < 2000) {
                errors.add(new FieldError("rating.ratedOn", "promotion.rule.ratedOn"));
            } else if (r.expiresOn() != null && !r.expiresOn().isAfter(r.ratedOn())) {
                errors.add(new FieldError("rating.expiresOn", "promotion.rule.expiresOn"));
            }
            if (errors.isEmpty() && enterprise != null) {
                RatingRule rule = rules.of(enterprise.country());
                rating = new Rating(
                        r.stars(), certificate, r.level(), r.ratedOn(), rule.expiryOf(r.ratedOn(), r.expiresOn()));
            }
        } else if (r != null && (r.certificateNumber() != null || r.ratedOn() != null)) {
            errors.add(new FieldError("rating.stars", "promotion.rule.range", 1, 5));
        }
        List<String> certifications = items(draft.certifications(), "certifications", errors);
        List<String> packSizes = items(draft.packSizes(), "packSizes", errors);
        String currency = null;
        if (draft.priceMin() != null || draft.priceMax() != null) {
            currency = currencyOf(draft.currency());
            if (currency == null) {
                errors.add(new FieldError("currency", "promotion.rule.currency"));
            }
            if (!amount(draft.priceMin()) || !amount(draft.priceMax())) {
                errors.add(
                        new FieldError(!amount(draft.priceMin()) ? "priceMin" : "priceMax", "promotion.rule.amount"));
            } else if (draft.priceMin() != null
                    && draft.priceMax() != null
                    && draft.priceMax().compareTo(draft.priceMin()) < 0) {
                errors.add(new FieldError("priceMax", "promotion.rule.priceRange"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.PRM_001, errors);
        }
        String search = searchText(brand, name, category, hs, enterprise.provinceCode(), enterprise.country());
        return new Checked(draft, enterprise, category, rating, hs, certifications, packSizes, currency, search);
    }

    /** The folded text the catalogue searches: names, brands, category, HS code, province names. */
    String searchText(
            LocalizedText brand, LocalizedText name, Category category, String hs, String province, String country) {
        LocalizedText provinceNames = names.province(new ProvinceCode(new CountryCode(country), province))
                .orElse(LocalizedText.same(province));
        return searchText(brand, name, category, hs, provinceNames);
    }

    static String searchText(
            LocalizedText brand, LocalizedText name, Category category, String hs, LocalizedText provinceNames) {
        return SearchText.fold(Stream.of(
                                brand.asMap().values().stream(),
                                name.asMap().values().stream(),
                                Stream.of(category.name(), hs),
                                provinceNames.asMap().values().stream())
                        .flatMap(s -> s)
                        .collect(Collectors.joining(" ")))
                .replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ")
                .strip();
    }

    private static LocalizedText texts(ProductDraft.Texts texts, String field, List<FieldError> errors) {
        LocalizedText text = texts == null
                ? LocalizedText.of(null, null, null)
                : LocalizedText.of(texts.en(), texts.vi(), texts.lo());
        if (text.isEmpty()) {
            errors.add(new FieldError(field, "promotion.rule.languages"));
        }
        for (Map.Entry<String, String> entry : text.asMap().entrySet()) {
            if (entry.getValue().length() > MAX_NAME) {
                errors.add(new FieldError(field + "." + entry.getKey(), "promotion.rule.length", MAX_NAME));
            }
        }
        return text;
    }

    private static List<String> items(List<String> list, String field, List<FieldError> errors) {
        if (list == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String item : list) {
            String text = item == null ? "" : item.strip();
            if (text.length() > MAX_ITEM) {
                errors.add(new FieldError(field, "promotion.rule.length", MAX_ITEM));
                return List.of();
            }
            if (!text.isEmpty()) {
                kept.add(text);
            }
        }
        if (kept.size() > MAX_LIST) {
            errors.add(new FieldError(field, "promotion.rule.items", MAX_LIST));
        }
        return List.copyOf(kept);
    }

    static boolean amount(BigDecimal value) {
        return value == null || (value.signum() >= 0 && value.precision() - value.scale() <= 16 && value.scale() <= 2);
    }

    static String currencyOf(String code) {
        try {
            return org.vietlao.linkage.shared.Money.currency(code, "currency");
        } catch (BusinessException ex) {
            return null;
        }
    }

    private Map<String, Object> columns(Checked c) {
        Map<String, Object> values = new HashMap<>();
        LocalizedText brand = LocalizedText.of(
                c.draft().brand().en(),
                c.draft().brand().vi(),
                c.draft().brand().lo());
        LocalizedText name = LocalizedText.of(
                c.draft().name().en(), c.draft().name().vi(), c.draft().name().lo());
        values.put("enterprise", c.enterprise().id().value());
        values.put("country", c.enterprise().country());
        values.put("province", c.enterprise().provinceCode());
        values.put("hs", c.hs());
        values.put("category", c.category().name());
        values.put("brandEn", brand.en());
        values.put("brandVi", brand.vi());
        values.put("brandLo", brand.lo());
        values.put("nameEn", name.en());
        values.put("nameVi", name.vi());
        values.put("nameLo", name.lo());
        values.put("stars", c.rating().stars());
        values.put("certificate", c.rating().certificateNumber());
        values.put("level", c.rating().level());
        values.put("ratedOn", c.rating().ratedOn());
        values.put("expiresOn", c.rating().expiresOn());
        values.put("certifications", c.certifications().toArray(String[]::new));
        values.put("packSizes", c.packSizes().toArray(String[]::new));
        values.put("priceMin", c.draft().priceMin());
        values.put("priceMax", c.draft().priceMax());
        values.put("currency", c.currency());
        values.put("search", c.search());
        return values;
    }

    // ---- reading

    static final String VALID =
            "(p.rating_stars IS NOT NULL AND p.rated_on <= :today AND (p.rating_expires_on IS NULL OR p.rating_expires_on > :today))";
    static final String READY = "(" + VALID + " AND p.rating_stars >= r.min_stars_export)";
    static final String SELECT = "SELECT p.*, r.scheme, " + READY
            + " AS export_ready FROM promotion_product p JOIN promotion_rating_rule r ON r.country = p.country";

    Product product(ResultSet rs, int row) throws SQLException {
        Integer stars = (Integer) rs.getObject("rating_stars");
        LocalDate ratedOn = rs.getObject("rated_on", LocalDate.class);
        LocalDate expiresOn = rs.getObject("rating_expires_on", LocalDate.class);
        Rating rating =
                new Rating(stars, rs.getString("certificate_number"), rs.getString("rating_level"), ratedOn, expiresOn);
        LocalDate today = today();
        String state = !rating.isRated() ? "NONE" : rating.validOn(today) ? "VALID" : "EXPIRED";
        return new Product(
                rs.getLong("id"),
                rs.getLong("enterprise_id"),
                rs.getString("country"),
                rs.getString("province_code"),
                rs.getString("hs_code"),
                Category.valueOf(rs.getString("category")),
                LocalizedText.of(rs.getString("brand_en"), rs.getString("brand_vi"), rs.getString("brand_lo")),
                LocalizedText.of(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo")),
                new Product.RatingView(
                        rs.getString("scheme"),
                        stars,
                        rating.certificateNumber(),
                        rating.level(),
                        ratedOn,
                        expiresOn,
                        state),
                rs.getBoolean("export_ready"),
                strings(rs.getArray("certifications")),
                strings(rs.getArray("pack_sizes")),
                rs.getBigDecimal("price_min"),
                rs.getBigDecimal("price_max"),
                rs.getString("currency"),
                List.of(),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }

    private Product withPhotos(Product p) {
        List<Long> photos = jdbc.sql("SELECT id FROM promotion_product_photo WHERE product_id = :id ORDER BY position")
                .param("id", p.id())
                .query(Long.class)
                .list();
        return withPhotos(p, photos);
    }

    /** A page of products with their photos' ids, read in one query for the page (search results used to say none). */
    private List<Product> withPhotos(List<Product> page) {
        if (page.isEmpty()) {
            return page;
        }
        java.util.Map<Long, List<Long>> photos = new java.util.HashMap<>();
        jdbc.sql("SELECT product_id, id FROM promotion_product_photo WHERE product_id IN (:ids)"
                        + " ORDER BY product_id, position")
                .param("ids", page.stream().map(Product::id).toList())
                .query(rs -> {
                    photos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        return page.stream()
                .map(p -> withPhotos(p, photos.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private static Product withPhotos(Product p, List<Long> photos) {
        return new Product(
                p.id(),
                p.enterpriseId(),
                p.country(),
                p.provinceCode(),
                p.hsCode(),
                p.category(),
                p.brand(),
                p.name(),
                p.rating(),
                p.exportReady(),
                p.certifications(),
                p.packSizes(),
                p.priceMin(),
                p.priceMax(),
                p.currency(),
                photos,
                p.demo(),
                p.version());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
