package org.vietlao.linkage.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * Attachments on cases (decision 0074): PDF, PNG or JPEG as read from their first bytes (what the sender declared is
 * ignored), at most {@value #MAX_BYTES} bytes each and {@value #MAX_PER_CASE} per case, kept in PostgreSQL.
 *
 * <p>Anonymity (decision 0048): an association's attachment is either <em>internal</em> (seen by the association
 * only, for papers that name its members) or confirmed by the association as <em>anonymised</em> before anyone else
 * may see it; an association that says neither is refused (CAS-015). Who may attach: the filer, the coordinators and
 * the body the case is routed to, while the case is open; everyone who sees the case sees its attachments that are
 * not internal.
 */
@Service
class CaseAttachments {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PER_CASE = 10;
    static final int MAX_FILENAME = 200;
    static final String ENTITY = "casework_attachment";

    /** An attachment as listed, without its bytes. */
    record Attachment(
            long id,
            String filename,
            String contentType,
            int sizeBytes,
            String sha256,
            boolean internal,
            boolean anonymised,
            String uploaderName,
            Instant uploadedAt) {}

    /** An attachment with its bytes, to download. */
    record Content(Attachment attachment, byte[] bytes) {}

    private final Cases cases;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseAttachments(Cases cases, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The case if the actor may attach to it: CAS-001 unseen, CAS-004 not a party who attaches, CAS-003 closed. */
    Case requireAttacher(Actor actor, long caseId) {
        Case c = cases.visible(caseId, actor);
        if (!mayAttach(actor, c)) {
            throw new BusinessException(ErrorCode.CAS_004, "attach");
        }
        if (c.status().isFinal()) {
            throw new BusinessException(ErrorCode.CAS_003, c.status().name(), "attach");
        }
        return c;
    }

    /** The filer, a coordinator or the body the case is routed to (ministry officials and administrators read). */
    boolean mayAttach(Actor actor, Case c) {
        return c.isFiledBy(actor) || Case.coordinates(actor) || c.isAnsweredBy(actor, cases.actorsBody(actor));
    }

    /**
     * Stores an attachment. Checked in this order: the party (before anything sent is read), then the file (present,
     * size, type by its magic bytes, name), then anonymity, then the count per case.
     */
    @Transactional
    Attachment add(Actor actor, long caseId, String originalName, byte[] bytes, boolean internal, boolean anonymised) {
        Case c = requireAttacher(actor, caseId);
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        String type = contentType(bytes).orElseThrow(() -> BusinessException.onField(ErrorCode.CAS_014, "file"));
        String filename = filename(originalName, type);
        boolean association = "ASSOCIATION".equals(c.filerKind());
        boolean byFiler = c.isFiledBy(actor);
        if (internal && !(association && byFiler)) {
            throw BusinessException.onField(ErrorCode.CAS_015, "internal");
        }
        if (association && byFiler && !internal && !anonymised) {
            throw BusinessException.onField(ErrorCode.CAS_015, "anonymised");
        }
        // Locks the case so that two uploads at once cannot both be the tenth.
        jdbc.sql("SELECT id FROM casework_case WHERE id = :id FOR UPDATE")
                .param("id", caseId)
                .query(Long.class)
                .single();
        long count = jdbc.sql("SELECT count(*) FROM casework_attachment WHERE case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
        if (count >= MAX_PER_CASE) {
            throw BusinessException.onField(ErrorCode.CAS_016, "file", MAX_PER_CASE);
        }
        String sha256 = sha256(bytes);
        Instant now = clock.instant();
        boolean anonymisedFlag = association && byFiler && !internal && anonymised;
        long id = jdbc.sql("""
				INSERT INTO casework_attachment (case_id, filename, content_type, size_bytes, sha256, internal, anonymised,
				  uploaded_by, uploader_name, uploaded_at, content)
				VALUES (:case, :name, :type, :size, :sha, :internal, :anon, :user, :uname, :at, :content)
				RETURNING id""")
                .param("case", caseId)
                .param("name", filename)
                .param("type", type)
                .param("size", bytes.length)
                .param("sha", sha256)
                .param("internal", internal)
                .param("anon", anonymisedFlag)
                .param("user", actor.username())
                .param("uname", actor.displayName())
                .param("at", Timestamp.from(now))
                .param("content", bytes)
                .query(Long.class)
                .single();
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("caseId", caseId);
        audit.put("filename", filename);
        audit.put("contentType", type);
        audit.put("sizeBytes", bytes.length);
        audit.put("sha256", sha256);
        audit.put("internal", internal);
        audit.put("anonymised", anonymisedFlag);
        events.publishEvent(EntityChanged.created(ENTITY, id, audit));
        return new Attachment(
                id, filename, type, bytes.length, sha256, internal, anonymisedFlag, actor.displayName(), now);
    }

    /**
     * Withdraws an attachment (decision 0079): the person who attached it, or a coordinator, while the case is open.
     * The bytes are deleted with the row, so a file attached by mistake (one that names a member, say) is gone; the
     * audit log keeps who attached it and when, with its name and SHA-256, and who withdrew it and when. Checked in
     * this order: the case is seen (CAS-001), open (CAS-003), the attachment is on it and shown to the actor (CAS-012),
     * the actor may withdraw it (CAS-004).
     */
    @Transactional
    void withdraw(Actor actor, long caseId, long attachmentId) {
        Case c = cases.visible(caseId, actor);
        if (c.status().isFinal()) {
            throw new BusinessException(ErrorCode.CAS_003, c.status().name(), "withdraw");
        }
        jdbc.sql("SELECT id FROM casework_case WHERE id = :id FOR UPDATE")
                .param("id", caseId)
                .query(Long.class)
                .single();
        String uploadedBy = jdbc.sql("SELECT uploaded_by FROM casework_attachment WHERE case_id = :case AND id = :id"
                        + (c.showsMembersTo(actor) ? "" : " AND NOT internal"))
                .param("case", caseId)
                .param("id", attachmentId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.CAS_012, String.valueOf(attachmentId)));
        if (!mayWithdraw(actor, uploadedBy)) {
            throw new BusinessException(ErrorCode.CAS_004, "withdraw");
        }
        jdbc.sql("DELETE FROM casework_attachment WHERE id = :id")
                .param("id", attachmentId)
                .update();
        events.publishEvent(EntityChanged.deleted(ENTITY, attachmentId));
    }

    private static boolean mayWithdraw(Actor actor, String uploadedBy) {
        return actor.username().equals(uploadedBy) || Case.coordinates(actor);
    }

    /** The ids of the attachments the actor may withdraw from this case now (for the case page's buttons). */
    java.util.Set<Long> withdrawable(Actor actor, Case c) {
        if (c.status().isFinal()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("SELECT id FROM casework_attachment WHERE case_id = :case"
                        + (Case.coordinates(actor) ? "" : " AND uploaded_by = :user")
                        + (c.showsMembersTo(actor) ? "" : " AND NOT internal"))
                .param("case", c.id())
                .param("user", actor.username())
                .query(Long.class)
                .list());
    }

    /** The attachments of a case the actor sees: CAS-001 for a case they do not see; internal ones to the filer. */
    List<Attachment> list(Actor actor, long caseId) {
        Case c = cases.visible(caseId, actor);
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_attachment WHERE case_id = :id"
                        + (c.showsMembersTo(actor) ? "" : " AND NOT internal") + " ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> read(rs))
                .list();
    }

    /** An attachment's bytes: CAS-001 for a case unseen, CAS-012 for no such attachment or one not shown. */
    Content content(Actor actor, long caseId, long attachmentId) {
        Case c = cases.visible(caseId, actor);
        return jdbc.sql("SELECT " + COLUMNS + ", content FROM casework_attachment WHERE case_id = :case AND id = :id"
                        + (c.showsMembersTo(actor) ? "" : " AND NOT internal"))
                .param("case", caseId)
                .param("id", attachmentId)
                .query((rs, n) -> new Content(read(rs), rs.getBytes("content")))
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.CAS_012, String.valueOf(attachmentId)));
    }

    private static final String COLUMNS =
            "id, filename, content_type, size_bytes, sha256, internal, anonymised, uploader_name, uploaded_at";

    private static Attachment read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attachment(
                rs.getLong("id"),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                rs.getBoolean("internal"),
                rs.getBoolean("anonymised"),
                rs.getString("uploader_name"),
                rs.getTimestamp("uploaded_at").toInstant());
    }

    /** CAS-013 on the field file: none sent, empty, or above the limit. */
    static BusinessException tooLarge() {
        return BusinessException.onField(ErrorCode.CAS_013, "file", MAX_BYTES / (1024 * 1024));
    }

    /** PDF, PNG or JPEG by the file's first bytes (its "magic number"); empty for anything else. */
    static Optional<String> contentType(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name kept and offered on download: the sender's last path segment, NFC, without control characters,
     * quotes or separators, at most {@value #MAX_FILENAME} characters, ending with the extension of the type read
     * from the bytes ("scan.exe" holding a PDF becomes "scan.exe.pdf").
     */
    static String filename(String original, String contentType) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"'<>:*?|;%]", "")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        String extension = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fits = lower.endsWith(extension) || (extension.equals(".jpg") && lower.endsWith(".jpeg"));
        if (name.isEmpty()) {
            name = "attachment";
        }
        if (!fits) {
            name = name + extension;
        }
        if (name.length() > MAX_FILENAME) {
            name = name.substring(0, MAX_FILENAME - extension.length()) + extension;
        }
        return name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
