package org.vietlao.linkage.promotion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Distribution channels of either country: importers and distributors, supermarket chains, border markets, trade
 * centres, e-commerce platforms and goods showrooms, with the provinces they serve and what they carry. An analyst
 * records any; an ENTERPRISE user records the channels of its own enterprises and answers their listing requests.
 */
@Service
class Channels {

    enum Kind {
        DISTRIBUTOR,
        SUPERMARKET_CHAIN,
        BORDER_MARKET,
        TRADE_CENTRE,
        ECOMMERCE,
        SHOWROOM
    }

    /**
     * A channel as sent.
     *
     * @param country VN or LA: where it sells
     * @param kind DISTRIBUTOR, SUPERMARKET_CHAIN, BORDER_MARKET, TRADE_CENTRE, ECOMMERCE or SHOWROOM
     * @param name its name, as it writes it
     * @param provinces codes of the provinces it serves (of its country)
     * @param categories product groups it carries
     * @param hsChapters HS chapters it carries (two digits)
     * @param contact a contact (e-mail, phone)
     * @param enterpriseId its registry enterprise, when it has one (required for ENTERPRISE users)
     */
    record Draft(
            @Schema(example = "VN") @Size(max = 2) String country,

            @Schema(example = "SUPERMARKET_CHAIN") @Size(max = 40)
            String kind,

            @Schema(example = "Chuỗi siêu thị Hà Tĩnh Mart") @Size(max = 200)
            String name,

            List<@Size(max = 10) String> provinces,
            List<@Size(max = 10) String> categories,
            List<@Size(max = 10) String> hsChapters,
            @Size(max = 200) String contact,
            Long enterpriseId) {}

