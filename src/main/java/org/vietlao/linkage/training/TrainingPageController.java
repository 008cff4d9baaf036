package org.vietlao.linkage.training;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Training's pages: the courses, a course with its sessions and outputs (and, for organisers, its trainees, the
 * forms to enrol them, take a session's register and record outputs, and who opened the outputs), the course form
 * (create and change, with its sessions and the kinds of output it must produce), the trainee's own record, the
 * training needs against the courses offered, the yearly figures, and the public certificate verification page
 * (name, course and date only). The forms call the API's services, so the rules are the same; a refusal is shown
 * next to its field in the reader's language.
 */
@Controller
class TrainingPageController {

    private final Courses courses;
    private final Trainees trainees;
    private final Enrolments enrolments;
    private final Certificates certificates;
    private final Outputs outputs;
    private final Needs needs;
    private final TrainingKpis kpis;
    private final TrainingSettings settings;
    private final ReferenceNames names;
    private final MessageSource messages;
    private final Clock clock;

    TrainingPageController(
            Courses courses,
            Trainees trainees,
            Enrolments enrolments,
            Certificates certificates,
            Outputs outputs,
            Needs needs,
            TrainingKpis kpis,
            TrainingSettings settings,
            ReferenceNames names,
            MessageSource messages,
            Clock clock) {
        this.courses = courses;
        this.trainees = trainees;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.outputs = outputs;
        this.needs = needs;
        this.kpis = kpis;
        this.settings = settings;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
    }

    /** A course as its list shows it. */
    record CourseLine(Courses.Course course, String title, long enrolled, long outputs) {}

    @GetMapping("/training")
    @PreAuthorize("isAuthenticated()")
    String list(Actor actor, Model model, Locale locale) {
        Map<Long, Long> enrolled = enrolments.countsByCourse();
        List<CourseLine> lines = courses.all().stream()
                .map(c -> new CourseLine(
                        c,
                        c.title().in(locale),
                        enrolled.getOrDefault(c.id(), 0L),
                        outputs.ofCourse(c.id()).size()))
                .toList();
        model.addAttribute("courses", lines);
        model.addAttribute("organiser", TrainingAccess.organiser(actor));
        model.addAttribute("trainee", trainees.of(actor).isPresent());
        return "training/courses";
    }

    @GetMapping("/training/courses/{id}")
    @PreAuthorize("isAuthenticated()")
    String course(Actor actor, @PathVariable long id, Model model, Locale locale) {
        Courses.Course course = courses.require(id);
        courseModel(actor, course, model, locale);
        return "training/course";
    }

