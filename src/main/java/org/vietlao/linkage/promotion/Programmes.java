package org.vietlao.linkage.promotion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
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
import org.vietlao.linkage.expo.ExpoDirectory;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.BusinessException.FieldError;
import org.vietlao.linkage.shared.CurrencyRecords;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.Money;

/**
 * Yearly promotion programmes per organiser (the Trade Office, the Trade Promotion Agency, a province), their
 * activities (fair, trade week in a supermarket chain, business delegation, online campaign) with dates, place,
 * budget and participants, and the results reported for each: contracts and MoUs signed and sales. New listings
 * are not reported but counted from the listings that name the activity. A fair links to its Expo event.
 */
@Service
class Programmes implements CurrencyRecords {

    enum OrganiserKind {
        TRADE_OFFICE,
        TRADE_PROMOTION_AGENCY,
        PROVINCE
    }

    enum ActivityKind {
        FAIR,
        TRADE_WEEK,
        DELEGATION,
        ONLINE_CAMPAIGN
    }

    /**
     * A programme as sent.
     *
     * @param year its year
     * @param organiserKind TRADE_OFFICE, TRADE_PROMOTION_AGENCY or PROVINCE
     * @param organiser the organiser's name
     * @param provinceCode the province, for a province's programme
     * @param title the title in up to three languages
     * @param currency the currency its results are reported in
     */
    record ProgrammeDraft(
            @Schema(example = "2026") Integer year,

            @Schema(example = "TRADE_OFFICE") @Size(max = 40)
            String organiserKind,

            @Schema(example = "Vietnam Trade Office in Laos") @Size(max = 200)
            String organiser,

            @Size(max = 10) String provinceCode,
            ProductDraft.Texts title,
            @Schema(example = "USD") @Size(max = 3) String currency) {}

