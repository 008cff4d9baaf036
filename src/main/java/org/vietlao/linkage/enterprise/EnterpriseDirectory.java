package org.vietlao.linkage.enterprise;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.EnterpriseOwnership;
import org.vietlao.linkage.shared.SearchText;

/**
 * What other modules may read of the registry: one enterprise's profile, every profile (to build an index),
 * and which enterprises an organisation owns. Changes reach other modules as {@link EnterpriseRegistered},
 * {@link EnterpriseProfileChanged} and {@link EnterpriseRemoved}, published after commit.
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseDirectory implements EnterpriseOwnership {

    private static final String ENTERPRISE_COLUMNS = """
			SELECT id, country, name, name_vi, name_lo, name_en, province_code, sector, size_class,
			       verification_status, demo, owner_organisation_id FROM enterprise""";

    private final JdbcClient jdbc;

    EnterpriseDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EnterpriseProfile> find(EnterpriseId id) {
        Map<Long, Builder> builders = new LinkedHashMap<>();
        jdbc.sql(ENTERPRISE_COLUMNS + " WHERE id = :id").param("id", id.value()).query(rs -> {
            builders.put(rs.getLong("id"), Builder.from(rs));
        });
        if (builders.isEmpty()) {
            return Optional.empty();
        }
        String where = " WHERE enterprise_id = :id";
        fillDetails(builders, where, Map.of("id", id.value()));
        return Optional.of(builders.get(id.value()).build());
    }

    /**
     * Every profile in the registry, in id order, each handed to {@code consumer} once. Reads the registry in
     * four sequential scans, so it suits building an in-memory index at start-up.
     */
    public void forEachProfile(Consumer<EnterpriseProfile> consumer) {
        Map<Long, Builder> builders = new LinkedHashMap<>();
        jdbc.sql(ENTERPRISE_COLUMNS + " ORDER BY id").query(rs -> {
            builders.put(rs.getLong("id"), Builder.from(rs));
        });
        fillDetails(builders, "", Map.of());
        builders.values().forEach(builder -> consumer.accept(builder.build()));
    }

    /** The enterprises the organisation owns, in id order. */
    public List<EnterpriseId> ownedBy(long organisationId) {
        return jdbc.sql("SELECT id FROM enterprise WHERE owner_organisation_id = :org ORDER BY id")
                .param("org", organisationId)
                .query((rs, n) -> new EnterpriseId(rs.getLong(1)))
                .list();
    }

    /**
     * Enterprises whose names (in any language) or registration number contain every word typed, accents ignored,
     * in name order; at most {@code limit}. Blank text finds nothing.
     */
    public List<EnterpriseId> withNameLike(String text, int limit) {
        String folded = SearchText.fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT id FROM enterprise WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        String[] words = folded.split(" ");
        for (int i = 0; i < words.length && i < 10; i++) {
            sql.append(" AND search_text LIKE :w").append(i).append(" ESCAPE '\\'");
            params.put(
                    "w" + i,
                    "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return jdbc.sql(sql + " ORDER BY name_key, id LIMIT :limit")
                .params(params)
                .param("limit", limit)
                .query((rs, n) -> new EnterpriseId(rs.getLong(1)))
                .list();
    }

    /** Those of {@code ids} an analyst has verified. */
    public Set<EnterpriseId> verifiedAmong(Collection<EnterpriseId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM enterprise WHERE verification_status = 'VERIFIED' AND id IN (:ids)")
                .param("ids", ids.stream().map(EnterpriseId::value).toList())
                .query((rs, n) -> new EnterpriseId(rs.getLong(1)))
                .list());
    }

    @Override
    public Set<Long> enterprisesOwnedBy(long organisationId) {
        return Set.copyOf(jdbc.sql("SELECT id FROM enterprise WHERE owner_organisation_id = :org")
                .param("org", organisationId)
                .query(Long.class)
                .list());
    }

    public boolean isOwnedBy(EnterpriseId id, long organisationId) {
        return jdbc.sql("SELECT count(*) FROM enterprise WHERE id = :id AND owner_organisation_id = :org")
                        .param("id", id.value())
                        .param("org", organisationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void fillDetails(Map<Long, Builder> builders, String where, Map<String, ?> params) {
        jdbc.sql("SELECT enterprise_id, code FROM enterprise_certification" + where + " ORDER BY enterprise_id, code")
                .params(params)
                .query(rs -> {
                    with(builders, rs, b -> b.certifications.add(rs.getString("code")));
                });
        jdbc.sql("SELECT enterprise_id, hs_code, description, annual_capacity, unit FROM enterprise_offer" + where
                        + " ORDER BY enterprise_id, id")
                .params(params)
                .query(rs -> {
                    with(
                            builders,
                            rs,
                            b -> b.offers.add(new EnterpriseProfile.Offer(
                                    rs.getString("hs_code"),
                                    rs.getString("description"),
                                    rs.getBigDecimal("annual_capacity"),
                                    rs.getString("unit"))));
                });
        jdbc.sql("SELECT enterprise_id, hs_code, annual_volume, unit, required_certifications FROM enterprise_need"
                        + where + " ORDER BY enterprise_id, id")
                .params(params)
                .query(rs -> {
                    with(
                            builders,
                            rs,
                            b -> b.needs.add(new EnterpriseProfile.Need(
                                    rs.getString("hs_code"),
                                    rs.getBigDecimal("annual_volume"),
                                    rs.getString("unit"),
                                    textSet(rs.getArray("required_certifications")))));
                });
    }

    private static void with(Map<Long, Builder> builders, ResultSet rs, SqlConsumer<Builder> action)
            throws SQLException {
        Builder builder = builders.get(rs.getLong("enterprise_id"));
        if (builder != null) {
            action.accept(builder);
        }
    }

    private static Set<String> textSet(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Set.copyOf(new TreeSet<>(List.of((String[]) array.getArray())));
    }

    @FunctionalInterface
    private interface SqlConsumer<T> {
        void accept(T value) throws SQLException;
    }

    private static final class Builder {

        private long id;
        private String country;
        private String name;
        private final Map<String, String> names = new HashMap<>();
        private String provinceCode;
        private String sector;
        private String sizeClass;
        private boolean verified;
        private boolean demo;
        private Long owner;
        private final Set<String> certifications = new TreeSet<>();
        private final List<EnterpriseProfile.Offer> offers = new ArrayList<>();
        private final List<EnterpriseProfile.Need> needs = new ArrayList<>();

        static Builder from(ResultSet rs) throws SQLException {
            Builder b = new Builder();
            b.id = rs.getLong("id");
            b.country = rs.getString("country");
            b.name = rs.getString("name");
            putIfPresent(b.names, "vi", rs.getString("name_vi"));
            putIfPresent(b.names, "lo", rs.getString("name_lo"));
            putIfPresent(b.names, "en", rs.getString("name_en"));
            b.provinceCode = rs.getString("province_code");
            b.sector = rs.getString("sector");
            b.sizeClass = rs.getString("size_class");
            b.verified = "VERIFIED".equals(rs.getString("verification_status"));
            b.demo = rs.getBoolean("demo");
            b.owner = (Long) rs.getObject("owner_organisation_id");
            return b;
        }

        private static void putIfPresent(Map<String, String> names, String lang, String value) {
            if (value != null && !value.isBlank()) {
                names.put(lang, value);
            }
        }

        EnterpriseProfile build() {
            return new EnterpriseProfile(
                    new EnterpriseId(id),
                    country,
                    name,
                    Map.copyOf(names),
                    provinceCode,
                    sector,
                    sizeClass,
                    Set.copyOf(certifications),
                    verified,
                    demo,
                    owner,
                    List.copyOf(offers),
                    List.copyOf(needs));
        }
    }
}
