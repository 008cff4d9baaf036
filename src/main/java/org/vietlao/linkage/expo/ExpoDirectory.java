package org.vietlao.linkage.expo;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.vietlao.linkage.shared.LocalizedText;

/**
 * The Expo as other modules read it: an event's names and dates, so that a promotion programme's fair can link to
 * the event rather than copy it (issue 18).
 */
@Service
public class ExpoDirectory {

    private final JdbcClient jdbc;

    ExpoDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An event as others see it.
     *
     * @param id the event
     * @param name its names
     * @param country where it is held
     * @param startsOn first day
     * @param endsOn last day
     */
    public record EventSummary(long id, LocalizedText name, String country, LocalDate startsOn, LocalDate endsOn) {}

    public Optional<EventSummary> event(long id) {
        return jdbc.sql(
                        "SELECT id, name_en, name_vi, name_lo, country, starts_on, ends_on FROM expo_event WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new EventSummary(
                        rs.getLong("id"),
                        LocalizedText.of(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo")),
                        rs.getString("country"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .optional();
    }
}