    /** A channel. */
    record Channel(
            long id,
            String country,
            Kind kind,
            String name,
            List<String> provinces,
            List<String> categories,
            List<String> hsChapters,
            String contact,
            Long enterpriseId,
            boolean demo) {

        /** Who answers its listing requests: the ENTERPRISE users of its enterprise, or analysts when it has none. */
        boolean mayBeAnsweredBy(Actor actor) {
            return enterpriseId != null ? actor.actsFor(enterpriseId) : actor.isAnalyst();
        }

        Map<String, Object> auditValues() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("country", country);
            values.put("kind", kind);
            values.put("name", name);
            values.put("provinces", Set.copyOf(provinces));
            values.put("categories", Set.copyOf(categories));
            values.put("hsChapters", Set.copyOf(hsChapters));
            values.put("contact", contact);
            values.put("enterpriseId", enterpriseId);
            return values;
        }
    }

    private final JdbcClient jdbc;
    private final EnterpriseDirectory enterprises;
    private final ReferenceNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Channels(
            JdbcClient jdbc,
            EnterpriseDirectory enterprises,
            ReferenceNames names,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    static void requireRecorder(Actor actor, Long enterpriseId) {
        actor.require(actor.isAnalyst() || (enterpriseId != null && actor.actsFor(enterpriseId)));
    }

    @Transactional
    Channel create(Draft draft, Actor actor) {
        requireRecorder(actor, draft.enterpriseId());
        List<FieldError> errors = new ArrayList<>();
        String country = draft.country() == null ? "" : draft.country().strip().toUpperCase(Locale.ROOT);
        if (!country.equals("VN") && !country.equals("LA")) {
            errors.add(new FieldError("country", "promotion.rule.country"));
        }
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.name()
                    .equalsIgnoreCase(draft.kind() == null ? "" : draft.kind().strip())) {
                kind = k;
            }
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "promotion.rule.kind"));
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "promotion.rule.length", 200));
        }
        if (draft.enterpriseId() != null) {
            Optional<EnterpriseProfile> enterprise = enterprises.find(new EnterpriseId(draft.enterpriseId()));
            if (enterprise.isEmpty()) {
                errors.add(new FieldError("enterpriseId", "promotion.rule.enterprise"));
            } else if (!enterprise.get().country().equals(country)) {
                errors.add(new FieldError("enterpriseId", "promotion.rule.enterpriseCountry"));
            }
        }
        Set<String> known = country.length() == 2
                ? names.currentProvinces().keySet().stream()
                        .filter(code -> code.country().alpha2().equals(country))
                        .map(code -> code.code())
                        .collect(java.util.stream.Collectors.toSet())
                : Set.of();
        List<String> provinces = list(draft.provinces(), "provinces", errors, p -> known.contains(p));
        if (provinces.isEmpty()) {
            errors.add(new FieldError("provinces", "promotion.rule.provinces"));
        }
        List<String> categories =
                list(draft.categories(), "categories", errors, c -> Category.parse(c) != null).stream()
                        .map(c -> Category.parse(c).name())
                        .toList();
        List<String> chapters = list(
                draft.hsChapters(),
                "hsChapters",
                errors,
                c -> c.matches("\\d{2}") && Integer.parseInt(c) >= 1 && Integer.parseInt(c) <= 97);
        if (categories.isEmpty() && chapters.isEmpty()) {
            errors.add(new FieldError("categories", "promotion.rule.carries"));
        }
        String contact = draft.contact() == null ? null : draft.contact().strip();
        if (contact != null && contact.length() > 200) {
            errors.add(new FieldError("contact", "promotion.rule.length", 200));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.PRM_003, errors);
        }
        long id = jdbc.sql("""
				INSERT INTO promotion_channel (country, kind, name, provinces, categories, hs_chapters, contact,
				  enterprise_id, created_by, created_at)
				VALUES (:country, :kind, :name, :provinces, :categories, :chapters, :contact, :enterprise, :user, :now)
				RETURNING id""")
                .param("country", country)
                .param("kind", kind.name())
                .param("name", name)
                .param("provinces", provinces.toArray(String[]::new))
                .param("categories", categories.toArray(String[]::new))
                .param("chapters", chapters.toArray(String[]::new))
                .param("contact", contact == null || contact.isEmpty() ? null : contact)
                .param("enterprise", draft.enterpriseId())
                .param("user", actor.username())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Channel channel = require(id);
        events.publishEvent(EntityChanged.created("promotion_channel", id, channel.auditValues()));
        return channel;
    }

    private static List<String> list(
            List<String> input, String field, List<FieldError> errors, java.util.function.Predicate<String> valid) {
        if (input == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String item : input) {
            String text = item == null ? "" : item.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > 10 || !valid.test(text)) {
                errors.add(new FieldError(
                        field, "promotion.rule.code", text.length() > 10 ? text.substring(0, 10) : text));
                return List.of();
            }
            kept.add(text);
        }
        if (kept.size() > 100) {
            errors.add(new FieldError(field, "promotion.rule.items", 100));
        }
        return List.copyOf(kept);
    }

    Optional<Channel> find(long id) {
        return jdbc.sql("SELECT * FROM promotion_channel WHERE id = :id")
                .param("id", id)
                .query(Channels::channel)
                .optional();
    }

    Channel require(long id) {
        return find(id).orElseThrow(() -> new BusinessException(ErrorCode.PRM_004, id));
    }

    /** Channels of a country (both when {@code null}), by name, at most {@code limit}. */
    List<Channel> list(String country, int limit) {
        return jdbc.sql("SELECT * FROM promotion_channel WHERE (CAST(:country AS TEXT) IS NULL OR country = :country)"
                        + " ORDER BY name, id LIMIT :limit")
                .param("country", country)
                .param("limit", limit)
                .query(Channels::channel)
                .list();
    }

    /** Channels of {@code country} that carry the category or the HS chapter. */
    List<Channel> carrying(String country, Category category, String chapter) {
        return jdbc.sql("""
				SELECT * FROM promotion_channel WHERE country = :country
				  AND (:category = ANY (categories) OR :chapter = ANY (hs_chapters)) ORDER BY name, id""")
                .param("country", country)
                .param("category", category.name())
                .param("chapter", chapter)
                .query(Channels::channel)
                .list();
    }

    /** Channels whose listing requests the actor answers. */
    List<Channel> answeredBy(Actor actor) {
        if (actor.enterpriseIds().isEmpty()) {
            return actor.isAnalyst()
                    ? jdbc.sql("SELECT * FROM promotion_channel WHERE enterprise_id IS NULL ORDER BY name")
                            .query(Channels::channel)
                            .list()
                    : List.of();
        }
        return jdbc.sql("SELECT * FROM promotion_channel WHERE enterprise_id IN (:ids) ORDER BY name")
                .param("ids", actor.enterpriseIds())
                .query(Channels::channel)
                .list();
    }

    static Channel channel(ResultSet rs, int row) throws SQLException {
        return new Channel(
                rs.getLong("id"),
                rs.getString("country"),
                Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                Products.strings(rs.getArray("provinces")),
                Products.strings(rs.getArray("categories")),
                Products.strings(rs.getArray("hs_chapters")),
                rs.getString("contact"),
                (Long) rs.getObject("enterprise_id"),
                rs.getBoolean("demo"));
    }
}
