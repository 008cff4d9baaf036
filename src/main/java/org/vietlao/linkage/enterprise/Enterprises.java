package org.vietlao.linkage.enterprise;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vietlao.linkage.shared.SearchText;

/**
 * The registry's tables: an enterprise row with its certifications, offers and needs, and the search over them.
 * Every write keeps {@code search_text} (all names and the registration number, folded) and {@code name_key}
 * (the own-language name folded, punctuation dropped) in step with the names.
 */
@Repository
class Enterprises {

    /** Names at least this similar (pg_trgm, 0 to 1) in one province are flagged as possible duplicates. */
    static final double SIMILAR_NAME = 0.8;

    private static final String COLUMNS = """
			id, version, country, registration_number, name, name_vi, name_lo, name_en, province_code, sector,
			employees, annual_revenue, size_class, contact_name, contact_email, contact_phone, website, address,
			verification_status, verified_at, verified_by, owner_organisation_id, demo""";

    private final JdbcClient jdbc;

    Enterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One enterprise a search found, with the HS codes it offers and needs. */
    record Summary(
            long id,
            String country,
            String registrationNumber,
            String name,
            Map<String, String> names,
            String provinceCode,
            String sector,
            String sizeClass,
            String verificationStatus,
            boolean demo,
            List<String> offerCodes,
            List<String> needCodes) {}

    record Page(List<Summary> items, int page, int size, long total) {}

    /**
     * What to look for; {@code null} means any. {@code hsPrefix}: digits of a chapter, heading, subheading or
     * national line, matched against offers and needs; {@code sector}: an ISIC section letter or the first 2 to
     * 4 digits of a class; {@code text}: words that must all occur in some name or the registration number.
     */
    record Filter(
            String country,
            String provinceCode,
            String hsPrefix,
            String sector,
            String sizeClass,
            Boolean verified,
            String text) {}

    /** Another enterprise whose name is close to a new one's. */
    record SimilarName(long id, String name) {}

    Optional<Enterprise> find(long id) {
        Optional<Row> row = jdbc.sql("SELECT " + COLUMNS + " FROM enterprise WHERE id = :id")
                .param("id", id)
                .query(Enterprises::row)
                .optional();
        return row.map(this::withDetails);
    }

    Optional<Long> idOfRegistration(String country, String registrationNumber) {
        return jdbc.sql("SELECT id FROM enterprise WHERE country = :country AND registration_number = :number")
                .param("country", country)
                .param("number", registrationNumber)
                .query(Long.class)
                .optional();
    }

