package org.vietlao.linkage.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;

/** Attachments on cases over the API (decision 0074): upload (multipart), list and download. */
@RestController
@RequestMapping(path = "/api/v1/casework/cases/{id}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Casework")
class CaseAttachmentsApiController {

    private final CaseAttachments attachments;

    CaseAttachmentsApiController(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    /** The multipart body of an upload. */
    record Upload(
            @Schema(type = "string", format = "binary", description = "PDF, PNG or JPEG, at most 5 MB")
            String file,

            @Schema(description = "An association's file naming its members: seen by the association only")
            Boolean internal,

            @Schema(description = "The association confirms the file names none of its members")
            Boolean anonymised) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(CaseworkApiController.PARTIES)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Attach a file to a case",
            description = "One part named file: PDF, PNG or JPEG as read from its first bytes (the declared type is "
                    + "ignored), at most 5 MB, at most 10 per case. The filer, the coordinators and the body the case "
                    + "is routed to attach while the case is open. An association that filed the case marks each "
                    + "file internal (seen by the association only, for papers that name members) or confirms it "
                    + "anonymised (decision 0048). Audited.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = Upload.class)))
    @ApiResponse(responseCode = "201", description = "The attachment as stored, without its bytes")
    @ErrorCodes({
        ErrorCode.CAS_001,
        ErrorCode.CAS_003,
        ErrorCode.CAS_004,
        ErrorCode.CAS_013,
        ErrorCode.CAS_014,
        ErrorCode.CAS_015,
        ErrorCode.CAS_016,
        ErrorCode.PLT_002,
        ErrorCode.PLT_004,
        ErrorCode.PLT_007,
        ErrorCode.PLT_014
    })
    CaseAttachments.Attachment upload(@PathVariable long id, Actor actor, HttpServletRequest request)
            throws IOException {
        attachments.requireAttacher(actor, id);
        // The parts are read only now, after who may act was decided (multipart is resolved lazily).
        MultipartHttpServletRequest multipart = request instanceof MultipartHttpServletRequest m ? m : null;
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (file != null && file.getSize() > CaseAttachments.MAX_BYTES) {
            throw CaseAttachments.tooLarge();
        }
        return attachments.add(
                actor,
                id,
                file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(),
                flag(multipart, "internal"),
                flag(multipart, "anonymised"));
    }

    static boolean flag(MultipartHttpServletRequest multipart, String name) {
        String value = multipart == null ? null : multipart.getParameter(name);
        return value != null
                && (value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("on"));
    }

    @GetMapping
    @PreAuthorize(CaseworkApiController.PARTIES)
    @Operation(
            summary = "The attachments of a case",
            description = "Everyone who sees the case; an association's internal files to the association only.")
    @ApiResponse(responseCode = "200", description = "The attachments, oldest first, without their bytes")
    @ErrorCodes({ErrorCode.CAS_001, ErrorCode.PLT_002})
    List<CaseAttachments.Attachment> list(@PathVariable long id, Actor actor) {
        return attachments.list(actor, id);
    }

    @GetMapping(
            path = "/{attachmentId}",
            produces = {
                MediaType.APPLICATION_PDF_VALUE,
                MediaType.IMAGE_PNG_VALUE,
                MediaType.IMAGE_JPEG_VALUE,
                MediaType.APPLICATION_JSON_VALUE
            })
    @PreAuthorize(CaseworkApiController.PARTIES)
    @Operation(
            summary = "Download an attachment",
            description = "With the type read from its bytes when it was stored, as a download (never shown inline).")
    @ApiResponse(responseCode = "200", description = "The file")
    @ErrorCodes({ErrorCode.CAS_001, ErrorCode.CAS_012, ErrorCode.PLT_002})
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, Actor actor) {
        return file(attachments.content(actor, id, attachmentId));
    }

    @DeleteMapping("/{attachmentId}")
    @PreAuthorize(CaseworkApiController.PARTIES)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Withdraw an attachment",
            description = "The person who attached the file, or a coordinator, while the case is open. The file is "
                    + "deleted (its name, SHA-256, who attached and who withdrew it stay in the audit log), and it "
                    + "no longer counts toward the 10 per case (decision 0079).")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ErrorCodes({ErrorCode.CAS_001, ErrorCode.CAS_003, ErrorCode.CAS_004, ErrorCode.CAS_012, ErrorCode.PLT_002})
    void withdraw(@PathVariable long id, @PathVariable long attachmentId, Actor actor) {
        attachments.withdraw(actor, id, attachmentId);
    }

    /** The download answer, shared with the case page. */
    static ResponseEntity<byte[]> file(CaseAttachments.Content content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.attachment().filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.bytes());
    }
}
