package org.vietlao.linkage.enterprise;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.Role;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The registry's pages: the list with its filters, an enterprise's profile, the profile form (server-side
 * checks, each message next to its field) and the import page with its row report.
 */
@Controller
@RequestMapping("/enterprises")
class EnterprisePageController {

    static final int PAGE_SIZE = 20;

    /** The page's own operation name: its stored answer is the page's report, not the API's. */
    static final String PAGE_IMPORT_OPERATION = "enterprise-import-page";

    private static final Pattern ITEM = Pattern.compile("^(offers|needs)\\[(\\d+)](.*)$");

    private final EnterpriseRegistry registry;
    private final Enterprises enterprises;
    private final PageLabels labels;
    private final RegistryExports exports;
    private final MessageSource messages;
    private final boolean demoData;
    private final IdempotentRequests idempotentRequests;

    EnterprisePageController(
            EnterpriseRegistry registry,
            Enterprises enterprises,
            PageLabels labels,
            RegistryExports exports,
            MessageSource messages,
            @Value("${linkage.demo-data:true}") boolean demoData,
            IdempotentRequests idempotentRequests) {
        this.registry = registry;
        this.enterprises = enterprises;
        this.labels = labels;
        this.exports = exports;
        this.messages = messages;
        this.demoData = demoData;
        this.idempotentRequests = idempotentRequests;
    }

    /** One line of the import report. */
    record RowReport(int row, String field, String message) {}