    /** Up to five enterprises of the province whose name folds to the same key or one at least 80 % similar. */
    List<SimilarName> similarNames(String country, String provinceCode, String name, Long exceptId) {
        String key = nameKey(name);
        return jdbc.sql("""
				SELECT id, name FROM enterprise
				WHERE country = :country AND province_code = :province AND id <> :except
				  AND (name_key = :key OR similarity(name_key, :key) >= :threshold)
				ORDER BY similarity(name_key, :key) DESC, id LIMIT 5""")
                .param("country", country)
                .param("province", provinceCode)
                .param("except", exceptId == null ? -1 : exceptId)
                .param("key", key)
                .param("threshold", SIMILAR_NAME)
                .query((rs, n) -> new SimilarName(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    long insert(Enterprise enterprise) {
        Profile p = enterprise.profile();
        long id = jdbc.sql("""
				INSERT INTO enterprise (country, registration_number, name, name_vi, name_lo, name_en, province_code,
				    sector, employees, annual_revenue, size_class, contact_name, contact_email, contact_phone, website,
				    address, verification_status, verified_at, verified_by, owner_organisation_id, demo, search_text,
				    name_key)
				VALUES (:country, :number, :name, :nameVi, :nameLo, :nameEn, :province, :sector, :employees, :revenue,
				    :size, :contactName, :email, :phone, :website, :address, :status, :verifiedAt, :verifiedBy, :owner,
				    :demo, :searchText, :nameKey)
				RETURNING id""")
                .params(columnValues(enterprise))
                .param("owner", enterprise.ownerOrganisationId())
                .param("demo", enterprise.demo())
                .query(Long.class)
                .single();
        insertDetails(id, p);
        return id;
    }

    /** Writes the enterprise if nobody changed it since {@code version}; answers whether it did. */
    boolean update(Enterprise enterprise) {
        int updated = jdbc.sql("""
				UPDATE enterprise SET country = :country, registration_number = :number, name = :name,
				    name_vi = :nameVi, name_lo = :nameLo, name_en = :nameEn, province_code = :province, sector = :sector,
				    employees = :employees, annual_revenue = :revenue, size_class = :size, contact_name = :contactName,
				    contact_email = :email, contact_phone = :phone, website = :website, address = :address,
				    verification_status = :status, verified_at = :verifiedAt, verified_by = :verifiedBy,
				    search_text = :searchText, name_key = :nameKey, updated_at = now(), version = version + 1
				WHERE id = :id AND version = :version""")
                .params(columnValues(enterprise))
                .param("id", enterprise.id())
                .param("version", enterprise.version())
                .update();
        if (updated == 0) {
            return false;
        }
        for (String table : List.of("enterprise_certification", "enterprise_offer", "enterprise_need")) {
            jdbc.sql("DELETE FROM " + table + " WHERE enterprise_id = :id")
                    .param("id", enterprise.id())
                    .update();
        }
        insertDetails(enterprise.id(), enterprise.profile());
        return true;
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM enterprise WHERE id = :id").param("id", id).update() > 0;
    }

    /** The orders a search can list in; ties by id. */
    enum Sort {
        NAME("e.name_key, e.id"),
        PROVINCE("e.country DESC, e.province_code, e.name_key, e.id"),
        SECTOR("e.sector, e.name_key, e.id"),
        VERIFICATION("e.verification_status DESC, e.name_key, e.id"),
        NEWEST("e.created_at DESC, e.id DESC");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    Page search(Filter filter, int page, int size) {
        return search(filter, Sort.NAME, page, size);
    }

    Page search(Filter filter, Sort sort, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        if (filter.country() != null) {
            where.append(" AND e.country = :country");
            params.put("country", filter.country());
        }
        if (filter.provinceCode() != null) {
            where.append(" AND e.province_code = :province");
            params.put("province", filter.provinceCode());
        }
        if (filter.hsPrefix() != null) {
            where.append(
                            " AND (EXISTS (SELECT 1 FROM enterprise_offer o WHERE o.enterprise_id = e.id AND o.hs_code LIKE :hs)")
                    .append(
                            " OR EXISTS (SELECT 1 FROM enterprise_need d WHERE d.enterprise_id = e.id AND d.hs_code LIKE :hs))");
            params.put("hs", filter.hsPrefix() + "%");
        }
        if (filter.sector() != null) {
            if (Character.isLetter(filter.sector().charAt(0))) {
                where.append(
                        " AND e.sector IN (SELECT code FROM isic_class WHERE section = :section AND level = 'CLASS')");
                params.put("section", filter.sector());
            } else {
                where.append(" AND e.sector LIKE :sector");
                params.put("sector", filter.sector() + "%");
            }
        }
        if (filter.sizeClass() != null) {
            where.append(" AND e.size_class = :size");
            params.put("size", filter.sizeClass());
        }
        if (filter.verified() != null) {
            where.append(
                    filter.verified()
                            ? " AND e.verification_status = 'VERIFIED'"
                            : " AND e.verification_status <> 'VERIFIED'");
        }
        if (filter.text() != null) {
            List<String> words = List.of(SearchText.fold(filter.text()).split(" "));
            for (int i = 0; i < words.size(); i++) {
                where.append(" AND e.search_text LIKE :w").append(i);
                params.put("w" + i, "%" + escapeLike(words.get(i)) + "%");
            }
        }
        long total = jdbc.sql("SELECT count(*) FROM enterprise e" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Summary> items = jdbc.sql("""
				SELECT e.id, e.country, e.registration_number, e.name, e.name_vi, e.name_lo, e.name_en, e.province_code,
				       e.sector, e.size_class, e.verification_status, e.demo
				FROM enterprise e""" + where + " ORDER BY " + sort.orderBy + " LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new Summary(
                        rs.getLong("id"),
                        rs.getString("country"),
                        rs.getString("registration_number"),
                        rs.getString("name"),
                        names(rs),
                        rs.getString("province_code"),
                        rs.getString("sector"),
                        rs.getString("size_class"),
                        rs.getString("verification_status"),
                        rs.getBoolean("demo"),
                        List.of(),
                        List.of()))
                .list();
        return new Page(withCodes(items), page, size, total);
    }

    private List<Summary> withCodes(List<Summary> items) {
        if (items.isEmpty()) {
            return items;
        }
        List<Long> ids = items.stream().map(Summary::id).toList();
        Map<Long, List<String>> offers = codes("enterprise_offer", ids);
        Map<Long, List<String>> needs = codes("enterprise_need", ids);
        return items.stream()
                .map(s -> new Summary(
                        s.id(),
                        s.country(),
                        s.registrationNumber(),
                        s.name(),
                        s.names(),
                        s.provinceCode(),
                        s.sector(),
                        s.sizeClass(),
                        s.verificationStatus(),
                        s.demo(),
                        offers.getOrDefault(s.id(), List.of()),
                        needs.getOrDefault(s.id(), List.of())))
                .toList();
    }

    private Map<Long, List<String>> codes(String table, List<Long> ids) {
        Map<Long, List<String>> codes = new HashMap<>();
        jdbc.sql("SELECT enterprise_id, hs_code FROM " + table
                        + " WHERE enterprise_id IN (:ids) ORDER BY enterprise_id, id")
                .param("ids", ids)
                .query(rs -> {
                    codes.computeIfAbsent(rs.getLong("enterprise_id"), id -> new ArrayList<>())
                            .add(rs.getString("hs_code"));
                });
        return codes;
    }

    /** Own-language name folded, with everything but letters, marks and digits dropped. */
    static String nameKey(String name) {
        return SearchText.fold(name).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", " ").strip();
    }

    static String searchText(Profile profile) {
        return SearchText.fold(Stream.concat(
                        Stream.of(profile.name(), profile.registrationNumber()), profile.names().values().stream())
                .collect(Collectors.joining(" ")));
    }

    private static Map<String, Object> columnValues(Enterprise enterprise) {
        Profile p = enterprise.profile();
        Profile.Contact c = p.contact();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("country", p.country());
        values.put("number", p.registrationNumber());
        values.put("name", p.name());
        values.put("nameVi", p.names().get("vi"));
        values.put("nameLo", p.names().get("lo"));
        values.put("nameEn", p.names().get("en"));
        values.put("province", p.provinceCode());
        values.put("sector", p.sector());
        values.put("employees", p.employees());
        values.put("revenue", p.annualRevenue());
        values.put("size", p.sizeClass().name());
        values.put("contactName", c.name());
        values.put("email", c.email());
        values.put("phone", c.phone());
        values.put("website", c.website());
        values.put("address", c.address());
        values.put("status", enterprise.verification().name());
        values.put("verifiedAt", enterprise.verifiedAt() == null ? null : Timestamp.from(enterprise.verifiedAt()));
        values.put("verifiedBy", enterprise.verifiedBy());
        values.put("searchText", searchText(p));
        values.put("nameKey", nameKey(p.name()));
        return values;
    }

    private void insertDetails(long id, Profile profile) {
        for (String code : profile.certifications()) {
            jdbc.sql("INSERT INTO enterprise_certification (enterprise_id, code) VALUES (:id, :code)")
                    .param("id", id)
                    .param("code", code)
                    .update();
        }
        for (EnterpriseProfile.Offer offer : profile.offers()) {
            jdbc.sql("""
					INSERT INTO enterprise_offer (enterprise_id, hs_code, description, annual_capacity, unit)
					VALUES (:id, :hs, :description, :capacity, :unit)""")
                    .param("id", id)
                    .param("hs", offer.hsCode())
                    .param("description", offer.description())
                    .param("capacity", offer.annualCapacity())
                    .param("unit", offer.unit())
                    .update();
        }
        for (EnterpriseProfile.Need need : profile.needs()) {
            jdbc.sql("""
					INSERT INTO enterprise_need (enterprise_id, hs_code, annual_volume, unit, required_certifications)
					VALUES (:id, :hs, :volume, :unit, string_to_array(:certifications, ','))""")
                    .param("id", id)
                    .param("hs", need.hsCode())
                    .param("volume", need.annualVolume())
                    .param("unit", need.unit())
                    .param("certifications", String.join(",", new TreeSet<>(need.requiredCertifications())))
                    .update();
        }
    }

    /** The main row, read before its certifications, offers and needs. */
    private record Row(
            long id,
            int version,
            String country,
            String registrationNumber,
            String name,
            Map<String, String> names,
            String provinceCode,
            String sector,
            Integer employees,
            BigDecimal revenue,
            SizeClass sizeClass,
            Profile.Contact contact,
            VerificationStatus verification,
            Instant verifiedAt,
            String verifiedBy,
            Long owner,
            boolean demo) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp verifiedAt = rs.getTimestamp("verified_at");
        return new Row(
                rs.getLong("id"),
                rs.getInt("version"),
                rs.getString("country"),
                rs.getString("registration_number"),
                rs.getString("name"),
                names(rs),
                rs.getString("province_code"),
                rs.getString("sector"),
                (Integer) rs.getObject("employees"),
                rs.getBigDecimal("annual_revenue"),
                SizeClass.valueOf(rs.getString("size_class")),
                new Profile.Contact(
                        rs.getString("contact_name"),
                        rs.getString("contact_email"),
                        rs.getString("contact_phone"),
                        rs.getString("website"),
                        rs.getString("address")),
                VerificationStatus.valueOf(rs.getString("verification_status")),
                verifiedAt == null ? null : verifiedAt.toInstant(),
                rs.getString("verified_by"),
                (Long) rs.getObject("owner_organisation_id"),
                rs.getBoolean("demo"));
    }

    private Enterprise withDetails(Row row) {
        SortedSet<String> certifications =
                new TreeSet<>(jdbc.sql("SELECT code FROM enterprise_certification WHERE enterprise_id = :id")
                        .param("id", row.id())
                        .query(String.class)
                        .list());
        List<EnterpriseProfile.Offer> offers = jdbc.sql(
                        "SELECT hs_code, description, annual_capacity, unit FROM enterprise_offer WHERE enterprise_id = :id ORDER BY id")
                .param("id", row.id())
                .query((rs, n) -> new EnterpriseProfile.Offer(
                        rs.getString("hs_code"),
                        rs.getString("description"),
                        Profile.plain(rs.getBigDecimal("annual_capacity")),
                        rs.getString("unit")))
                .list();
        List<EnterpriseProfile.Need> needs = jdbc.sql("""
				SELECT hs_code, annual_volume, unit, array_to_string(required_certifications, ',') AS certifications
				FROM enterprise_need WHERE enterprise_id = :id ORDER BY id""")
                .param("id", row.id())
                .query((rs, n) -> new EnterpriseProfile.Need(
                        rs.getString("hs_code"),
                        Profile.plain(rs.getBigDecimal("annual_volume")),
                        rs.getString("unit"),
                        splitCodes(rs.getString("certifications"))))
                .list();
        Profile profile = new Profile(
                row.country(),
                row.registrationNumber(),
                row.name(),
                row.names(),
                row.provinceCode(),
                row.sector(),
                row.employees(),
                row.revenue(),
                row.sizeClass(),
                certifications,
                row.contact(),
                offers,
                needs);
        return new Enterprise(
                row.id(),
                row.version(),
                profile,
                row.owner(),
                row.demo(),
                row.verification(),
                row.verifiedAt(),
                row.verifiedBy());
    }

    private static Set<String> splitCodes(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Set.of(joined.split(","));
    }

    private static Map<String, String> names(ResultSet rs) throws SQLException {
        Map<String, String> names = new TreeMap<>();
        for (String language : List.of("vi", "lo", "en")) {
            String value = rs.getString("name_" + language);
            if (value != null && !value.isBlank()) {
                names.put(language, value);
            }
        }
        return names;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
