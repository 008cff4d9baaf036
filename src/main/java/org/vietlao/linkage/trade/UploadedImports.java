package org.vietlao.linkage.trade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.IdempotentRequests;

/**
 * One uploaded import, for the API and the page alike (decision 0099): the part's size is checked against its
 * format's limit before a byte is read (a world file up to the container's limit, 1 GB; a figures file 10 MB),
 * the part is copied to a temporary file and hashed, the Idempotency-Key's fingerprint is
 * {@code format|year|classification|sha256}, the import reports its progress under the key, and the temporary
 * file is deleted whatever happens.
 */
@Component
class UploadedImports {

    static final long MAX_FIGURE_FILE_BYTES = 10L * 1024 * 1024;

    private static final Pattern TRACKABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final TradeImports imports;
    private final IdempotentRequests idempotentRequests;
    private final ImportProgress progress;
    private final Path directory;
    private final long maxWorldFileBytes;

    UploadedImports(
            TradeImports imports,
            IdempotentRequests idempotentRequests,
            ImportProgress progress,
            @Value("${linkage.trade.import-directory:${java.io.tmpdir}}") Path directory,
            @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxWorldFile) {
        this.imports = imports;
        this.idempotentRequests = idempotentRequests;
        this.progress = progress;
        this.directory = directory;
        this.maxWorldFileBytes = maxWorldFile.toBytes();
    }

    /** The most a file of this format may hold. */
    long limit(TradeImports.Format format) {
        return format == TradeImports.Format.BACI || format == TradeImports.Format.EXPORTS
                ? Math.max(maxWorldFileBytes, MAX_FIGURE_FILE_BYTES)
                : MAX_FIGURE_FILE_BYTES;
    }

    Path directory() {
        return directory;
    }

    /**
     * Checks, receives and imports {@code file} once per user and key; TRD-005 for a missing or unreadable file,
     * PLT-004 on {@code file} over the format's limit (nothing read).
     */
    IdempotentRequests.Answer<TradeImports.Report> run(
            String operation,
            int status,
            TradeImports.Format format,
            MultipartFile file,
            Integer year,
            String classification,
            String key,
            Actor actor) {
        TradeImports.checkParameters(format, year, classification);
        if (file == null || file.isEmpty()) {
            throw new BusinessException(ErrorCode.TRD_005, format.id());
        }
        long limit = limit(format);
        if (file.getSize() > limit) {
            throw BusinessException.onField(ErrorCode.PLT_004, "file", readable(limit));
        }
        ImportProgress.Tracker tracker = progress.start(
                actor.username(), key != null && TRACKABLE_KEY.matcher(key).matches() ? key : null, file.getSize());
        boolean imported = false;
        try {
            Files.createDirectories(directory);
            try (ImportUpload upload = ImportUpload.receive(file, directory, tracker)) {
                IdempotentRequests.Answer<TradeImports.Report> answer = idempotentRequests.once(
                        new IdempotentRequests.Request(
                                actor,
                                key,
                                operation,
                                ImportUpload.fingerprint(format, year, classification, upload.sha256())),
                        TradeImports.Report.class,
                        status,
                        () -> imports.importFile(
                                format, upload, file.getOriginalFilename(), year, classification, tracker, actor));
                imported = true;
                return answer;
            }
        } catch (IOException ex) {
            throw new BusinessException(ErrorCode.TRD_005, format.id());
        } finally {
            progress.end(tracker, imported);
        }
    }

    /** {@code 10 MB} or {@code 1024 MB}, as the too-large problem says it. */
    static String readable(long bytes) {
        long mb = 1024L * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes + " B";
    }
}
