package org.vietlao.linkage.zone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.enterprise.EnterpriseDirectory;
import org.vietlao.linkage.enterprise.EnterpriseId;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.ProvinceCode;
import org.vietlao.linkage.shared.Role;

/**
 * Parks and zones: the records, the list with its filters, and their creation and change by analysts and ministry
 * officials (audited as {@code zone}). The land taken by tenants is {@link Tenants}'s.
 */
@Service
@Transactional
class Zones {

    static final String ENTITY = "zone";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReferenceData reference;
    private final EnterpriseDirectory directory;
    private final Regimes regimes;
    private final ObjectMapper json = new ObjectMapper();

    Zones(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            ReferenceData reference,
            EnterpriseDirectory directory,
            Regimes regimes) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.reference = reference;
        this.directory = directory;
        this.regimes = regimes;
    }

    /** The province a zone lies in from {@code from} to {@code to} (inclusive; {@code null}: still). */
    record ProvinceSpell(String code, LocalDate from, LocalDate to) {

        boolean validOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    record Zone(
            long id,
            ZoneKind kind,
            LocalizedText names,
            String country,
            String gatePairId,
            Double latitude,
            Double longitude,
            String boundary,
            BigDecimal totalHa,
            BigDecimal leasableHa,
            ZoneStatus status,
            String operatorName,
            Long operatorEnterpriseId,
            List<String> isicCodes,
            List<String> hsCodes,
            Supply power,
            Supply water,
            Supply wastewater,
            String roadRailLinks,
            String regimeScope,
            Long jointPartnerId,
            LocalDate establishedOn,
            String source,
            LocalDate sourceDate,
            boolean confirmed,
            boolean demo,
            int version,
            List<ProvinceSpell> provinces) {

        Optional<String> provinceOn(LocalDate day) {
            return provinces.stream()
                    .filter(p -> p.validOn(day))
                    .map(ProvinceSpell::code)
                    .findFirst();
        }

        /** The park's operator's ENTERPRISE users keep its tenants; analysts and ministry officials keep all. */
        boolean tenantsEditableBy(Actor actor) {
            return actor.has(Role.ANALYST)
                    || actor.has(Role.MINISTRY)
                    || (operatorEnterpriseId != null && actor.actsFor(operatorEnterpriseId));
        }

        Map<String, Object> auditValues() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("kind", kind);
            values.put("nameEn", names.en());
            values.put("nameVi", names.vi());
            values.put("nameLo", names.lo());
            values.put("country", country);
            values.put("gatePairId", gatePairId);
            values.put("latitude", latitude);
            values.put("longitude", longitude);
            values.put("boundary", boundary);
            values.put("totalHa", totalHa);
            values.put("leasableHa", leasableHa);
            values.put("status", status);
            values.put("operatorName", operatorName);
            values.put("operatorEnterpriseId", operatorEnterpriseId);
            values.put("isicCodes", isicCodes);
            values.put("hsCodes", hsCodes);
            values.put("power", power);
            values.put("water", water);
            values.put("wastewater", wastewater);
            values.put("roadRailLinks", roadRailLinks);
            values.put("regimeScope", regimeScope);
            values.put("jointPartnerId", jointPartnerId);
            values.put("establishedOn", establishedOn);
            values.put("source", source);
            values.put("sourceDate", sourceDate);
            values.put("confirmed", confirmed);
            values.put(
                    "provinces",
                    provinces.stream()
                            .map(p -> p.code() + " " + p.from() + ".." + (p.to() == null ? "" : p.to()))
                            .toList());
            return values;
        }
    }

    /** What the list is filtered by; every field optional. */
    record Filter(String country, String province, ZoneKind kind, String isic, BigDecimal minAvailableHa) {}

    List<Zone> all() {
        return jdbc.sql("SELECT * FROM zone ORDER BY country DESC, name_en").query(this::zone).list().stream()
                .map(this::withProvinces)
                .toList();
    }

    Optional<Zone> find(long id) {
        return jdbc.sql("SELECT * FROM zone WHERE id = :id")
                .param("id", id)
                .query(this::zone)
                .optional()
                .map(this::withProvinces);
    }

    Zone require(long id) {
        return find(id).orElseThrow(() -> BusinessException.onField(ErrorCode.ZON_002, "id", id));
    }

    static BusinessException.FieldError field(String field, String rule, Object... args) {
        return new BusinessException.FieldError(field, "zone.rule." + rule, args);
    }

    /** What an analyst or ministry official sends to create or change a park or zone. */
    record Draft(
            @Size(max = 40) String kind,
            @Size(max = 300) String nameEn,
            @Size(max = 300) String nameVi,
            @Size(max = 300) String nameLo,
            @Size(max = 2) String country,
            List<@Size(max = 10) String> provinces,
            @Size(max = 40) String gatePairId,
            Double latitude,
            Double longitude,
            Map<@Size(max = 40) String, Object> boundary,
            BigDecimal totalHa,
            BigDecimal leasableHa,
            @Size(max = 40) String status,
            @Size(max = 300) String operatorName,
            Long operatorEnterpriseId,
            List<@Size(max = 10) String> isicCodes,
            List<@Size(max = 12) String> hsCodes,
            @Size(max = 40) String power,
            @Size(max = 40) String water,
            @Size(max = 40) String wastewater,
            @Size(max = 500) String roadRailLinks,
            @Size(max = 40) String regimeScope,
            Long jointPartnerId,
            LocalDate establishedOn,
            @Size(max = 2000) String source,
            LocalDate sourceDate,
            Boolean confirmed) {}

    static void requireMayEdit(Actor actor) {
        actor.require(actor.has(Role.ANALYST) || actor.has(Role.MINISTRY));
    }

    Zone create(Draft draft, Actor actor) {
        requireMayEdit(actor);
        Zone checked = check(0, draft, 0);
        long id = jdbc.sql("""
				INSERT INTO zone (kind, name_en, name_vi, name_lo, country, gate_pair_id, latitude, longitude, boundary,
				  total_ha, leasable_ha, status, operator_name, operator_enterprise_id, isic_codes, hs_codes, power, water,
				  wastewater, road_rail_links, regime_scope, joint_partner_id, established_on, source, source_date,
				  confirmed, created_by, created_at)
				VALUES (:kind, :en, :vi, :lo, :country, :gate, :lat, :lon, CAST(:boundary AS JSONB), :total, :leasable,
				  :status, :operator, :operatorId, string_to_array(:isic, ','), string_to_array(:hs, ','), :power, :water,
				  :wastewater, :links, :scope, :partner, :established, :source, :sourceDate, :confirmed, :by, :at)
				RETURNING id""")
                .params(params(checked))
                .param("by", actor.username())
                .param("at", Timestamp.from(Instant.now(clock)))
                .query(Long.class)
                .single();
        writeProvinces(id, checked.provinces());
        linkPartner(id, checked.jointPartnerId());
        Zone created = require(id);
        events.publishEvent(EntityChanged.created(ENTITY, id, created.auditValues()));
        return created;
    }

    Zone change(long id, int version, Draft draft, Actor actor) {
        requireMayEdit(actor);
        Zone before = require(id);
        Zone checked = check(id, draft, version);
        if (before.version() != version) {
            throw BusinessException.onField(ErrorCode.PLT_009, "version", version);
        }
        jdbc.sql("""
				UPDATE zone SET kind = :kind, name_en = :en, name_vi = :vi, name_lo = :lo, country = :country,
				  gate_pair_id = :gate, latitude = :lat, longitude = :lon, boundary = CAST(:boundary AS JSONB),
				  total_ha = :total, leasable_ha = :leasable, status = :status, operator_name = :operator,
				  operator_enterprise_id = :operatorId, isic_codes = string_to_array(:isic, ','),
				  hs_codes = string_to_array(:hs, ','), power = :power, water = :water, wastewater = :wastewater,
				  road_rail_links = :links, regime_scope = :scope, joint_partner_id = :partner,
				  established_on = :established, source = :source, source_date = :sourceDate, confirmed = :confirmed,
				  version = version + 1, updated_by = :by, updated_at = :at
				WHERE id = :id AND version = :version""")
                .params(params(checked))
                .param("by", actor.username())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("id", id)
                .param("version", version)
                .update();
        jdbc.sql("DELETE FROM zone_province WHERE zone_id = :id")
                .param("id", id)
                .update();
        writeProvinces(id, checked.provinces());
        linkPartner(id, checked.jointPartnerId());
        Zone after = require(id);
        EntityChanged change = EntityChanged.updated(ENTITY, id, before.auditValues(), after.auditValues());
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    /** A joint park's two sides point at each other. */
    private void linkPartner(long id, Long partner) {
        if (partner != null) {
            jdbc.sql("UPDATE zone SET joint_partner_id = :id WHERE id = :partner AND joint_partner_id IS NULL")
                    .param("id", id)
                    .param("partner", partner)
                    .update();
        }
    }

    private void writeProvinces(long id, List<ProvinceSpell> provinces) {
        for (ProvinceSpell spell : provinces) {
            jdbc.sql("INSERT INTO zone_province (zone_id, province_code, valid_from, valid_to) "
                            + "VALUES (:id, :code, :from, :to)")
                    .param("id", id)
                    .param("code", spell.code())
                    .param("from", Date.valueOf(spell.from()))
                    .param("to", spell.to() == null ? null : Date.valueOf(spell.to()))
                    .update();
        }
    }

    private static Map<String, Object> params(Zone z) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kind", z.kind().name());
        p.put("en", z.names().en());
        p.put("vi", z.names().vi());
        p.put("lo", z.names().lo());
        p.put("country", z.country());
        p.put("gate", z.gatePairId());
        p.put("lat", z.latitude());
        p.put("lon", z.longitude());
        p.put("boundary", z.boundary());
        p.put("total", z.totalHa());
        p.put("leasable", z.leasableHa());
        p.put("status", z.status().name());
        p.put("operator", z.operatorName());
        p.put("operatorId", z.operatorEnterpriseId());
        p.put("isic", String.join(",", z.isicCodes()));
        p.put("hs", String.join(",", z.hsCodes()));
        p.put("power", z.power().name());
        p.put("water", z.water().name());
        p.put("wastewater", z.wastewater().name());
        p.put("links", z.roadRailLinks());
        p.put("scope", z.regimeScope());
        p.put("partner", z.jointPartnerId());
        p.put("established", z.establishedOn() == null ? null : Date.valueOf(z.establishedOn()));
        p.put("source", z.source());
        p.put("sourceDate", Date.valueOf(z.sourceDate()));
        p.put("confirmed", z.confirmed());
        return p;
    }

    /** Every rule of a park or zone, each broken one listed with its field (ZON-001). */
    Zone check(long id, Draft d, int version) {
        if (d == null) {
            throw new BusinessException(ErrorCode.ZON_001, List.of(field("body", "required")));
        }
        List<BusinessException.FieldError> errors = new ArrayList<>();
        ZoneKind kind = enumOf(ZoneKind.class, d.kind(), "kind", errors);
        ZoneStatus status = enumOf(ZoneStatus.class, d.status(), "status", errors);
        Supply power = d.power() == null ? Supply.UNKNOWN : enumOf(Supply.class, d.power(), "power", errors);
        Supply water = d.water() == null ? Supply.UNKNOWN : enumOf(Supply.class, d.water(), "water", errors);
        Supply wastewater =
                d.wastewater() == null ? Supply.UNKNOWN : enumOf(Supply.class, d.wastewater(), "wastewater", errors);
        text(d.nameEn(), "nameEn", 300, true, errors);
        text(d.nameVi(), "nameVi", 300, true, errors);
        text(d.nameLo(), "nameLo", 300, true, errors);
        text(d.operatorName(), "operatorName", 300, false, errors);
        text(d.roadRailLinks(), "roadRailLinks", 500, false, errors);
        text(d.source(), "source", 2000, true, errors);
        String country = d.country() == null ? "" : d.country().strip().toUpperCase(java.util.Locale.ROOT);
        if (!country.equals("VN") && !country.equals("LA")) {
            errors.add(field("country", "country"));
        }
        List<ProvinceSpell> provinces = provinces(d.provinces(), country, errors);
        String gate = null;
        if (d.gatePairId() != null && !d.gatePairId().isBlank()) {
            try {
                GatePairId pair = GatePairId.parse(d.gatePairId(), "gatePairId");
                if (reference.borderGate(pair).isEmpty()) {
                    errors.add(field("gatePairId", "gate"));
                } else {
                    gate = pair.toString();
                }
            } catch (BusinessException malformed) {
                errors.add(field("gatePairId", "gate"));
            }
        }
        if ((d.latitude() == null) != (d.longitude() == null)
                || (d.latitude() != null && (d.latitude() < -90 || d.latitude() > 90))
                || (d.longitude() != null && (d.longitude() < -180 || d.longitude() > 180))) {
            errors.add(field("latitude", "point"));
        }
        String boundary = boundary(d.boundary() == null ? null : json.valueToTree(d.boundary()), errors);
        area(d.totalHa(), "totalHa", errors);
        area(d.leasableHa(), "leasableHa", errors);
        if (d.totalHa() != null && d.leasableHa() != null && d.leasableHa().compareTo(d.totalHa()) > 0) {
            errors.add(field("leasableHa", "leasableWithinTotal"));
        }
        if (d.operatorEnterpriseId() != null
                && directory.find(new EnterpriseId(d.operatorEnterpriseId())).isEmpty()) {
            errors.add(field("operatorEnterpriseId", "enterprise"));
        }
        List<String> isic = new ArrayList<>();
        List<String> given = d.isicCodes() == null ? List.of() : d.isicCodes();
        if (given.size() > 30) {
            errors.add(field("isicCodes", "count", 30));
        } else {
            for (int i = 0; i < given.size(); i++) {
                String code = given.get(i) == null ? "" : given.get(i).strip().toUpperCase(java.util.Locale.ROOT);
                if (!code.matches("[A-U]|[0-9]{2,4}")) {
                    errors.add(field("isicCodes[" + i + "]", "isic"));
                } else if (!isic.contains(code)) {
                    isic.add(code);
                }
            }
        }
        LinkedHashSet<String> hs = new LinkedHashSet<>();
        List<String> products = d.hsCodes() == null ? List.of() : d.hsCodes();
        if (products.size() > 30) {
            errors.add(field("hsCodes", "count", 30));
        } else {
            for (int i = 0; i < products.size(); i++) {
                try {
                    hs.add(HsCode.parse(products.get(i), "hsCodes[" + i + "]").digits());
                } catch (BusinessException malformed) {
                    errors.add(field("hsCodes[" + i + "]", "hs"));
                }
            }
        }
        String scope = d.regimeScope() == null || d.regimeScope().isBlank()
                ? null
                : d.regimeScope().strip();
        if (scope != null && (scope.length() > 40 || !regimes.scopeExists(scope))) {
            errors.add(field("regimeScope", "scope"));
        }
        if (d.jointPartnerId() != null) {
            Optional<Zone> partner = d.jointPartnerId() == id ? Optional.empty() : find(d.jointPartnerId());
            if (partner.isEmpty() || partner.get().country().equals(country)) {
                errors.add(field("jointPartnerId", "partner"));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (d.sourceDate() == null
                || d.sourceDate().isAfter(today.plusDays(1))
                || d.sourceDate().getYear() < 1945) {
            errors.add(field("sourceDate", "date"));
        }
        if (d.establishedOn() != null
                && (d.establishedOn().getYear() < 1945 || d.establishedOn().getYear() > 2100)) {
            errors.add(field("establishedOn", "date"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.ZON_001, errors);
        }
        return new Zone(
                id,
                kind,
                LocalizedText.of(
                        d.nameEn().strip(), d.nameVi().strip(), d.nameLo().strip()),
                country,
                gate,
                d.latitude(),
                d.longitude(),
                boundary,
                d.totalHa(),
                d.leasableHa(),
                status,
                blankToNull(d.operatorName()),
                d.operatorEnterpriseId(),
                isic,
                List.copyOf(hs),
                power,
                water,
                wastewater,
                blankToNull(d.roadRailLinks()),
                scope,
                d.jointPartnerId(),
                d.establishedOn(),
                d.source().strip(),
                d.sourceDate(),
                Boolean.TRUE.equals(d.confirmed()),
                false,
                version,
                provinces);
    }

    /**
     * Provinces as {@code CODE@FROM} or {@code CODE@FROM..TO} (a Vietnamese zone before and after the 2025
     * merger: {@code ["45@2008-08-01..2025-06-30", "44@2025-07-01"]}); each must be a province of the zone's
     * country valid on its first day.
     */
    private List<ProvinceSpell> provinces(
            List<String> given, String country, List<BusinessException.FieldError> errors) {
        List<ProvinceSpell> spells = new ArrayList<>();
        if (given == null || given.isEmpty() || given.size() > 5) {
            errors.add(field("provinces", "provinces"));
            return spells;
        }
        for (int i = 0; i < given.size(); i++) {
            String name = "provinces[" + i + "]";
            String text = given.get(i) == null ? "" : given.get(i).strip();
            String[] parts = text.split("@", 2);
            try {
                ProvinceCode code = ProvinceCode.parse(parts[0], name);
                String[] dates = parts.length == 2 ? parts[1].split("\\.\\.", 2) : new String[0];
                LocalDate from = dates.length > 0 ? LocalDate.parse(dates[0]) : null;
                LocalDate to = dates.length > 1 && !dates[1].isBlank() ? LocalDate.parse(dates[1]) : null;
                boolean known = from != null
                        && code.country().alpha2().equals(country)
                        && (to == null || !to.isBefore(from))
                        && reference.provincesOn(code.country(), from).stream()
                                .anyMatch(p -> p.code().equals(code.code()));
                boolean overlaps = spells.stream()
                        .anyMatch(s -> from != null
                                && (s.to() == null || !s.to().isBefore(from))
                                && (to == null || !to.isBefore(s.from())));
                if (!known || overlaps) {
                    errors.add(field(name, "province"));
                } else {
                    spells.add(new ProvinceSpell(code.code(), from, to));
                }
            } catch (BusinessException | java.time.DateTimeException | ArrayIndexOutOfBoundsException ex) {
                errors.add(field(name, "province"));
            }
        }
        return spells;
    }

    private String boundary(JsonNode node, List<BusinessException.FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        String type = node.path("type").asText("");
        JsonNode coordinates = node.path("coordinates");
        boolean ok = (type.equals("Polygon") || type.equals("MultiPolygon"))
                && coordinates.isArray()
                && !coordinates.isEmpty()
                && positionsValid(coordinates, type.equals("Polygon") ? 2 : 3);
        String text = node.toString();
        if (!ok || text.length() > 200_000) {
            errors.add(field("boundary", "boundary"));
            return null;
        }
        return text;
    }

    /** Nested arrays {@code depth} deep above [longitude, latitude] positions within range. */
    private static boolean positionsValid(JsonNode node, int depth) {
        if (!node.isArray()) {
            return false;
        }
        if (depth == 0) {
            return node.size() >= 2
                    && node.get(0).isNumber()
                    && node.get(1).isNumber()
                    && Math.abs(node.get(0).asDouble()) <= 180
                    && Math.abs(node.get(1).asDouble()) <= 90;
        }
        if (node.isEmpty()) {
            return false;
        }
        for (JsonNode child : node) {
            if (!positionsValid(child, depth - 1)) {
                return false;
            }
        }
        return true;
    }

    private static void area(BigDecimal value, String name, List<BusinessException.FieldError> errors) {
        if (value != null
                && (value.signum() < 0
                        || value.scale() > 2
                        || value.compareTo(BigDecimal.valueOf(9_999_999_999L)) > 0)) {
            errors.add(field(name, "area"));
        }
    }

    private static void text(
            String value, String name, int max, boolean required, List<BusinessException.FieldError> errors) {
        if (required && (value == null || value.isBlank())) {
            errors.add(field(name, "required"));
        } else if (value != null && value.length() > max) {
            errors.add(field(name, "length", max));
        }
    }

    private static <E extends Enum<E>> E enumOf(
            Class<E> type, String value, String name, List<BusinessException.FieldError> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            errors.add(field(name, "oneOf", Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Zone zone(ResultSet rs, int n) throws SQLException {
        return new Zone(
                rs.getLong("id"),
                ZoneKind.valueOf(rs.getString("kind")),
                LocalizedText.of(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo")),
                rs.getString("country"),
                rs.getString("gate_pair_id"),
                (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"),
                rs.getString("boundary"),
                rs.getBigDecimal("total_ha"),
                rs.getBigDecimal("leasable_ha"),
                ZoneStatus.valueOf(rs.getString("status")),
                rs.getString("operator_name"),
                (Long) rs.getObject("operator_enterprise_id"),
                strings(rs.getArray("isic_codes")),
                strings(rs.getArray("hs_codes")),
                Supply.valueOf(rs.getString("power")),
                Supply.valueOf(rs.getString("water")),
                Supply.valueOf(rs.getString("wastewater")),
                rs.getString("road_rail_links"),
                rs.getString("regime_scope"),
                (Long) rs.getObject("joint_partner_id"),
                rs.getDate("established_on") == null
                        ? null
                        : rs.getDate("established_on").toLocalDate(),
                rs.getString("source"),
                rs.getDate("source_date").toLocalDate(),
                rs.getBoolean("confirmed"),
                rs.getBoolean("demo"),
                rs.getInt("version"),
                List.of());
    }

    private Zone withProvinces(Zone z) {
        List<ProvinceSpell> spells = jdbc.sql(
                        "SELECT province_code, valid_from, valid_to FROM zone_province WHERE zone_id = :id ORDER BY valid_from")
                .param("id", z.id())
                .query((rs, n) -> new ProvinceSpell(
                        rs.getString("province_code"),
                        rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_to") == null
                                ? null
                                : rs.getDate("valid_to").toLocalDate()))
                .list();
        return new Zone(
                z.id(),
                z.kind(),
                z.names(),
                z.country(),
                z.gatePairId(),
                z.latitude(),
                z.longitude(),
                z.boundary(),
                z.totalHa(),
                z.leasableHa(),
                z.status(),
                z.operatorName(),
                z.operatorEnterpriseId(),
                z.isicCodes(),
                z.hsCodes(),
                z.power(),
                z.water(),
                z.wastewater(),
                z.roadRailLinks(),
                z.regimeScope(),
                z.jointPartnerId(),
                z.establishedOn(),
                z.source(),
                z.sourceDate(),
                z.confirmed(),
                z.demo(),
                z.version(),
                spells);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }

    JsonNode parse(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (java.io.IOException ex) {
            return null;
        }
    }
}