    /**
     * An activity as sent.
     *
     * @param kind FAIR, TRADE_WEEK, DELEGATION or ONLINE_CAMPAIGN
     * @param expoEventId for a fair: the Expo event (linked, not copied)
     * @param channelId for a trade week: the supermarket chain
     * @param participants enterprise ids taking part
     */
    record ActivityDraft(
            @Schema(example = "TRADE_WEEK") @Size(max = 40) String kind,
            @Size(max = 200) String title,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 200) String place,
            @Schema(example = "15000") BigDecimal budget,
            @Schema(example = "USD") @Size(max = 3) String budgetCurrency,
            Long expoEventId,
            Long channelId,
            List<Long> participants) {}

    /** Results reported for an activity: contracts, MoUs and sales (with their currency). */
    record ResultsDraft(
            Integer contracts,
            Integer mous,
            BigDecimal sales,
            @Size(max = 3) String salesCurrency) {}

    record Programme(
            long id,
            int year,
            OrganiserKind organiserKind,
            String organiser,
            String provinceCode,
            LocalizedText title,
            String currency,
            boolean demo) {}

    record Activity(
            long id,
            long programmeId,
            ActivityKind kind,
            String title,
            LocalDate startsOn,
            LocalDate endsOn,
            String place,
            Money budget,
            Long expoEventId,
            Long channelId,
            List<Long> participants,
            int contracts,
            int mous,
            Money sales) {}

    private final JdbcClient jdbc;
    private final EnterpriseDirectory enterprises;
    private final ExpoDirectory expo;
    private final Channels channels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Programmes(
            JdbcClient jdbc,
            EnterpriseDirectory enterprises,
            ExpoDirectory expo,
            Channels channels,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.expo = expo;
        this.channels = channels;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Programme create(ProgrammeDraft draft, String username) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.year() == null || draft.year() < 2000 || draft.year() > 2100) {
            errors.add(new FieldError("year", "promotion.rule.range", 2000, 2100));
        }
        OrganiserKind kind = parse(OrganiserKind.class, draft.organiserKind());
        if (kind == null) {
            errors.add(new FieldError("organiserKind", "promotion.rule.organiserKind"));
        }
        String organiser = text(draft.organiser(), "organiser", 200, errors);
        String province = draft.provinceCode() == null || draft.provinceCode().isBlank()
                ? null
                : draft.provinceCode().strip();
        if (kind == OrganiserKind.PROVINCE && province == null) {
            errors.add(new FieldError("provinceCode", "promotion.rule.required"));
        }
        if (province != null && (province.length() > 10 || !province.matches("[A-Za-z0-9-]+"))) {
            errors.add(new FieldError("provinceCode", "promotion.rule.province"));
        }
        LocalizedText title = draft.title() == null
                ? LocalizedText.of(null, null, null)
                : LocalizedText.of(
                        draft.title().en(), draft.title().vi(), draft.title().lo());
        if (title.isEmpty()) {
            errors.add(new FieldError("title", "promotion.rule.languages"));
        }
        title.asMap().forEach((language, text) -> {
            if (text.length() > 200) {
                errors.add(new FieldError("title." + language, "promotion.rule.length", 200));
            }
        });
        String currency = Products.currencyOf(draft.currency());
        if (currency == null) {
            errors.add(new FieldError("currency", "promotion.rule.currency"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.PRM_012, errors);
        }
        long id = jdbc.sql("""
				INSERT INTO promotion_programme (year, organiser_kind, organiser, province_code, title_en, title_vi,
				  title_lo, currency, created_by, created_at)
				VALUES (:year, :kind, :organiser, :province, :en, :vi, :lo, :currency, :user, :now)
				ON CONFLICT (organiser, year) DO NOTHING RETURNING id""")
                .param("year", draft.year())
                .param("kind", kind.name())
                .param("organiser", organiser)
                .param("province", province)
                .param("en", title.en())
                .param("vi", title.vi())
                .param("lo", title.lo())
                .param("currency", currency)
                .param("user", username)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> BusinessException.onField(ErrorCode.PRM_012, "year", draft.year()));
        Programme programme = require(id);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("year", programme.year());
        values.put("organiserKind", programme.organiserKind());
        values.put("organiser", programme.organiser());
        values.put("provinceCode", programme.provinceCode());
        values.put("title", programme.title().asMap());
        values.put("currency", programme.currency());
        events.publishEvent(EntityChanged.created("promotion_programme", id, values));
        return programme;
    }

    @Transactional
    Activity addActivity(long programmeId, ActivityDraft draft, String username) {
        require(programmeId);
        List<FieldError> errors = new ArrayList<>();
        ActivityKind kind = parse(ActivityKind.class, draft.kind());
        if (kind == null) {
            errors.add(new FieldError("kind", "promotion.rule.activityKind"));
        }
        String title = text(draft.title(), "title", 200, errors);
        String place = text(draft.place(), "place", 200, errors);
        if (draft.startsOn() == null
                || draft.startsOn().getYear() < 2000
                || draft.startsOn().getYear() > 2100) {
            errors.add(new FieldError("startsOn", "promotion.rule.required"));
        } else if (draft.endsOn() == null
                || draft.endsOn().isBefore(draft.startsOn())
                || draft.endsOn().getYear() > 2100) {
            errors.add(new FieldError("endsOn", "promotion.rule.afterStart"));
        }
        String currency = Products.currencyOf(draft.budgetCurrency());
        if (currency == null) {
            errors.add(new FieldError("budgetCurrency", "promotion.rule.currency"));
        }
        if (draft.budget() == null || !Products.amount(draft.budget())) {
            errors.add(new FieldError("budget", "promotion.rule.amount"));
        }
        if (draft.expoEventId() != null) {
            if (kind != ActivityKind.FAIR) {
                errors.add(new FieldError("expoEventId", "promotion.rule.fairOnly"));
            } else if (expo.event(draft.expoEventId()).isEmpty()) {
                errors.add(new FieldError("expoEventId", "promotion.rule.expoEvent"));
            }
        }
        if (draft.channelId() != null && channels.find(draft.channelId()).isEmpty()) {
            errors.add(new FieldError("channelId", "promotion.rule.channel"));
        }
        List<Long> participants = draft.participants() == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(draft.participants().stream()
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        if (participants.size() > 500) {
            errors.add(new FieldError("participants", "promotion.rule.items", 500));
        } else {
            for (Long participant : participants) {
                if (participant < 1
                        || enterprises.find(new EnterpriseId(participant)).isEmpty()) {
                    errors.add(new FieldError("participants", "promotion.rule.enterprise"));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.PRM_012, errors);
        }
        long id = jdbc.sql("""
				INSERT INTO promotion_activity (programme_id, kind, title, starts_on, ends_on, place, budget,
				  budget_currency, expo_event_id, channel_id, participants, created_by, created_at)
				VALUES (:programme, :kind, :title, :starts, :ends, :place, :budget, :currency, :expo, :channel,
				  :participants, :user, :now) RETURNING id""")
                .param("programme", programmeId)
                .param("kind", kind.name())
                .param("title", title)
                .param("starts", draft.startsOn())
                .param("ends", draft.endsOn())
                .param("place", place)
                .param("budget", draft.budget())
                .param("currency", currency)
                .param("expo", draft.expoEventId())
                .param("channel", draft.channelId())
                .param("participants", participants.toArray(Long[]::new))
                .param("user", username)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Activity activity = requireActivity(id);
        events.publishEvent(EntityChanged.created("promotion_activity", id, values(activity)));
        return activity;
    }

    @Transactional
    Activity report(long activityId, ResultsDraft draft, String username) {
        Activity before = requireActivity(activityId);
        List<FieldError> errors = new ArrayList<>();
        if (draft.contracts() == null || draft.contracts() < 0 || draft.contracts() > 100_000) {
            errors.add(new FieldError("contracts", "promotion.rule.range", 0, 100_000));
        }
        if (draft.mous() == null || draft.mous() < 0 || draft.mous() > 100_000) {
            errors.add(new FieldError("mous", "promotion.rule.range", 0, 100_000));
        }
        String currency = null;
        if (draft.sales() != null) {
            if (!Products.amount(draft.sales())) {
                errors.add(new FieldError("sales", "promotion.rule.amount"));
            }
            currency = Products.currencyOf(draft.salesCurrency());
            if (currency == null) {
                errors.add(new FieldError("salesCurrency", "promotion.rule.currency"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.PRM_012, errors);
        }
        jdbc.sql("""
				UPDATE promotion_activity SET contracts = :contracts, mous = :mous, sales = :sales,
				  sales_currency = :currency WHERE id = :id""")
                .param("contracts", draft.contracts())
                .param("mous", draft.mous())
                .param("sales", draft.sales())
                .param("currency", currency)
                .param("id", activityId)
                .update();
        Activity after = requireActivity(activityId);
        EntityChanged change = EntityChanged.updated("promotion_activity", activityId, values(before), values(after));
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    List<Programme> all() {
        return jdbc.sql("SELECT * FROM promotion_programme ORDER BY year DESC, organiser")
                .query(Programmes::programme)
                .list();
    }

    Optional<Programme> find(long id) {
        return jdbc.sql("SELECT * FROM promotion_programme WHERE id = :id")
                .param("id", id)
                .query(Programmes::programme)
                .optional();
    }

    Programme require(long id) {
        return find(id).orElseThrow(() -> new BusinessException(ErrorCode.PRM_013, id));
    }

    List<Activity> activities(long programmeId) {
        return jdbc.sql("SELECT * FROM promotion_activity WHERE programme_id = :id ORDER BY starts_on, id")
                .param("id", programmeId)
                .query(Programmes::activity)
                .list();
    }

    Activity requireActivity(long id) {
        return jdbc.sql("SELECT * FROM promotion_activity WHERE id = :id")
                .param("id", id)
                .query(Programmes::activity)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.PRM_013, id));
    }

    @Override
    public String module() {
        return "promotion";
    }

    /** Sales reported for activities that ended in the period, in the currency reported. */
    @Override
    public List<Transaction> transactions(LocalDate from, LocalDate to) {
        return jdbc.sql("""
				SELECT ends_on, sales, sales_currency FROM promotion_activity
				WHERE sales IS NOT NULL AND ends_on BETWEEN :from AND :to ORDER BY ends_on, id""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Transaction(
                        rs.getObject("ends_on", LocalDate.class),
                        Flow.NONE,
                        null,
                        Money.of(rs.getBigDecimal("sales"), rs.getString("sales_currency")),
                        "promotion_sales"))
                .list();
    }

    private static Map<String, Object> values(Activity a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", a.kind());
        values.put("title", a.title());
        values.put("startsOn", a.startsOn());
        values.put("endsOn", a.endsOn());
        values.put("place", a.place());
        values.put("budget", a.budget().amount());
        values.put("budgetCurrency", a.budget().currency());
        values.put("expoEventId", a.expoEventId());
        values.put("channelId", a.channelId());
        values.put("participants", a.participants());
        values.put("contracts", a.contracts());
        values.put("mous", a.mous());
        values.put("sales", a.sales() == null ? null : a.sales().amount());
        values.put("salesCurrency", a.sales() == null ? null : a.sales().currency());
        return values;
    }

    private static String text(String input, String field, int max, List<FieldError> errors) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty() || text.length() > max) {
            errors.add(new FieldError(field, "promotion.rule.length", max));
        }
        return text;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return constant;
            }
        }
        return null;
    }

    static Programme programme(ResultSet rs, int n) throws SQLException {
        return new Programme(
                rs.getLong("id"),
                rs.getInt("year"),
                OrganiserKind.valueOf(rs.getString("organiser_kind")),
                rs.getString("organiser"),
                rs.getString("province_code"),
                LocalizedText.of(rs.getString("title_en"), rs.getString("title_vi"), rs.getString("title_lo")),
                rs.getString("currency"),
                rs.getBoolean("demo"));
    }

    static Activity activity(ResultSet rs, int n) throws SQLException {
        java.sql.Array participants = rs.getArray("participants");
        BigDecimal sales = rs.getBigDecimal("sales");
        return new Activity(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("place"),
                Money.of(rs.getBigDecimal("budget"), rs.getString("budget_currency")),
                (Long) rs.getObject("expo_event_id"),
                (Long) rs.getObject("channel_id"),
                participants == null ? List.of() : Arrays.asList((Long[]) participants.getArray()),
                rs.getInt("contracts"),
                rs.getInt("mous"),
                sales == null ? null : Money.of(sales, rs.getString("sales_currency")));
    }
}
