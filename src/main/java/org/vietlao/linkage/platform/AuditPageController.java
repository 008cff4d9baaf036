package org.vietlao.linkage.platform;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators, a page at a time, filtered by record type, user and days and sorted in the
 * database; each change shown field by field, labelled in the reader's language, with its value before and
 * after.
 */
@Controller
class AuditPageController {

    /** Vietnam and Laos share UTC+7 all year round, so one offset reads right on both sides of the border. */
    static final ZoneOffset DISPLAY_ZONE = AuditTrail.REGION;

    static final int DEFAULT_PAGE_SIZE = 50;

    private final AuditTrail audit;
    private final AuditEntries entries;

    AuditPageController(AuditTrail audit, AuditEntries entries) {
        this.audit = audit;
        this.entries = entries;
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("hasRole('ADMIN')")
    String audit(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestParam(defaultValue = "") String entityType,
            @RequestParam(defaultValue = "") String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "NEWEST") AuditTrail.Sort sort,
            Model model,
            Locale locale) {
        AuditTrail.Query query = new AuditTrail.Query(entityType, user, from, to, sort, page, size);
        AuditTrail.Page result = audit.page(query);
        long first = (long) result.page() * result.size();
        model.addAttribute("auditPage", result);
        model.addAttribute("rows", entries.rows(result.entries(), locale));
        model.addAttribute("query", query);
        model.addAttribute("entityType", query.entityType() == null ? "" : query.entityType());
        model.addAttribute("user", query.actor() == null ? "" : query.actor());
        model.addAttribute(
                "entityTypes",
                audit.entityTypes().stream()
                        .map(type -> new TypeOption(type, entries.entityLabel(type, locale)))
                        .toList());
        model.addAttribute("users", audit.actors());
        model.addAttribute("sorts", AuditTrail.Sort.values());
        model.addAttribute("zone", DISPLAY_ZONE);
        model.addAttribute("firstIndex", first + 1);
        model.addAttribute("lastIndex", first + result.entries().size());
        model.addAttribute("hasNewer", result.page() > 0);
        model.addAttribute("hasOlder", first + result.entries().size() < result.total());
        return "admin/audit";
    }

    /** A record type in the filter: its stored name and its label in the reader's language. */
    record TypeOption(String value, String label) {}
}