    /** An offer or need as the profile shows it. */
    record Item(
            String hsCode,
            String hsDescription,
            String description,
            String quantity,
            String unit,
            List<String> certifications) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String hs,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String sizeClass,
            @RequestParam(required = false) String verified,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Actor actor,
            Model model,
            Locale locale) {
        Enterprises.Filter filter =
                SearchFilters.filter(country, province, hs, sector, sizeClass, verified(verified), q);
        Enterprises.Sort order = SearchFilters.sort(sort);
        Enterprises.Page result = enterprises.search(filter, order, Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
        long first = (long) result.page() * result.size();
        model.addAttribute("result", result);
        model.addAttribute("filter", filter);
        model.addAttribute("verified", verified == null ? "" : verified);
        model.addAttribute("provinces", labels.provinces(locale));
        model.addAttribute("provinceNames", labels.provinceNames(locale));
        model.addAttribute("sizeClasses", SizeClass.values());
        model.addAttribute("firstIndex", first + 1);
        model.addAttribute("lastIndex", first + result.items().size());
        model.addAttribute("hasPrevious", result.page() > 0);
        model.addAttribute("hasNext", first + result.items().size() < result.total());
        model.addAttribute("demoData", demoData);
        model.addAttribute("sort", order.name());
        model.addAttribute("sorts", Enterprises.Sort.values());
        model.addAttribute("sectors", labels.sectorOptions(locale));
        model.addAttribute("sectorNames", sectorNames(locale));
        addPermissions(model, actor);
        return "enterprise/list";
    }

    /**
     * The search of the list page, every result rather than one page (at most {@link Spreadsheet#MAX_ROWS}), as a
     * spreadsheet in the reader's language. The registry is open to every role that may browse and export it.
     */
    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'MINISTRY', 'ADMIN')")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String hs,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String sizeClass,
            @RequestParam(required = false) String verified,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String format,
            Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        Enterprises.Filter filter =
                SearchFilters.filter(country, province, hs, sector, sizeClass, verified(verified), q);
        Enterprises.Page all = enterprises.search(filter, SearchFilters.sort(sort), 0, Spreadsheet.MAX_ROWS);
        return exports.results(all.items(), locale).download(as, "enterprises");
    }

    /** The import template: the importer's columns with their labels in three languages, one example row. */
    @GetMapping("/import/template")
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<byte[]> importTemplate(@RequestParam(required = false) String format) {
        return exports.template().download(Spreadsheet.Format.of(format), "enterprise-import-template");
    }

    /** The description of every HS code on the form, shown under its picker. */
    private Map<String, String> hsLabels(ProfileForm form, Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        java.util.stream.Stream.concat(
                        form.getOffers().stream().map(row -> row == null ? null : row.getHsCode()),
                        form.getNeeds().stream().map(row -> row == null ? null : row.getHsCode()))
                .filter(code ->
                        HsCode.tryParse(code).filter(HsCode::isProductLevel).isPresent())
                .forEach(code -> names.put(code, labels.hsDescription(code.strip(), locale)));
        return names;
    }

    private Map<String, String> sectorNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        labels.sectorOptions(locale).forEach(s -> names.put(s.code(), s.title()));
        return names;
    }

    private static Boolean verified(String verified) {
        return "true".equals(verified) ? Boolean.TRUE : "false".equals(verified) ? Boolean.FALSE : null;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('ENTERPRISE')")
    String mine(Actor actor) {
        return actor.enterpriseIds().stream()
                .sorted()
                .findFirst()
                .map(id -> "redirect:/enterprises/" + id)
                .orElse("redirect:/enterprises/new");
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String profile(@PathVariable long id, Actor actor, Model model, Locale locale) {
        Enterprise enterprise = registry.find(id);
        Profile p = enterprise.profile();
        model.addAttribute("enterpriseId", enterprise.id());
        model.addAttribute("demo", enterprise.demo());
        model.addAttribute("verification", enterprise.verification());
        model.addAttribute("profile", p);
        model.addAttribute("provinceName", labels.provinceName(p.provinceCode(), locale));
        model.addAttribute("sectorTitle", labels.sectorTitle(p.sector(), locale));
        model.addAttribute(
                "offers",
                p.offers().stream()
                        .map(o -> new Item(
                                o.hsCode(),
                                labels.hsDescription(o.hsCode(), locale),
                                o.description(),
                                plain(o.annualCapacity()),
                                o.unit(),
                                List.of()))
                        .toList());
        model.addAttribute(
                "needs",
                p.needs().stream()
                        .map(n -> new Item(
                                n.hsCode(),
                                labels.hsDescription(n.hsCode(), locale),
                                null,
                                plain(n.annualVolume()),
                                n.unit(),
                                n.requiredCertifications().stream().sorted().toList()))
                        .toList());
        model.addAttribute("canEdit", enterprise.isEditableBy(actor));
        model.addAttribute("canVerify", actor.isAnalyst());
        model.addAttribute("statuses", VerificationStatus.values());
        return "enterprise/profile";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String newForm(Model model, Locale locale) {
        return form(new ProfileForm().withBlankRows(), null, Map.of(), model, locale);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String register(
            @ModelAttribute("form") ProfileForm form,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Enterprise.checkMayRegister(actor);
        Violations unreadable = new Violations();
        List<Integer> offerRows = new ArrayList<>();
        List<Integer> needRows = new ArrayList<>();
        Profile.Draft draft = form.draft(unreadable, offerRows, needRows);
        try {
            reportAll(unreadable, draft);
            EnterpriseRegistry.Saved saved = registry.register(draft, actor);
            return saved(saved, redirect);
        } catch (BusinessException ex) {
            return refused(ex, form, null, offerRows, needRows, model, locale, response);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String editForm(@PathVariable long id, Actor actor, Model model, Locale locale) {
        Enterprise enterprise = registry.find(id);
        enterprise.checkEditableBy(actor);
        return form(ProfileForm.of(enterprise).withBlankRows(), id, Map.of(), model, locale);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String change(
            @PathVariable long id,
            @ModelAttribute("form") ProfileForm form,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // Whether the caller may change this enterprise is decided before the form is read (decision 0009).
        registry.checkEditable(id, actor);
        Violations unreadable = new Violations();
        List<Integer> offerRows = new ArrayList<>();
        List<Integer> needRows = new ArrayList<>();
        Profile.Draft draft = form.draft(unreadable, offerRows, needRows);
        try {
            if (form.getVersion() == null) {
                throw new BusinessException(ErrorCode.PLT_009);
            }
            reportAll(unreadable, draft);
            return saved(registry.change(id, form.getVersion(), draft, actor), redirect);
        } catch (BusinessException ex) {
            return refused(ex, form, id, offerRows, needRows, model, locale, response);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    String remove(@PathVariable long id, Actor actor) {
        registry.remove(id, actor);
        return "redirect:/enterprises";
    }

    @PostMapping("/{id}/verification")
    @PreAuthorize("hasRole('ANALYST')")
    String verify(@PathVariable long id, @RequestParam(required = false) String status, Actor actor) {
        registry.verify(id, status, actor);
        return "redirect:/enterprises/" + id;
    }

    @GetMapping("/import")
    @PreAuthorize("hasRole('ANALYST')")
    String importPage(Model model) {
        addImportModel(model);
        return "enterprise/import";
    }

    /**
     * The import page's form carries an Idempotency-Key made when the form was shown, so that a form sent twice
     * (a double click, or sent again after the connection broke) imports once and shows the first report.
     */
    @PostMapping("/import")
    @PreAuthorize("hasRole('ANALYST')")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey,
            Actor actor,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        addImportModel(model);
        try {
            PageReport report = idempotentRequests
                    .once(
                            new IdempotentRequests.Request(
                                    actor,
                                    blankToNull(idempotencyKey),
                                    PAGE_IMPORT_OPERATION,
                                    EnterpriseImports.content(file)),
                            PageReport.class,
                            HttpServletResponse.SC_OK,
                            () -> pageReport(registry.importRows(EnterpriseImports.read(file), actor), locale))
                    .body();
            model.addAttribute("imported", report.imported());
            model.addAttribute("warnings", report.warnings());
        } catch (ImportRejected ex) {
            response.setStatus(ex.errorCode().status().value());
            model.addAttribute(
                    "rejectedRows",
                    ex.rowErrors().stream()
                            .map(ImportRejected.RowError::row)
                            .distinct()
                            .count());
            model.addAttribute(
                    "report",
                    ex.rowErrors().stream()
                            .map(e -> new RowReport(
                                    e.row(),
                                    e.field(),
                                    messages.getMessage(
                                            e.violation().messageKey(),
                                            e.violation().args(),
                                            locale)))
                            .toList());
        } catch (BusinessException ex) {
            if (ex.errorCode() != ErrorCode.ENT_013
                    && ex.errorCode() != ErrorCode.PLT_004
                    && ex.errorCode() != ErrorCode.IDM_001
                    && ex.errorCode() != ErrorCode.IDM_002) {
                throw ex;
            }
            response.setStatus(ex.errorCode().status().value());
            model.addAttribute(
                    "fileError", messages.getMessage(ex.errorCode().messageKey() + ".detail", ex.args(), locale));
        }
        return "enterprise/import";
    }

    /** Numbers that could not be read, with every rule the rest of the form breaks, in one refusal. */
    private void reportAll(Violations unreadable, Profile.Draft draft) {
        if (!unreadable.isEmpty()) {
            Profile.check(draft, registry.catalogue(), unreadable);
            unreadable.throwIfAny();
        }
    }

    private void addImportModel(Model model) {
        model.addAttribute("columns", EnterpriseCsv.COLUMNS);
        model.addAttribute("maxRows", EnterpriseCsv.MAX_ROWS);
        // A new key for the next file: each form shown is one import.
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    }

    /** What the import page shows after an import; kept under the form's Idempotency-Key. */
    record PageReport(int imported, List<RowReport> warnings) {}

    private PageReport pageReport(EnterpriseRegistry.Imported imported, Locale locale) {
        List<RowReport> warnings = new ArrayList<>();
        imported.similarNamesByRow()
                .forEach((row, similar) -> similar.forEach(s -> warnings.add(new RowReport(
                        row,
                        "name",
                        messages.getMessage("enterprise.warning.similarName", new Object[] {s.name()}, locale)))));
        warnings.sort(Comparator.comparingInt(RowReport::row));
        return new PageReport(imported.ids().size(), warnings);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private String saved(EnterpriseRegistry.Saved saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", Boolean.TRUE);
        redirect.addFlashAttribute(
                "similarNames",
                new ArrayList<>(saved.similarNames().stream()
                        .map(Enterprises.SimilarName::name)
                        .toList()));
        return "redirect:/enterprises/" + saved.enterprise().id();
    }

    /** The form again, with each message next to its field; a refusal without fields goes to the error page. */
    private String refused(
            BusinessException ex,
            ProfileForm form,
            Long id,
            List<Integer> offerRows,
            List<Integer> needRows,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        if (ex.errors().isEmpty()) {
            if (ex.errorCode() != ErrorCode.PLT_009) {
                throw ex;
            }
            model.addAttribute("formError", messages.getMessage("error.PLT-009.detail", null, locale));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (BusinessException.FieldError error : ex.errors()) {
            String field = formField(error.field(), offerRows, needRows);
            String message = messages.getMessage(error.messageKey(), error.args(), error.messageKey(), locale);
            errors.merge(field, message, (a, b) -> a + " " + b);
        }
        response.setStatus(ex.errorCode().status().value());
        return form(form.withBlankRows(), id, errors, model, locale);
    }

    /**
     * Draft fields ({@code offers[0].hsCode}) named after the form line they came from; certification errors
     * named after the one input that holds them all.
     */
    static String formField(String draftField, List<Integer> offerRows, List<Integer> needRows) {
        // One message per certification field: the form has one input for all of them.
        String field = draftField.replaceAll("(ertifications)\\[\\d+]$", "$1");
        Matcher item = ITEM.matcher(field);
        if (!item.matches()) {
            return field;
        }
        List<Integer> rows = item.group(1).equals("offers") ? offerRows : needRows;
        int index = Integer.parseInt(item.group(2));
        int row = index < rows.size() ? rows.get(index) : index;
        return item.group(1) + "[" + row + "]" + item.group(3);
    }

    private String form(ProfileForm form, Long id, Map<String, String> errors, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("enterpriseId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("provinces", labels.provinces(locale));
        model.addAttribute("sectors", labels.sectorOptions(locale));
        model.addAttribute("maxItems", Profile.MAX_ITEMS);
        model.addAttribute("hsLabels", hsLabels(form, locale));
        model.addAttribute("sizeClasses", SizeClass.values());
        model.addAttribute("certificationCodes", Certification.CODES);
        model.addAttribute("units", QuantityUnit.CODES);
        return "enterprise/form";
    }

    private static void addPermissions(Model model, Actor actor) {
        model.addAttribute("canCreate", actor.has(Role.ENTERPRISE) || actor.isAnalyst());
        model.addAttribute("canImport", actor.isAnalyst());
        model.addAttribute("canExport", actor.has(Role.ENTERPRISE) || actor.overseesEveryEnterprise());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
