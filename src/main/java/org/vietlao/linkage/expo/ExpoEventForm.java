package org.vietlao.linkage.expo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vietlao.linkage.shared.BusinessException;

/**
 * The event page form as typed: every field a string, so that nothing typed is lost when the page comes back with
 * its errors. Halls and meeting days are fixed rows; blank rows are left out, and errors of the API's list fields
 * ({@code halls[0].name}) are named after the form row they came from.
 */
public class ExpoEventForm {

    static final int HALL_ROWS = 4;
    static final int DAY_ROWS = 3;

    private static final Pattern ITEM = Pattern.compile("(halls|meetingDays)\\[(\\d+)](.*)");

    private String nameEn = "";
    private String nameVi = "";
    private String nameLo = "";
    private String city = "";
    private String country = "VN";
    private String venueProvince = "";
    private String startsOn = "";
    private String endsOn = "";
    private String slotMinutes = "30";
    private String tables = "10";
    private String provinceQuota = "10";
    private String requestQuota = "20";
    private String requestsCloseHours = "48";
    private List<HallRow> halls = new ArrayList<>();
    private List<DayRow> days = new ArrayList<>();

    /** One hall row: name and booth capacity. */
    public static class HallRow {
        private String name = "";
        private String capacity = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? "" : name;
        }

        public String getCapacity() {
            return capacity;
        }

        public void setCapacity(String capacity) {
            this.capacity = capacity == null ? "" : capacity;
        }

