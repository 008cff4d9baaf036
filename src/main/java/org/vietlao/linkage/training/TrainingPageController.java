package org.vietlao.linkage.training;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Training's pages: the courses, a course with its sessions and outputs (and, for organisers, its trainees), the
 * trainee's own record, the training needs against the courses offered, the yearly figures, and the public
 * certificate verification page (name, course and date only).
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
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
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
            outputs.record(id, new Outputs.NewOutput(kind, refId, title, url), actor);
            return "redirect:/training/courses/" + id + "?recorded";
        } catch (BusinessException refused) {
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
        model.addAttribute("problems", problems(refused, locale));
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
