package org.vietlao.linkage.promotion;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.vietlao.linkage.matching.AgreedLinkages;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.BusinessException.FieldError;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.Label;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.NoticeRaised;

/**
 * Listings: a product of one country at a channel of the other. The producer asks (REQUESTED); the channel accepts
 * (ACCEPTED, from {@code since}, until {@code until} if it says so) or declines with a reason (DECLINED; the
 * producer may ask again). An accepted listing at a channel that has a registry enterprise counts as a linkage in
 * matching, through {@link AgreedLinkages}.
 */
@Service
class Listings {

    enum Via {
        FAIR,
        TRADE_WEEK,
        DELEGATION,
        DIRECT
    }

    /**
     * A listing request.
     *
     * @param productId the product
     * @param channelId a channel in the other country
     * @param via how it got there: FAIR, TRADE_WEEK, DELEGATION or DIRECT
     * @param activityId the promotion activity it came from, if any
     * @param message to the channel, up to 1,000 characters
     */
    record Request(
            @Schema(example = "1") Long productId,
            @Schema(example = "2") Long channelId,
            @Schema(example = "DIRECT") @Size(max = 40) String via,
            Long activityId,
            @Size(max = 1000) String message) {}

    /**
     * An answer.
     *
     * @param since first day on the shelves (accept; today when missing)
     * @param until last day, if known (accept)
     * @param reason why not (decline; required)
     */
    record Answer(
            LocalDate since,
            LocalDate until,
            @Size(max = 1000) String reason) {}

    /** A listing. */
    record Listing(
            long id,
            long productId,
            long channelId,
            String status,
            Via via,
            Long activityId,
            LocalDate since,
            LocalDate until,
            String message,
            String declineReason,
            String requestedBy,
            String answeredBy,
            Long linkageId) {

        boolean activeOn(LocalDate day) {
            return "ACCEPTED".equals(status)
                    && (since == null || !day.isBefore(since))
                    && (until == null || !day.isAfter(until));
        }
    }

    private final JdbcClient jdbc;
    private final Products products;
    private final Channels channels;
    private final AgreedLinkages linkages;
    private final EnterpriseDirectory enterprises;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Listings(
            JdbcClient jdbc,
            Products products,
            Channels channels,
            AgreedLinkages linkages,
            EnterpriseDirectory enterprises,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.channels = channels;
        this.linkages = linkages;
        this.enterprises = enterprises;
        this.events = events;
        this.clock = clock;
    }

