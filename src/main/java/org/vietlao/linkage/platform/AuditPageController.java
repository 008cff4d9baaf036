package org.vietlao.linkage.platform;

import java.time.ZoneOffset;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators, newest first, a page at a time, optionally for one type of record.
 */
@Controller
class AuditPageController {

    /** Vietnam and Laos share UTC+7 all year round, so one offset reads right on both sides of the border. */
    static final ZoneOffset DISPLAY_ZONE = ZoneOffset.ofHours(7);

    static final int DEFAULT_PAGE_SIZE = 50;

    private final AuditTrail audit;

    AuditPageController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("hasRole('ADMIN')")
    String audit(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestParam(defaultValue = "") String entityType,
            Model model) {
        String type = entityType.strip();
        AuditTrail.Page result = audit.page(page, size, type);
        long first = (long) result.page() * result.size();
        model.addAttribute("auditPage", result);
        model.addAttribute("entityType", type);
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("zone", DISPLAY_ZONE);
        model.addAttribute("firstIndex", first + 1);
        model.addAttribute("lastIndex", first + result.entries().size());
        model.addAttribute("hasNewer", result.page() > 0);
        model.addAttribute("hasOlder", first + result.entries().size() < result.total());
        return "admin/audit";
    }
}