    private void courseModel(Actor actor, Courses.Course course, Model model, Locale locale) {
        boolean organiser = TrainingAccess.organiser(actor);
        model.addAttribute("course", course);
        model.addAttribute("title", course.title().in(locale));
        model.addAttribute("outputs", outputs.ofCourse(course.id()));
        model.addAttribute("organiser", organiser);
        model.addAttribute("enrolments", organiser ? enrolments.ofCourse(course.id()) : List.of());
        model.addAttribute("enrolled", enrolments.countsByCourse().getOrDefault(course.id(), 0L));
        model.addAttribute("provinces", names.currentProvinceNamesIn(locale));
        model.addAttribute("minOutputs", settings.minOutputsToClose());
        model.addAttribute("kinds", Outputs.Kind.values());
        model.addAttribute("usedAtOnceDays", settings.usedAtOnceDays());
        model.addAttribute("openings", organiser ? outputs.openings(course.id(), 20) : List.of());
        if (organiser) {
            List<Long> enrolledIds = enrolments.ofCourse(course.id()).stream()
                    .map(Enrolments.Enrolment::traineeId)
                    .toList();
            model.addAttribute(
                    "candidates",
                    trainees.all().stream()
                            .filter(t -> !enrolledIds.contains(t.id()))
                            .toList());
        } else {
            model.addAttribute("candidates", List.of());
        }
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    // ---- the course form (organisers)

    @GetMapping("/training/courses/new")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String newCourse(Actor actor, Model model) {
        return courseForm(new CourseForm().withBlankRows(), null, Map.of(), null, model);
    }

    @PostMapping("/training/courses")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String createCourse(
            Actor actor,
            @ModelAttribute("form") CourseForm form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<Integer> rows = new ArrayList<>();
        try {
            Courses.Course created = courses.create(form.newCourse(rows), actor);
            return "redirect:/training/courses/" + created.id() + "?saved";
        } catch (BusinessException refused) {
            response.setStatus(refused.errorCode().status().value());
            Map<String, String> errors = fieldErrors(refused, locale, field -> CourseForm.formField(field, rows));
            return courseForm(form.withBlankRows(), null, errors, formError(refused, errors, locale), model);
        }
    }

    @GetMapping("/training/courses/{id}/edit")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String editCourse(Actor actor, @PathVariable long id, Model model) {
        Courses.Course course = courses.require(id);
        return courseForm(CourseForm.of(course).withBlankRows(), course, Map.of(), null, model);
    }

    @PostMapping("/training/courses/{id}")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String changeCourse(
            Actor actor,
            @PathVariable long id,
            @ModelAttribute("form") CourseForm form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Courses.Course course = courses.require(id);
        List<Integer> rows = new ArrayList<>();
        try {
            courses.change(id, form.newCourse(rows), actor);
            return "redirect:/training/courses/" + id + "?saved";
        } catch (BusinessException refused) {
            response.setStatus(refused.errorCode().status().value());
            Map<String, String> errors = fieldErrors(refused, locale, field -> CourseForm.formField(field, rows));
            return courseForm(form.withBlankRows(), course, errors, formError(refused, errors, locale), model);
        }
    }

    private String courseForm(
            CourseForm form, Courses.Course course, Map<String, String> errors, String formError, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("course", course);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("kinds", Outputs.Kind.values());
        return "training/course-form";
    }

    // ---- registering a trainee (organisers)

    static final List<String> TRAINEE_FIELDS =
            List.of("fullName", "organisation", "country", "province", "jobRole", "email", "username");

    @GetMapping("/training/trainees/new")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String newTrainee(Actor actor, @RequestParam(required = false) Long course, Model model, Locale locale) {
        Map<String, String> typed = new LinkedHashMap<>();
        TRAINEE_FIELDS.forEach(f -> typed.put(f, ""));
        return traineeForm(course, typed, Map.of(), model, locale);
    }

    @PostMapping("/training/trainees")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String registerTrainee(
            Actor actor,
            @RequestParam(required = false) Long course,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (course != null) {
            courses.require(course); // the course to go back to exists before anyone is registered
        }
        Map<String, String> typed = new LinkedHashMap<>();
        TRAINEE_FIELDS.forEach(f -> typed.put(f, limit(form.getOrDefault(f, ""), 300)));
        try {
            trainees.create(
                    new Trainees.NewTrainee(
                            limit(typed.get("fullName"), 200),
                            typed.get("organisation"),
                            limit(typed.get("country"), 2),
                            limit(typed.get("province"), 6),
                            limit(typed.get("jobRole"), 200),
                            limit(typed.get("email"), 254),
                            limit(typed.get("username"), 100)),
                    actor);
            return course == null
                    ? "redirect:/training?registered"
                    : "redirect:/training/courses/" + course + "?registered";
        } catch (BusinessException refused) {
            response.setStatus(refused.errorCode().status().value());
            return traineeForm(course, typed, fieldErrors(refused, locale, UnaryOperator.identity()), model, locale);
        }
    }

    private String traineeForm(
            Long course, Map<String, String> typed, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("courseId", course);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", List.of("VN", "LA"));
        Map<String, org.vietlao.linkage.shared.LocalizedText.Shown> provinces = names.currentProvinceNamesIn(locale);
        model.addAttribute(
                "provinceGroups",
                List.of("VN", "LA").stream()
                        .map(country -> Map.entry(
                                country,
                                provinces.entrySet().stream()
                                        .filter(e -> country.equals("LA")
                                                == e.getKey().startsWith("LA-"))
                                        .sorted(java.util.Comparator.comparing(
                                                e -> e.getValue().text()))
                                        .toList()))
                        .toList());
        return "training/trainee-form";
    }

    // ---- enrolment and the register (organisers)

    @PostMapping("/training/courses/{id}/enrolments")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String enrol(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String traineeId,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Courses.Course course = courses.require(id);
        Long trainee = traineeId != null && traineeId.strip().matches("[1-9][0-9]{0,17}")
                ? Long.valueOf(traineeId.strip())
                : null;
        try {
            enrolments.enrol(id, trainee, actor);
            return "redirect:/training/courses/" + id + "?enrolled";
        } catch (BusinessException refused) {
            return refusedOn(course, actor, refused, model, locale, response);
        }
    }

    @GetMapping("/training/courses/{id}/sessions/{sessionId}/register")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String register(Actor actor, @PathVariable long id, @PathVariable long sessionId, Model model, Locale locale) {
        Courses.Course course = courses.require(id);
        Courses.Session session = course.sessions().stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .orElseThrow(() -> new BusinessException(ErrorCode.TRN_002, id));
        model.addAttribute("course", course);
        model.addAttribute("title", course.title().in(locale));
        model.addAttribute("sitting", session);
        model.addAttribute("enrolments", enrolments.ofCourse(id));
        model.addAttribute("marks", enrolments.registerOf(sessionId));
        if (!model.containsAttribute("formError")) {
            model.addAttribute("formError", null);
        }
        return "training/register";
    }

    @PostMapping("/training/courses/{id}/sessions/{sessionId}/register")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String takeRegister(
            Actor actor,
            @PathVariable long id,
            @PathVariable long sessionId,
            @RequestParam(required = false) List<String> present,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        courses.require(id);
        List<Long> named = new ArrayList<>();
        if (present != null) {
            for (String value : present) {
                // an id that does not read is no enrolment of the course: the service refuses it as such
                named.add(
                        value != null && value.strip().matches("[1-9][0-9]{0,17}") ? Long.valueOf(value.strip()) : -1L);
            }
        }
        try {
            enrolments.register(id, sessionId, named);
            return "redirect:/training/courses/" + id + "?register";
        } catch (BusinessException refused) {
            if (refused.errorCode() != ErrorCode.TRN_013) {
                throw refused;
            }
            response.setStatus(refused.errorCode().status().value());
            model.addAttribute("formError", String.join(" ", problems(refused, locale)));
            return register(actor, id, sessionId, model, locale);
        }
    }

    @PostMapping("/training/courses/{id}/outputs")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String recordOutput(
            Actor actor,
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String refId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String url,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Courses.Course course = courses.require(id);
        try {
            outputs.record(
                    id,
                    new Outputs.NewOutput(limit(kind, 20), limit(refId, 100), limit(title, 300), limit(url, 500)),
                    actor);
            return "redirect:/training/courses/" + id + "?recorded";
        } catch (BusinessException refused) {
            model.addAttribute(
                    "typed",
                    Map.of(
                            "kind", kind == null ? "" : limit(kind, 20),
                            "refId", refId == null ? "" : limit(refId, 100),
                            "title", title == null ? "" : limit(title, 300),
                            "url", url == null ? "" : limit(url, 500)));
            return refusedOn(course, actor, refused, model, locale, response);
        }
    }

    @PostMapping("/training/courses/{id}/close")
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    String close(Actor actor, @PathVariable long id, Model model, Locale locale, HttpServletResponse response) {
        Courses.Course course = courses.require(id);
        try {
            courses.close(id, actor);
            return "redirect:/training/courses/" + id + "?closed";
        } catch (BusinessException refused) {
            return refusedOn(course, actor, refused, model, locale, response);
        }
    }

    private String refusedOn(
            Courses.Course course,
            Actor actor,
            BusinessException refused,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(refused.errorCode().status().value());
        Map<String, String> errors = fieldErrors(refused, locale, UnaryOperator.identity());
        model.addAttribute("errors", errors);
        String general = formError(refused, errors, locale);
        model.addAttribute("problems", general == null ? List.of() : List.of(general));
        courseModel(actor, course, model, locale);
        return "training/course";
    }

    /** Opens an output through the platform, counting the opening. */
    @GetMapping("/training/outputs/{id}/open")
    @PreAuthorize("isAuthenticated()")
    String openOutput(Actor actor, @PathVariable long id) {
        return "redirect:" + outputs.open(id, actor);
    }

    @GetMapping("/training/me")
    @PreAuthorize("isAuthenticated()")
    String me(Actor actor, Model model, Locale locale) {
        Optional<Trainees.Trainee> trainee = trainees.of(actor);
        model.addAttribute("trainee", trainee.orElse(null));
        List<MyCourse> mine = new ArrayList<>();
        trainee.ifPresent(t -> enrolments.ofTrainee(t.id()).forEach(e -> {
            Courses.Course course = courses.require(e.courseId());
            mine.add(new MyCourse(e, course, course.title().in(locale)));
        }));
        model.addAttribute("enrolments", mine);
        model.addAttribute("provinces", names.currentProvinceNamesIn(locale));
        return "training/me";
    }

    record MyCourse(Enrolments.Enrolment enrolment, Courses.Course course, String title) {}

    @GetMapping("/training/courses/{id}/enrolments/{enrolmentId}/certificate.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> certificate(Actor actor, @PathVariable long id, @PathVariable long enrolmentId) {
        Enrolments.Enrolment enrolment = enrolments.require(id, enrolmentId);
        if (!TrainingAccess.organiser(actor)) {
            String owner = trainees.find(enrolment.traineeId())
                    .map(Trainees.Trainee::username)
                    .orElse(null);
            if (!TrainingAccess.isTrainee(actor, owner)) {
                throw new BusinessException(ErrorCode.TRN_005, enrolmentId);
            }
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"certificate-" + enrolmentId + ".pdf\"")
                .body(certificates.pdfOf(enrolmentId));
    }

    /** Public: anyone checks a certificate code and sees the name, the course and the date, or that it is not valid. */
    @GetMapping("/training/verify")
    @PermitAll
    String verify(@RequestParam(required = false) String code, Model model, Locale locale) {
        model.addAttribute("code", code == null ? "" : code.length() > 64 ? code.substring(0, 64) : code);
        model.addAttribute("asked", code != null && !code.isBlank());
        Optional<Certificates.Verified> verified = certificates.verify(code);
        model.addAttribute("verified", verified.orElse(null));
        model.addAttribute(
                "courseTitle", verified.map(v -> v.course().in(locale)).orElse(null));
        return "training/verify";
    }

    @GetMapping("/training/needs")
    @PreAuthorize("isAuthenticated()")
    String needs(Actor actor, Model model) {
        needsModel(model);
        return "training/needs";
    }

    private void needsModel(Model model) {
        model.addAttribute("balance", needs.againstCourses());
        model.addAttribute("needs", needs.all());
        model.addAttribute("topics", Topic.values());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
    }

    @PostMapping("/training/needs")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'MINISTRY', 'ANALYST', 'ADMIN')")
    String submitNeed(
            Actor actor,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String audience,
            @RequestParam(required = false) String people,
            @RequestParam(required = false) String description,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Integer count = people != null && people.strip().matches("[0-9]{1,6}") ? Integer.valueOf(people.strip()) : null;
        try {
            needs.submit(
                    new Needs.NewNeed(
                            limit(organisation, 300),
                            limit(country, 2),
                            limit(topic, 30),
                            limit(audience, 12),
                            count,
                            limit(description, 2000)),
                    actor);
            return "redirect:/training/needs?submitted";
        } catch (BusinessException refused) {
            response.setStatus(refused.errorCode().status().value());
            model.addAttribute("problems", problems(refused, locale));
            needsModel(model);
            return "training/needs";
        }
    }

