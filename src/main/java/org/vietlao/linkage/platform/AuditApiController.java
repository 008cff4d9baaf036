package org.vietlao.linkage.platform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log over the API, for administrators: {@code {entries, page, size, total}}, newest first.
 */
@RestController
@Tag(name = "Audit")
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/admin/audit")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Page through the audit log",
            description = "Who changed which record, when and how. Every filter is optional: entityType, user (the "
                    + "username that made the change), from and to (days in UTC+7, both included); sort is NEWEST (the "
                    + "default), OLDEST, USER or RECORD. Pages count from 0. For an update, changes holds only the "
                    + "fields that changed, each as {from, to}.")
    AuditTrail.Page page(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + AuditPageController.DEFAULT_PAGE_SIZE)
                    @Min(1)
                    @Max(AuditTrail.MAX_PAGE_SIZE)
                    int size,
            @RequestParam(required = false) @Size(max = 60) String entityType,
            @RequestParam(required = false) @Size(max = 100) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "NEWEST") AuditTrail.Sort sort) {
        return audit.page(new AuditTrail.Query(entityType, user, from, to, sort, page, size));
    }
}
