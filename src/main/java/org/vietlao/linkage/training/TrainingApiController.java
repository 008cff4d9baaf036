package org.vietlao.linkage.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.RequestValidation;

/**
 * Training over the API: courses and their outputs (organisers: ANALYST, ADMIN), trainees and their enrolment,
 * attendance, assessment, completion and certificate (organisers; a trainee reads their own record), training needs
 * (every signed-in user submits) and the yearly figures. Every change is audited.
 */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training", description = "Courses, trainees, certificates, outputs, training needs and their figures")
class TrainingApiController {

    private final Courses courses;
    private final Trainees trainees;
    private final Enrolments enrolments;
    private final Certificates certificates;
    private final Outputs outputs;
    private final Needs needs;
    private final TrainingKpis kpis;
    private final RequestValidation validation;

    TrainingApiController(
            Courses courses,
            Trainees trainees,
            Enrolments enrolments,
            Certificates certificates,
            Outputs outputs,
            Needs needs,
            TrainingKpis kpis,
            Validator validator) {
        this.courses = courses;
        this.trainees = trainees;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.outputs = outputs;
        this.needs = needs;
        this.kpis = kpis;
        this.validation = new RequestValidation(validator);
    }

    // ---- courses

    @PostMapping(value = "/courses", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.TRN_001})
    @Operation(
            summary = "Create a course",
            description = "Title in English, Vietnamese and Lao; topic; audience (GOVERNMENT or BUSINESS); language; "
                    + "partner institute; place or online; trainers; capacity; dates; 1 to 60 sessions within them.")
    Courses.Course create(Actor actor, @RequestBody Courses.NewCourse body) throws BindException {
        validation.check(body);
        return courses.create(body, actor);
    }

    @GetMapping(value = "/courses", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Every course, newest first, with its sessions")
    List<Courses.Course> courses(Actor actor) {
        return courses.all();
    }

    @GetMapping(value = "/courses/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.TRN_002})
    @Operation(summary = "One course with its sessions")
    Courses.Course course(Actor actor, @PathVariable long id) {
        return courses.require(id);
    }

    @PutMapping(value = "/courses/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.TRN_001, ErrorCode.TRN_002, ErrorCode.TRN_008})
    @Operation(
            summary = "Change an open course",
            description = "The same content and rules as creating one. A session sent with its id is kept (and "
                    + "changed), one without an id is added, one left out is removed unless attendance was recorded "
                    + "for it; the capacity cannot go below the trainees enrolled. A closed course is not changed "
                    + "(TRN-008).")
    Courses.Course change(Actor actor, @PathVariable long id, @RequestBody Courses.NewCourse body)
            throws BindException {
        courses.require(id);
        validation.check(body);
        return courses.change(id, body, actor);
    }

    @PostMapping(value = "/courses/{id}/close", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.TRN_002, ErrorCode.TRN_008, ErrorCode.TRN_009, ErrorCode.TRN_016})
    @Operation(
            summary = "Close a course",
            description = "Refused (TRN-009) while the course has fewer outputs than linkage.training."
                    + "min-outputs-to-close (1 unless configured otherwise), and (TRN-016) while a kind of output "
                    + "it plans has none recorded.")
    Courses.Course close(Actor actor, @PathVariable long id) {
        return courses.close(id, actor);
    }

    // ---- outputs

    @PostMapping(value = "/courses/{id}/outputs", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.TRN_002, ErrorCode.TRN_008, ErrorCode.TRN_010})
    @Operation(
            summary = "Record an output of a course",
            description = "Kind DATASET, LINKAGE_CHAIN, PILOT_EVALUATION, PARK_COMPARISON or REPORT; the id of the "
                    + "record on the platform (a chain is checked against matching, a park comparison, given as "
                    + "left-right park ids, against zone; their link is set); a title; a link (a path of the "
                    + "platform or an http(s) address).")
    Outputs.Output output(Actor actor, @PathVariable long id, @RequestBody Outputs.NewOutput body)
            throws BindException {
        courses.require(id);
        validation.check(body);
        return outputs.record(id, body, actor);
    }

    @GetMapping(value = "/courses/{id}/outputs", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.TRN_002})
    @Operation(
            summary = "The outputs of a course, with how often each was opened and referenced since",
            description = "Openings are also counted by businesses and by regulators, with the days it took until "
                    + "both had opened it.")
    List<Outputs.Output> outputs(Actor actor, @PathVariable long id) {
        courses.require(id);
        return outputs.ofCourse(id);
    }

    // ---- trainees

    @PostMapping(value = "/trainees", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.TRN_003})
    @Operation(
            summary = "Register a trainee",
            description = "Name, organisation, country, province (reference code of that country), role, e-mail and, "
                    + "optionally, the platform account that signs in as the trainee.")
    Trainees.Trainee trainee(Actor actor, @RequestBody Trainees.NewTrainee body) throws BindException {
        validation.check(body);
        return trainees.create(body, actor);
    }

    @GetMapping(value = "/trainees", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @Operation(summary = "Every trainee with their personal data (organisers only)")
    List<Trainees.Trainee> trainees(Actor actor) {
        return trainees.all();
    }

    /** A trainee and their enrolments. */
    record TraineeRecord(Trainees.Trainee trainee, List<Enrolments.Enrolment> enrolments) {}

    @GetMapping(value = "/trainees/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.TRN_004})
    @Operation(
            summary = "A trainee's record",
            description = "For organisers and for the trainee themself; anyone else is answered 404 (TRN-004).")
    TraineeRecord traineeRecord(Actor actor, @PathVariable long id) {
        Trainees.Trainee trainee = trainees.visibleTo(id, actor);
        return new TraineeRecord(trainee, enrolments.ofTrainee(id));
    }

    @GetMapping(value = "/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.TRN_004})
    @Operation(summary = "The caller's own trainee record (404 TRN-004 when the account is no trainee)")
    TraineeRecord me(Actor actor) {
        Trainees.Trainee trainee = trainees.of(actor)
                .orElseThrow(() -> new org.vietlao.linkage.shared.BusinessException(ErrorCode.TRN_004, "-"));
        return new TraineeRecord(trainee, enrolments.ofTrainee(trainee.id()));
    }

    // ---- enrolments

    record Enrol(@Schema(example = "7") Long traineeId) {}

    @PostMapping(value = "/courses/{id}/enrolments", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.TRN_002, ErrorCode.TRN_004, ErrorCode.TRN_006, ErrorCode.TRN_007, ErrorCode.TRN_008})
    @Operation(summary = "Enrol a trainee in a course (up to its capacity)")
    Enrolments.Enrolment enrol(Actor actor, @PathVariable long id, @RequestBody Enrol body) {
        courses.require(id);
        return enrolments.enrol(id, body.traineeId(), actor);
    }

    @GetMapping(value = "/courses/{id}/enrolments", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.TRN_002})
    @Operation(summary = "The enrolments of a course with attendance, score and completion (organisers only)")
    List<Enrolments.Enrolment> enrolments(Actor actor, @PathVariable long id) {
        return enrolments.ofCourse(id);
    }

    record Attendance(
            @Schema(example = "12") Long sessionId,
            @Schema(example = "true") Boolean present) {}

    @PutMapping(
            value = "/courses/{id}/enrolments/{enrolmentId}/attendance",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.TRN_002, ErrorCode.TRN_005, ErrorCode.TRN_008, ErrorCode.TRN_013})
    @Operation(summary = "Record whether the trainee attended a session of the course")
    Enrolments.Enrolment attendance(
            Actor actor, @PathVariable long id, @PathVariable long enrolmentId, @RequestBody Attendance body) {
        enrolments.require(id, enrolmentId);
        return enrolments.attendance(id, enrolmentId, body.sessionId(), body.present());
    }

    record Assessment(@Schema(example = "78.5") BigDecimal score) {}

    @PutMapping(
            value = "/courses/{id}/enrolments/{enrolmentId}/assessment",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.TRN_002, ErrorCode.TRN_005, ErrorCode.TRN_008, ErrorCode.TRN_013})
    @Operation(summary = "Record the trainee's assessment score (0 to 100)")
    Enrolments.Enrolment assessment(
            Actor actor, @PathVariable long id, @PathVariable long enrolmentId, @RequestBody Assessment body) {
        enrolments.require(id, enrolmentId);
        return enrolments.assess(id, enrolmentId, body.score());
    }

    @PostMapping(
            value = "/courses/{id}/enrolments/{enrolmentId}/completion",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
    @ErrorCodes({ErrorCode.TRN_002, ErrorCode.TRN_005, ErrorCode.TRN_011})
    @Operation(
            summary = "Complete the enrolment and issue the certificate",
            description = "Refused (TRN-011) below the attendance share or the pass mark. Answers the certificate's "
                    + "verification code, the only time it is given in clear (only its hash is kept); completing "
                    + "again re-issues the certificate and the earlier code is refused from then on.")
    Enrolments.Completed complete(Actor actor, @PathVariable long id, @PathVariable long enrolmentId) {
        return enrolments.complete(id, enrolmentId, actor);
    }

    @GetMapping(value = "/courses/{id}/enrolments/{enrolmentId}/certificate.pdf")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.TRN_005, ErrorCode.TRN_012})
    @Operation(
            summary = "The certificate as issued (PDF, English, Vietnamese and Lao)",
            description = "For organisers and for the trainee themself; anyone else is answered 404 (TRN-005).")
    ResponseEntity<byte[]> certificate(Actor actor, @PathVariable long id, @PathVariable long enrolmentId) {
        Enrolments.Enrolment enrolment = visibleEnrolment(actor, id, enrolmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"certificate-" + enrolment.id() + ".pdf\"")
                .body(certificates.pdfOf(enrolment.id()));
    }

    /** The verified certificate: name, course and date only. */
    record Verification(boolean valid, Certificates.Verified certificate) {}

    @GetMapping(value = "/certificates/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Verify a certificate code",
            description = "Answers valid with the name, the course and the date, or not valid for a code that is "
                    + "malformed, forged, altered or re-issued since. The public page /training/verify does the same "
                    + "without signing in.")
    Verification verify(Actor actor, @RequestParam(required = false) String code) {
        Optional<Certificates.Verified> verified = certificates.verify(code);
        return new Verification(verified.isPresent(), verified.orElse(null));
    }

    Enrolments.Enrolment visibleEnrolment(Actor actor, long courseId, long enrolmentId) {
        Enrolments.Enrolment enrolment = enrolments.require(courseId, enrolmentId);
        if (!TrainingAccess.organiser(actor)) {
            String owner = trainees.find(enrolment.traineeId())
                    .map(Trainees.Trainee::username)
                    .orElse(null);
            if (!TrainingAccess.isTrainee(actor, owner)) {
                throw new org.vietlao.linkage.shared.BusinessException(ErrorCode.TRN_005, enrolmentId);
            }
        }
        return enrolment;
    }

    // ---- outputs opened, needs, figures

    @PostMapping(value = "/needs", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'MINISTRY', 'ANALYST', 'ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @ErrorCodes({ErrorCode.TRN_014})
    @Operation(
            summary = "Submit a training need",
            description = "Organisation, country, topic, audience, how many people and what for. Enterprises, "
                    + "ministries and institutes submit; a border authority's needs come through its ministry.")
    Needs.Need need(Actor actor, @RequestBody Needs.NewNeed body) throws BindException {
        validation.check(body);
        return needs.submit(body, actor);
    }

    /** Needs by topic against the courses offered. */
    record NeedsAndOffer(List<Needs.TopicBalance> byTopic, List<Needs.Need> needs) {}

    @GetMapping(value = "/needs", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The training needs submitted, and by topic against the open courses and their places")
    NeedsAndOffer needs(Actor actor) {
        return new NeedsAndOffer(needs.againstCourses(), needs.all());
    }

    @GetMapping(value = "/kpis/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.TRN_015})
    @Operation(
            summary = "The figures of a year",
            description =
                    "Enrolments by country, province, audience and topic; completion rate; outputs produced by "
                            + "kind and how often they were opened and referenced since. A course counts in the year it starts.")
    TrainingKpis.Year kpis(Actor actor, @PathVariable int year) {
        return kpis.of(year);
    }
}
