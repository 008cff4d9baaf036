package org.vietlao.linkage.training;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The course form of the pages as typed: every field is text, so what does not read (a capacity that is not a
 * number, a date that is not one) reaches the service as absent and is refused there, next to its field, with
 * the API's rule. Session rows left blank are dropped; the rows kept are remembered so that the service's
 * {@code sessions[i]} is shown on the row the user typed it in.
 */
public class CourseForm {

    /** One row of the sessions table: its id when it is a session of the course already. */
    public static class SessionRow {
        private String id;
        private String heldOn;
        private String title;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(String heldOn) {
            this.heldOn = heldOn;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        boolean blank() {
            return Courses.blank(id) && Courses.blank(heldOn) && Courses.blank(title);
        }
    }

    static final int MAX_SESSIONS = 60;

    private String titleEn;
    private String titleVi;
    private String titleLo;
    private String topic;
    private String audience;
    private String language;
    private String partnerInstitute;
    private String place;
    private boolean online;
    private String trainers;
    private String capacity;
    private String startsOn;
    private String endsOn;
    private List<String> plannedOutputs = new ArrayList<>();
    private List<SessionRow> sessions = new ArrayList<>();

    /** The form filled with a course, to change it. */
    static CourseForm of(Courses.Course course) {
        CourseForm form = new CourseForm();
        form.titleEn = course.title().en();
        form.titleVi = course.title().vi();
        form.titleLo = course.title().lo();
        form.topic = course.topic();
        form.audience = course.audience();
        form.language = course.language();
        form.partnerInstitute = course.partnerInstitute();
        form.place = course.place();
        form.online = course.online();
        form.trainers = course.trainers();
        form.capacity = String.valueOf(course.capacity());
        form.startsOn = course.startsOn().toString();
        form.endsOn = course.endsOn().toString();
        form.plannedOutputs = new ArrayList<>(course.plannedOutputs());
        for (Courses.Session session : course.sessions()) {
            SessionRow row = new SessionRow();
            row.id = String.valueOf(session.id());
            row.heldOn = session.heldOn().toString();
            row.title = session.title();
            form.sessions.add(row);
        }
        return form;
    }

    /** The form with three blank session rows more (at most 60 rows). */
    CourseForm withBlankRows() {
        for (int i = 0; i < 3 && sessions.size() < MAX_SESSIONS; i++) {
            sessions.add(new SessionRow());
        }
        return this;
    }

    /**
     * The course as the service takes it; {@code rows} receives, for each session sent, the form row it came from.
     */
    Courses.NewCourse newCourse(List<Integer> rows) {
        List<Courses.NewSession> sent = new ArrayList<>();
        for (int i = 0; i < sessions.size() && i < MAX_SESSIONS; i++) {
            SessionRow row = sessions.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            Long id =
                    row.id != null && row.id.strip().matches("[1-9][0-9]{0,17}") ? Long.valueOf(row.id.strip()) : null;
            sent.add(new Courses.NewSession(id, date(row.heldOn), limit(row.title, 300)));
            rows.add(i);
        }
        Integer places =
                capacity != null && capacity.strip().matches("[0-9]{1,6}") ? Integer.valueOf(capacity.strip()) : null;
        return new Courses.NewCourse(
                new Courses.Titles(limit(titleEn, 300), limit(titleVi, 300), limit(titleLo, 300)),
                limit(topic, 30),
                limit(audience, 12),
                limit(language, 2),
                limit(partnerInstitute, 300),
                limit(place, 300),
                online,
                limit(trainers, 500),
                places,
                date(startsOn),
                date(endsOn),
                sent,
                plannedOutputs == null
                        ? List.of()
                        : plannedOutputs.stream()
                                .limit(5)
                                .map(k -> limit(k, 20))
                                .toList());
    }

    /** The form field a service field is shown next to ({@code sessions[i].x} on the row it was typed in). */
    static String formField(String field, List<Integer> rows) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("sessions\\[(\\d+)](.*)").matcher(field);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            return index < rows.size() ? "sessions[" + rows.get(index) + "]" + m.group(2) : "sessions";
        }
        return field;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getTitleLo() {
        return titleLo;
    }

    public void setTitleLo(String titleLo) {
        this.titleLo = titleLo;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPartnerInstitute() {
        return partnerInstitute;
    }

    public void setPartnerInstitute(String partnerInstitute) {
        this.partnerInstitute = partnerInstitute;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getTrainers() {
        return trainers;
    }

    public void setTrainers(String trainers) {
        this.trainers = trainers;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public List<String> getPlannedOutputs() {
        return plannedOutputs;
    }

    public void setPlannedOutputs(List<String> plannedOutputs) {
        this.plannedOutputs = plannedOutputs;
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionRow> sessions) {
        this.sessions = sessions;
    }
}
