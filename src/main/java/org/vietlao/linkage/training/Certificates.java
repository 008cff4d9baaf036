package org.vietlao.linkage.training;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.PdfFonts;

/**
 * Certificates of completion (decision 0062). The verification code is 100 random bits written as 20 characters of
 * Crockford's base 32 in four groups; only its SHA-256 hash is stored, beside the issued PDF. Verification hashes
 * what it is given and looks the hash up: a forged or altered code matches no certificate and is refused, and an
 * enrolment that is no longer completed verifies nothing. Re-issuing replaces the hash, so the earlier code is
 * refused from then on.
 */
@Service
@Transactional
class Certificates {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** What the public page shows of a verified certificate: the name, the course and the date, nothing else. */
    record Verified(String name, Courses.Titles course, LocalDate completedOn) {}

    /** Issues (or re-issues) the certificate of a completed enrolment; answers its code, the only time in clear. */
    String issue(long enrolmentId, Actor actor) {
        Holder holder = jdbc.sql("""
				SELECT t.full_name, c.title_en, c.title_vi, c.title_lo, c.starts_on, c.ends_on, c.partner_institute,
				  e.completed_on, e.certificate_issued_at
				FROM training_enrolment e JOIN training_trainee t ON t.id = e.trainee_id
				JOIN training_course c ON c.id = e.course_id WHERE e.id = :id AND e.completed_on IS NOT NULL""")
                .param("id", enrolmentId)
                .query((rs, n) -> new Holder(
                        rs.getString("full_name"),
                        new Courses.Titles(
                                rs.getString("title_en"), rs.getString("title_vi"), rs.getString("title_lo")),
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(),
                        rs.getString("partner_institute"),
                        rs.getDate("completed_on").toLocalDate(),
                        rs.getTimestamp("certificate_issued_at")))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.TRN_012, enrolmentId));
        String code = newCode();
        Instant now = clock.instant();
        jdbc.sql("""
				UPDATE training_enrolment SET certificate_hash = :h, certificate_pdf = :pdf, certificate_issued_at = :at
				WHERE id = :id""")
                .param("h", hash(code))
                .param("pdf", pdf(holder, code))
                .param("at", Timestamp.from(now))
                .param("id", enrolmentId)
                .update();
        events.publishEvent(EntityChanged.updated(
                Enrolments.ENTITY,
                enrolmentId,
                "certificateIssuedAt",
                holder.issuedAt() == null ? null : holder.issuedAt().toInstant().toString(),
                now.toString()));
        return code;
    }

    /** The certificate the code belongs to, if it is one and its enrolment is still completed. */
    @Transactional(readOnly = true)
    Optional<Verified> verify(String input) {
        Optional<String> code = normalise(input);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
				SELECT t.full_name, c.title_en, c.title_vi, c.title_lo, e.completed_on
				FROM training_enrolment e JOIN training_trainee t ON t.id = e.trainee_id
				JOIN training_course c ON c.id = e.course_id
				WHERE e.certificate_hash = :h AND e.completed_on IS NOT NULL""")
                .param("h", hash(code.get()))
                .query((rs, n) -> new Verified(
                        rs.getString("full_name"),
                        new Courses.Titles(
                                rs.getString("title_en"), rs.getString("title_vi"), rs.getString("title_lo")),
                        rs.getDate("completed_on").toLocalDate()))
                .optional();
    }

    /** The issued PDF of the enrolment; TRN-012 when none was issued. */
    @Transactional(readOnly = true)
    byte[] pdfOf(long enrolmentId) {
        return jdbc.sql("""
				SELECT certificate_pdf FROM training_enrolment
				WHERE id = :id AND completed_on IS NOT NULL AND certificate_pdf IS NOT NULL""")
                .param("id", enrolmentId)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.TRN_012, enrolmentId));
    }

    /** Upper case, without spaces and hyphens, 20 characters of the alphabet; empty for anything else. */
    static Optional<String> normalise(String input) {
        if (input == null || input.length() > 64) {
            return Optional.empty();
        }
        String code = input.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (code.length() != 20) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** The code as printed: four groups of five characters. */
    static String formatted(String code) {
        return code.substring(0, 5) + "-" + code.substring(5, 10) + "-" + code.substring(10, 15) + "-"
                + code.substring(15);
    }

    String newCode() {
        StringBuilder code = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            code.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return formatted(code.toString());
    }

    static byte[] hash(String code) {
        String normal = normalise(code).orElseThrow();
        try {
            return MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private byte[] pdf(Holder holder, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 56, 56, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle("Certificate " + code);
        document.open();
        FontSelector title = PdfFonts.get().bold(20);
        FontSelector name = PdfFonts.get().bold(24);
        FontSelector body = PdfFonts.get().regular(12);
        FontSelector small = PdfFonts.get().regular(9);
        for (String language : List.of("vi", "lo", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            document.add(centred(title, text("training.certificate.heading", locale)));
        }
        document.add(centred(body, " "));
        document.add(centred(name, holder.name()));
        document.add(centred(body, " "));
        for (String language : List.of("vi", "lo", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            document.add(centred(
                    body,
                    text(
                            "training.certificate.completed",
                            locale,
                            holder.course().in(locale))));
        }
        document.add(centred(body, " "));
        document.add(centred(body, holder.startsOn() + " – " + holder.endsOn()));
        if (holder.partner() != null) {
            document.add(centred(body, holder.partner()));
        }
        document.add(centred(body, " "));
        for (String language : List.of("vi", "lo", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            document.add(centred(
                    small,
                    text("training.certificate.verify", locale, code, "/training/verify", holder.completedOn())));
        }
        document.close();
        return out.toByteArray();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static Paragraph centred(FontSelector font, String text) {
        Paragraph paragraph = new Paragraph(font.process(text));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private record Holder(
            String name,
            Courses.Titles course,
            LocalDate startsOn,
            LocalDate endsOn,
            String partner,
            LocalDate completedOn,
            Timestamp issuedAt) {}
}
