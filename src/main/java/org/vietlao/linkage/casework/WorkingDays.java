package org.vietlao.linkage.casework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working days of Viet Nam and Laos: Monday to Friday except the country's public holidays (V352: Tết, Lao New
 * Year and the others, 2024-2027, with their sources). A deadline of n working days from a day is the n-th working
 * day after it; the day itself does not count.
 */
@Component
public class WorkingDays {

    /** A public holiday with where it comes from. */
    public record Holiday(String country, LocalDate day, String name, String source) {}

    private final JdbcClient jdbc;

    WorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The n-th working day after {@code start} in {@code country}. */
    public LocalDate plus(String country, LocalDate start, int n) {
        return plus(start, n, holidays(country));
    }

    /** Working days in {@code (from, to]} in {@code country}; negative when {@code to} is before {@code from}. */
    public int between(String country, LocalDate from, LocalDate to) {
        return between(from, to, holidays(country));
    }

    public List<Holiday> list(String country, int year) {
        return jdbc.sql("SELECT country, day, name, source FROM casework_holiday "
                        + "WHERE country = :c AND EXTRACT(YEAR FROM day) = :y ORDER BY day")
                .param("c", country)
                .param("y", year)
                .query((rs, n) ->
                        new Holiday(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4)))
                .list();
    }

    Set<LocalDate> holidays(String country) {
        return new HashSet<>(jdbc.sql("SELECT day FROM casework_holiday WHERE country = :c")
                .param("c", country)
                .query((rs, n) -> rs.getDate(1).toLocalDate())
                .list());
    }

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    static LocalDate plus(LocalDate start, int n, Set<LocalDate> holidays) {
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                left--;
            }
        }
        return day;
    }

    static int between(LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        if (to.isBefore(from)) {
            return -between(to, from, holidays);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, holidays)) {
                count++;
            }
        }
        return count;
    }
}