    @GetMapping("/training/kpis")
    @PreAuthorize("isAuthenticated()")
    String kpis(Actor actor, @RequestParam(required = false) Integer year, Model model, Locale locale) {
        int shown = year == null || year < 2000 || year > 2100
                ? LocalDate.now(clock).getYear()
                : year;
        model.addAttribute("year", shown);
        model.addAttribute("kpis", kpis.of(shown));
        model.addAttribute("provinces", names.currentProvinceNamesIn(locale));
        return "training/kpis";
    }

    /** Each refused field's rule in the reader's language, under the form field it is shown next to. */
    private Map<String, String> fieldErrors(BusinessException refused, Locale locale, UnaryOperator<String> formField) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (BusinessException.FieldError error : refused.errors()) {
            String key = error.messageKey();
            String text = key.startsWith("error.")
                    ? messages.getMessage(key + ".detail", error.args(), key, locale)
                    : messages.getMessage(key, error.args(), key, locale);
            errors.merge(formField.apply(error.field()), text, (a, b) -> a.equals(b) ? a : a + " " + b);
        }
        return errors;
    }

    /** The refusal itself when no field carries it (a closed course, a full one). */
    private String formError(BusinessException refused, Map<String, String> errors, Locale locale) {
        return errors.isEmpty()
                ? messages.getMessage(refused.errorCode().messageKey() + ".detail", refused.args(), locale)
                : null;
    }

    private List<String> problems(BusinessException refused, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage(refused.errorCode().messageKey() + ".detail", refused.args(), locale));
        for (BusinessException.FieldError error : refused.errors()) {
            String field = messages.getMessage(
                    "training.field." + error.field().replaceAll("\\[.*", ""), null, error.field(), locale);
            lines.add(field + ": " + messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale));
        }
        return lines;
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