        boolean blank() {
            return name.isBlank() && capacity.isBlank();
        }
    }

    /** One meeting day: its date and up to two blocks of slots (a morning and an afternoon, say). */
    public static class DayRow {
        private String date = "";
        private String start1 = "";
        private String slots1 = "";
        private String start2 = "";
        private String slots2 = "";

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date == null ? "" : date;
        }

        public String getStart1() {
            return start1;
        }

        public void setStart1(String start1) {
            this.start1 = start1 == null ? "" : start1;
        }

        public String getSlots1() {
            return slots1;
        }

        public void setSlots1(String slots1) {
            this.slots1 = slots1 == null ? "" : slots1;
        }

        public String getStart2() {
            return start2;
        }

        public void setStart2(String start2) {
            this.start2 = start2 == null ? "" : start2;
        }

        public String getSlots2() {
            return slots2;
        }

        public void setSlots2(String slots2) {
            this.slots2 = slots2 == null ? "" : slots2;
        }

        boolean blank() {
            return date.isBlank() && start1.isBlank() && slots1.isBlank() && start2.isBlank() && slots2.isBlank();
        }
    }

    /** A form filled with an existing event's changeable details. */
    static ExpoEventForm of(Events.Event event) {
        ExpoEventForm form = new ExpoEventForm();
        form.nameEn = event.name().en();
        form.nameVi = event.name().vi();
        form.nameLo = event.name().lo();
        form.city = event.city();
        form.country = event.country();
        form.venueProvince = event.venueProvince() == null ? "" : event.venueProvince();
        form.provinceQuota = String.valueOf(event.provinceQuota());
        form.requestQuota = String.valueOf(event.requestQuota());
        form.requestsCloseHours = String.valueOf(event.requestsCloseHours());
        return form;
    }

    /** Tops the hall and day rows up to their fixed number, so that the page always shows the same inputs. */
    ExpoEventForm withBlankRows() {
        while (halls.size() < HALL_ROWS) {
            halls.add(new HallRow());
        }
        while (days.size() < DAY_ROWS) {
            days.add(new DayRow());
        }
        return this;
    }

    /** What the typed text reads as; text that does not read as a number, date or time is reported in errors. */
    Events.NewEvent newEvent(List<BusinessException.FieldError> errors, List<Integer> hallRows, List<Integer> dayRows) {
        List<Events.HallInput> hallInputs = new ArrayList<>();
        for (int i = 0; i < halls.size() && i < HALL_ROWS; i++) {
            HallRow row = halls.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            hallRows.add(i);
            hallInputs.add(new Events.HallInput(row.name, number(row.capacity, "halls[" + i + "].capacity", errors)));
        }
        List<Events.MeetingDay> dayInputs = new ArrayList<>();
        for (int i = 0; i < days.size() && i < DAY_ROWS; i++) {
            DayRow row = days.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            dayRows.add(i);
            String at = "days[" + i + "]";
            List<Events.Block> blocks = new ArrayList<>();
            if (!row.start1.isBlank() || !row.slots1.isBlank()) {
                blocks.add(new Events.Block(
                        time(row.start1, at + ".start1", errors), number(row.slots1, at + ".slots1", errors)));
            }
            if (!row.start2.isBlank() || !row.slots2.isBlank()) {
                blocks.add(new Events.Block(
                        time(row.start2, at + ".start2", errors), number(row.slots2, at + ".slots2", errors)));
            }
            dayInputs.add(new Events.MeetingDay(date(row.date, at + ".date", errors), blocks));
        }
        return new Events.NewEvent(
                names(),
                city,
                venueProvince,
                country,
                date(startsOn, "startsOn", errors),
                date(endsOn, "endsOn", errors),
                number(slotMinutes, "slotMinutes", errors),
                number(tables, "tables", errors),
                number(provinceQuota, "provinceQuota", errors),
                number(requestQuota, "requestQuota", errors),
                number(requestsCloseHours, "requestsCloseHours", errors),
                hallInputs,
                dayInputs);
    }

    Events.Details details(List<BusinessException.FieldError> errors) {
        return new Events.Details(
                names(),
                city,
                venueProvince,
                number(provinceQuota, "provinceQuota", errors),
                number(requestQuota, "requestQuota", errors),
                number(requestsCloseHours, "requestsCloseHours", errors));
    }

    private Events.Names names() {
        return new Events.Names(nameEn, nameVi, nameLo);
    }

    /**
     * The form input an API field belongs to: {@code name} (all three languages) stays {@code name},
     * {@code halls[1].capacity} becomes the row the second non-blank hall was typed in, a block's start or slots
     * the day row's first or second block.
     */
    static String formField(String field, List<Integer> hallRows, List<Integer> dayRows) {
        Matcher item = ITEM.matcher(field);
        if (!item.matches()) {
            return field;
        }
        boolean hall = item.group(1).equals("halls");
        List<Integer> rows = hall ? hallRows : dayRows;
        int index = Integer.parseInt(item.group(2));
        int row = index < rows.size() ? rows.get(index) : index;
        String rest = item.group(3);
        if (hall) {
            return "halls[" + row + "]" + rest;
        }
        Matcher block = Pattern.compile("\\.blocks\\[(\\d+)]\\.(start|slots)").matcher(rest);
        if (block.matches()) {
            return "days[" + row + "]." + block.group(2) + (Integer.parseInt(block.group(1)) + 1);
        }
        if (rest.equals(".blocks")) {
            return "days[" + row + "].start1";
        }
        return "days[" + row + "]" + rest;
    }

    /** Blank is absent (the service says it is required); anything else must be a whole number. */
    private static Integer number(String text, String field, List<BusinessException.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(Events.field(field, "wholeNumber"));
            return Integer.MIN_VALUE;
        }
    }

    private static LocalDate date(String text, String field, List<BusinessException.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(Events.field(field, "date"));
            return null;
        }
    }

    private static LocalTime time(String text, String field, List<BusinessException.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(Events.field(field, "time"));
            return null;
        }
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null ? "" : nameEn;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi == null ? "" : nameVi;
    }

    public String getNameLo() {
        return nameLo;
    }

    public void setNameLo(String nameLo) {
        this.nameLo = nameLo == null ? "" : nameLo;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city == null ? "" : city;
    }

    public String getVenueProvince() {
        return venueProvince;
    }

    public void setVenueProvince(String venueProvince) {
        this.venueProvince = venueProvince == null ? "" : venueProvince;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null ? "" : country;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn == null ? "" : startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn == null ? "" : endsOn;
    }

    public String getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(String slotMinutes) {
        this.slotMinutes = slotMinutes == null ? "" : slotMinutes;
    }

    public String getTables() {
        return tables;
    }

    public void setTables(String tables) {
        this.tables = tables == null ? "" : tables;
    }

    public String getProvinceQuota() {
        return provinceQuota;
    }

    public void setProvinceQuota(String provinceQuota) {
        this.provinceQuota = provinceQuota == null ? "" : provinceQuota;
    }

    public String getRequestQuota() {
        return requestQuota;
    }

    public void setRequestQuota(String requestQuota) {
        this.requestQuota = requestQuota == null ? "" : requestQuota;
    }

    public String getRequestsCloseHours() {
        return requestsCloseHours;
    }

    public void setRequestsCloseHours(String requestsCloseHours) {
        this.requestsCloseHours = requestsCloseHours == null ? "" : requestsCloseHours;
    }

    public List<HallRow> getHalls() {
        return halls;
    }

    public void setHalls(List<HallRow> halls) {
        this.halls = halls == null ? new ArrayList<>() : halls;
    }

    public List<DayRow> getDays() {
        return days;
    }

    public void setDays(List<DayRow> days) {
        this.days = days == null ? new ArrayList<>() : days;
    }
}