    /** The producer asks a channel to list its product; 404 for an unknown product, 403 for another's. */
    @Transactional
    Listing request(Request request, Actor actor) {
        if (request.productId() == null) {
            throw new BusinessException(ErrorCode.PRM_002, "");
        }
        Product product = products.require(request.productId());
        Products.requireProducer(actor, product.enterpriseId());
        List<FieldError> errors = new ArrayList<>();
        Channels.Channel channel = request.channelId() == null
                ? null
                : channels.find(request.channelId()).orElse(null);
        if (channel == null) {
            errors.add(new FieldError("channelId", "promotion.rule.channel"));
        } else if (channel.country().equals(product.country())) {
            errors.add(new FieldError("channelId", "promotion.rule.otherCountry"));
        }
        Via via = via(request.via());
        if (via == null) {
            errors.add(new FieldError("via", "promotion.rule.via"));
        }
        if (request.activityId() != null
                && jdbc.sql("SELECT count(*) FROM promotion_activity WHERE id = :id")
                                .param("id", request.activityId())
                                .query(Long.class)
                                .single()
                        == 0) {
            errors.add(new FieldError("activityId", "promotion.rule.activity"));
        }
        String message = request.message() == null ? null : request.message().strip();
        if (message != null && message.length() > 1000) {
            errors.add(new FieldError("message", "promotion.rule.length", 1000));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.PRM_005, errors);
        }
        boolean live = jdbc.sql("""
				SELECT count(*) FROM promotion_listing WHERE product_id = :p AND channel_id = :c AND status <> 'DECLINED'""")
                        .param("p", product.id())
                        .param("c", channel.id())
                        .query(Long.class)
                        .single()
                > 0;
        if (live) {
            throw new BusinessException(ErrorCode.PRM_009);
        }
        long id = jdbc.sql("""
				INSERT INTO promotion_listing (product_id, channel_id, status, via, activity_id, message, requested_by,
				  requested_at)
				VALUES (:p, :c, 'REQUESTED', :via, :activity, :message, :user, :now) ON CONFLICT DO NOTHING RETURNING id""")
                .param("p", product.id())
                .param("c", channel.id())
                .param("via", via.name())
                .param("activity", request.activityId())
                .param("message", message == null || message.isEmpty() ? null : message)
                .param("user", actor.username())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.PRM_009));
        Listing listing = require(id);
        events.publishEvent(EntityChanged.created("promotion_listing", id, values(listing)));
        tellTheChannel(product, channel);
        return listing;
    }

    /**
     * The channel hears of a request in its inbox (decision 0090): the users of its enterprise's organisation, or,
     * for a channel without an enterprise (answered by analysts), the one who recorded it. The link is the page where
     * it answers.
     */
    private void tellTheChannel(Product product, Channels.Channel channel) {
        Set<Long> organisations = owner(channel.enterpriseId());
        Set<String> users = organisations.isEmpty()
                ? jdbc.sql("SELECT created_by FROM promotion_channel WHERE id = :id")
                        .param("id", channel.id())
                        .query(String.class)
                        .optional()
                        .map(Set::of)
                        .orElse(Set.of())
                : Set.of();
        events.publishEvent(new NoticeRaised(
                users,
                organisations,
                "promotion-listing-requested",
                Label.of(
                        "promotion.notice.requested",
                        enterpriseNames(product.enterpriseId()),
                        channel.name(),
                        inEveryLanguage(product.name())),
                "/promotion/listings"));
    }

    /**
     * The producer hears the channel's answer (decision 0090): the users of the product's enterprise and the one who
     * asked; the link is the product's page.
     */
    private void tellTheProducer(Listing listing, boolean accepted) {
        Product product = products.require(listing.productId());
        Channels.Channel channel = channels.require(listing.channelId());
        Set<String> users = listing.requestedBy() == null ? Set.of() : Set.of(listing.requestedBy());
        events.publishEvent(new NoticeRaised(
                users,
                owner(product.enterpriseId()),
                accepted ? "promotion-listing-accepted" : "promotion-listing-declined",
                Label.of(
                        accepted ? "promotion.notice.accepted" : "promotion.notice.declined",
                        channel.name(),
                        inEveryLanguage(product.name())),
                "/promotion/catalogue/" + product.id()));
    }

    private Set<Long> owner(Long enterpriseId) {
        if (enterpriseId == null) {
            return Set.of();
        }
        return enterprises
                .find(new EnterpriseId(enterpriseId))
                .map(EnterpriseProfile::ownerOrganisationId)
                .map(Set::of)
                .orElse(Set.of());
    }

    private Object enterpriseNames(long enterpriseId) {
        return enterprises
                .find(new EnterpriseId(enterpriseId))
                .<Object>map(e -> {
                    Map<String, String> names = new LinkedHashMap<>();
                    for (String language : LocalizedText.FALLBACK_ORDER) {
                        names.put(language, e.names().getOrDefault(language, e.name()));
                    }
                    return names;
                })
                .orElse(String.valueOf(enterpriseId));
    }

    /** A text in each of the three languages, by the fallback rule where one is missing (for a notice's argument). */
    static Map<String, String> inEveryLanguage(LocalizedText text) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LocalizedText.FALLBACK_ORDER) {
            names.put(language, text.in(language).text());
        }
        return names;
    }

    /** The channel accepts; 404 unknown, 403 not the channel's, PRM-007 already answered. */
    @Transactional
    Listing accept(long id, Answer answer, Actor actor) {
        Listing before = lockedForAnswer(id, actor);
        Answer a = answer == null ? new Answer(null, null, null) : answer;
        LocalDate since = a.since() == null ? products.today() : a.since();
        if (a.until() != null && a.until().isBefore(since)) {
            throw BusinessException.onField(
                    ErrorCode.PRM_005, "until", a.until().toString());
        }
        if (since.getYear() < 2000 || since.getYear() > 2100) {
            throw BusinessException.onField(ErrorCode.PRM_005, "since", since.toString());
        }
        Product product = products.require(before.productId());
        Channels.Channel channel = channels.require(before.channelId());
        Long linkage = null;
        if (channel.enterpriseId() != null) {
            boolean vietnamese = "VN".equals(product.country());
            EnterpriseId producer = new EnterpriseId(product.enterpriseId());
            EnterpriseId seller = new EnterpriseId(channel.enterpriseId());
            linkage = linkages.linkAgreed(
                    vietnamese ? producer : seller,
                    vietnamese ? seller : producer,
                    "promotion listing " + id,
                    actor.username());
        }
        jdbc.sql("""
				UPDATE promotion_listing SET status = 'ACCEPTED', since = :since, until = :until, answered_by = :user,
				  answered_at = :now, linkage_id = :linkage WHERE id = :id""")
                .param("since", since)
                .param("until", a.until())
                .param("user", actor.username())
                .param("now", Timestamp.from(clock.instant()))
                .param("linkage", linkage)
                .param("id", id)
                .update();
        Listing after = require(id);
        events.publishEvent(EntityChanged.updated("promotion_listing", id, values(before), values(after)));
        events.publishEvent(new ListingAccepted(
                id, product.id(), channel.id(), product.enterpriseId(), channel.enterpriseId(), linkage));
        tellTheProducer(after, true);
        return after;
    }

    /** The channel declines with a reason (PRM-008 without one). */
    @Transactional
    Listing decline(long id, Answer answer, Actor actor) {
        Listing before = lockedForAnswer(id, actor);
        String reason =
                answer == null || answer.reason() == null ? "" : answer.reason().strip();
        if (reason.isEmpty() || reason.length() > 1000) {
            throw BusinessException.onField(ErrorCode.PRM_008, "reason");
        }
        jdbc.sql("""
				UPDATE promotion_listing SET status = 'DECLINED', decline_reason = :reason, answered_by = :user,
				  answered_at = :now WHERE id = :id""")
                .param("reason", reason)
                .param("user", actor.username())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        Listing after = require(id);
        events.publishEvent(EntityChanged.updated("promotion_listing", id, values(before), values(after)));
        tellTheProducer(after, false);
        return after;
    }

    private Listing lockedForAnswer(long id, Actor actor) {
        Listing listing = jdbc.sql("SELECT * FROM promotion_listing WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Listings::listing)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.PRM_006, id));
        Channels.Channel channel = channels.require(listing.channelId());
        actor.require(channel.mayBeAnsweredBy(actor));
        if (!"REQUESTED".equals(listing.status())) {
            throw new BusinessException(ErrorCode.PRM_007);
        }
        return listing;
    }

    Optional<Listing> find(long id) {
        return jdbc.sql("SELECT * FROM promotion_listing WHERE id = :id")
                .param("id", id)
                .query(Listings::listing)
                .optional();
    }

    Listing require(long id) {
        return find(id).orElseThrow(() -> new BusinessException(ErrorCode.PRM_006, id));
    }

    List<Listing> ofProduct(long productId) {
        return jdbc.sql("SELECT * FROM promotion_listing WHERE product_id = :id ORDER BY id DESC")
                .param("id", productId)
                .query(Listings::listing)
                .list();
    }

    List<Listing> ofChannels(List<Long> channelIds) {
        if (channelIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM promotion_listing WHERE channel_id IN (:ids) ORDER BY id DESC")
                .param("ids", channelIds)
                .query(Listings::listing)
                .list();
    }

    static Via via(String text) {
        for (Via v : Via.values()) {
            if (v.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return v;
            }
        }
        return null;
    }

    static Map<String, Object> values(Listing l) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("productId", l.productId());
        values.put("channelId", l.channelId());
        values.put("status", l.status());
        values.put("via", l.via());
        values.put("activityId", l.activityId());
        values.put("since", l.since());
        values.put("until", l.until());
        values.put("declineReason", l.declineReason());
        values.put("linkageId", l.linkageId());
        return values;
    }

    static Listing listing(ResultSet rs, int row) throws SQLException {
        return new Listing(
                rs.getLong("id"),
                rs.getLong("product_id"),
                rs.getLong("channel_id"),
                rs.getString("status"),
                Via.valueOf(rs.getString("via")),
                (Long) rs.getObject("activity_id"),
                rs.getObject("since", LocalDate.class),
                rs.getObject("until", LocalDate.class),
                rs.getString("message"),
                rs.getString("decline_reason"),
                rs.getString("requested_by"),
                rs.getString("answered_by"),
                (Long) rs.getObject("linkage_id"));
    }
}
