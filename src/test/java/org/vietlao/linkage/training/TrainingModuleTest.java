package org.vietlao.linkage.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * Training started alone with what it declares it uses (shared, matching, reference, zone; matching and zone bring enterprise;
 * decision 0017 section 5): a course with two sessions, a trainee who attends one of them is refused
 * completion, attends both and completes; the code answered verifies, an altered one does not; and the output rule
 * follows its setting (two outputs here).
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"enterprise"})
@ActiveProfiles("test")
@TestPropertySource(properties = "linkage.training.min-outputs-to-close=2")
class TrainingModuleTest {

    /** Implemented by the platform, which this test does not start. */
    @MockitoBean
    IdempotentRequests idempotentRequests;

    /** Implemented by the platform; no trainee of this test is linked to an account. */
    @MockitoBean
    UserDirectory users;

    static final Actor ORGANISER = Actor.onBehalfOf("analyst", Role.ANALYST);

    @Autowired
    Courses courses;

    @Autowired
    Trainees trainees;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Certificates certificates;

    @Autowired
    Outputs outputs;

    @Test
    void aTraineeCompletesOnlyUnderTheRuleAndTheCodeVerifiesOnlyUnaltered() {
        LocalDate day = LocalDate.of(2032, 3, 2);
        Courses.Course course = courses.create(
                new Courses.NewCourse(
                        new Courses.Titles("Module course", "Khóa mô-đun", "ຫຼັກສູດໂມດູນ"),
                        "PRODUCTION_LINES",
                        "BUSINESS",
                        "en",
                        null,
                        null,
                        true,
                        null,
                        10,
                        day,
                        day.plusDays(1),
                        List.of(
                                new Courses.NewSession(null, day, "One"),
                                new Courses.NewSession(null, day.plusDays(1), "Two")),
                        List.of()),
                ORGANISER);
        Trainees.Trainee trainee = trainees.create(
                new Trainees.NewTrainee("Module Trainee", "Module Org", "LA", "LA-VT", null, null, null), ORGANISER);
        Enrolments.Enrolment enrolment = enrolments.enrol(course.id(), trainee.id(), ORGANISER);
        enrolments.attendance(
                course.id(), enrolment.id(), course.sessions().get(0).id(), true);
        enrolments.assess(course.id(), enrolment.id(), new BigDecimal("50"));

        // 1 of 2 sessions is 50 %, under the 75 % rule; the score equals the pass mark, which is enough.
        assertThatThrownBy(() -> enrolments.complete(course.id(), enrolment.id(), ORGANISER))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.errorCode()).isEqualTo(ErrorCode.TRN_011);
                    assertThat(refused.errors())
                            .extracting(BusinessException.FieldError::field)
                            .containsExactly("attendance");
                });

        enrolments.attendance(
                course.id(), enrolment.id(), course.sessions().get(1).id(), true);
        Enrolments.Completed completed = enrolments.complete(course.id(), enrolment.id(), ORGANISER);

        assertThat(completed.certificateCode()).matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}");
        assertThat(certificates.verify(completed.certificateCode()))
                .hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("Module Trainee"));
        assertThat(certificates.verify(completed.certificateCode().toLowerCase().replace("-", " ")))
                .as("case, spaces and hyphens do not matter")
                .isPresent();
        assertThat(certificates.verify(altered(completed.certificateCode()))).isEmpty();
        byte[] pdf = certificates.pdfOf(enrolment.id());
        assertThat(pdf).startsWith("%PDF".getBytes());
        // Both fonts of shared.PdfFonts are embedded (subset fonts are named "ABCDEF+NotoSansLao…").
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .containsPattern("/FontName ?/[A-Z]{6}\\+NotoSansLao")
                .containsPattern("/FontName ?/[A-Z]{6}\\+NotoSans")
                .contains("/FontFile2");

        assertThatThrownBy(() -> courses.close(course.id(), ORGANISER))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TRN_009));
        outputs.record(course.id(), new Outputs.NewOutput("REPORT", null, "Report", "/reports/one.pdf"), ORGANISER);
        assertThatThrownBy(() -> courses.close(course.id(), ORGANISER))
                .as("two outputs are configured here")
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.TRN_009));
        outputs.record(
                course.id(), new Outputs.NewOutput("DATASET", null, "Data", "https://example.org/data.csv"), ORGANISER);
        assertThat(courses.close(course.id(), ORGANISER).status()).isEqualTo("CLOSED");
    }

    /** The code with its first character changed to another of the alphabet. */
    static String altered(String code) {
        char first = code.charAt(0);
        char other = first == '7' ? '8' : '7';
        return other + code.substring(1);
    }
}
