package org.vietlao.linkage.platform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
            description = "Who changed which record, when and how; newest first. Pages count from 0.")
    AuditTrail.Page page(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + AuditPageController.DEFAULT_PAGE_SIZE) @Min(1) @Max(200) int size,
            @RequestParam(required = false) @Size(max = 60) String entityType) {
        return audit.page(page, size, entityType);
    }
}
