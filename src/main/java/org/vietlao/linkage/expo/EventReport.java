package org.vietlao.linkage.expo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.reference.CurrencyConverter;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.Money;

/**
 * An event's report: booths, participants by country and province, requests sent and accepted, meetings held,
 * agreements and their total value in US dollars, each converted with the reference exchange rate of its signing
 * date (the rate, its period and its publisher shown). Counted from this platform's Expo records when asked.
 */
@Service
@Transactional(readOnly = true)
class EventReport {

    private final Events events;
    private final Booths booths;
    private final Participants participants;
    private final Meetings meetings;
    private final Agreements agreements;
    private final CurrencyConverter converter;
    private final Clock clock;

    EventReport(
            Events events,
            Booths booths,
            Participants participants,
            Meetings meetings,
            Agreements agreements,
            CurrencyConverter converter,
            Clock clock) {
        this.events = events;
        this.booths = booths;
        this.participants = participants;
        this.meetings = meetings;
        this.agreements = agreements;
        this.converter = converter;
        this.clock = clock;
    }

    /** Participants of one province of one country. */
    record ProvinceCount(String country, String provinceCode, long participants) {}

    /**
     * An agreement with its value in US dollars: {@code usd} and {@code rate} absent when it has no amount, or
     * when no reference rate of its currency exists on or before its signing date ({@code noRate}).
     */
    record Valued(Agreements.Agreement agreement, Money usd, CurrencyConverter.AppliedRate rate, boolean noRate) {}

    record Report(
            Events.Event event,
            long booths,
            long participants,
            long vietnamese,
            long lao,
            List<ProvinceCount> byProvince,
            long requests,
            long accepted,
            long held,
            List<Valued> agreements,
            BigDecimal totalUsd,
            long withoutValue,
            Instant madeAt) {}

    Report of(long eventId) {
        Events.Event event = events.require(eventId);
        List<Participants.Participant> all = participants.of(eventId);
        Map<String, Long> byProvince = new TreeMap<>();
        all.forEach(p -> byProvince.merge(p.country() + "/" + p.provinceCode(), 1L, Long::sum));
        List<ProvinceCount> provinces = byProvince.entrySet().stream()
                .map(e -> {
                    String[] key = e.getKey().split("/", 2);
                    return new ProvinceCount(key[0], key[1], e.getValue());
                })
                .sorted(Comparator.comparing(ProvinceCount::country)
                        .reversed()
                        .thenComparing(ProvinceCount::participants, Comparator.reverseOrder())
                        .thenComparing(ProvinceCount::provinceCode))
                .toList();
        Map<Integer, LocalDate> dayOfSlot = new HashMap<>();
        event.slots().forEach(s -> dayOfSlot.put(s.number(), s.day()));
        LocalDate today = LocalDate.now(clock.withZone(RequestExpiry.VENUE_ZONE));
        List<Meetings.Meeting> requests = meetings.of(eventId, null);
        long accepted =
                requests.stream().filter(m -> m.status().equals("ACCEPTED")).count();
        long held = requests.stream()
                .filter(m -> m.status().equals("ACCEPTED") && m.slot() != null)
                .filter(m -> dayOfSlot.containsKey(m.slot())
                        && dayOfSlot.get(m.slot()).isBefore(today))
                .count();
        List<Valued> valued = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        long withoutValue = 0;
        for (Agreements.Agreement agreement : agreements.of(eventId)) {
            if (agreement.amount() == null) {
                valued.add(new Valued(agreement, null, null, false));
                withoutValue++;
                continue;
            }
            try {
                CurrencyConverter.Conversion usd =
                        converter.toUsd(Money.of(agreement.amount(), agreement.currency()), agreement.signedOn());
                valued.add(new Valued(
                        agreement,
                        usd.to(),
                        usd.rates().isEmpty() ? null : usd.rates().get(0),
                        false));
                total = total.add(usd.to().amount());
            } catch (BusinessException noRate) {
                valued.add(new Valued(agreement, null, null, true));
                withoutValue++;
            }
        }
        return new Report(
                event,
                booths.of(eventId, true).size(),
                all.size(),
                all.stream().filter(p -> p.country().equals("VN")).count(),
                all.stream().filter(p -> p.country().equals("LA")).count(),
                provinces,
                requests.size(),
                accepted,
                held,
                valued,
                total,
                withoutValue,
                clock.instant());
    }
}
