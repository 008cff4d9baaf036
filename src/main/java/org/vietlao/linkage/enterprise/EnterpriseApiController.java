package org.vietlao.linkage.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.IdempotentRequests;
import org.vietlao.linkage.shared.LocalizedText;
import org.vietlao.linkage.shared.RequestValidation;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The enterprise registry over the API: everyone signed in reads and searches it; ENTERPRISE users register
 * and keep their own organisation's enterprises; analysts keep every one, verify them and import files.
 */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises")
class EnterpriseApiController {

    static final int MAX_PAGE_SIZE = 100;

    /** The import's name for its Idempotency-Key: a key used for it cannot be reused for anything else. */
    static final String IMPORT_OPERATION = "enterprise-import";

    private final EnterpriseRegistry registry;
    private final Enterprises enterprises;
    private final RegistryExports exports;
    private final MessageSource messages;
    private final RequestValidation validation;
    private final IdempotentRequests idempotentRequests;
    private final PageLabels labels;

    EnterpriseApiController(
            EnterpriseRegistry registry,
            Enterprises enterprises,
            RegistryExports exports,
            MessageSource messages,
            Validator validator,
            IdempotentRequests idempotentRequests,
            PageLabels labels) {
        this.registry = registry;
        this.enterprises = enterprises;
        this.exports = exports;
        this.messages = messages;
        this.validation = new RequestValidation(validator);
        this.idempotentRequests = idempotentRequests;
        this.labels = labels;
    }

    @Schema(name = "EnterpriseRequest")
    record EnterpriseRequest(
            @Schema(example = "LA") @NotBlank @Size(max = 10)
            String country,

            @Schema(example = "LA-0100234") @NotBlank @Size(max = RegistrationNumber.MAX_LENGTH)
            String registrationNumber,

            @Schema(example = "Savan Cassava Cooperative") @NotBlank @Size(max = Profile.MAX_NAME)
            String name,

            @Schema(description = "Translations by language: vi, lo, en")
            Map<@Size(max = 5) String, @Size(max = Profile.MAX_NAME) String> names,

            @Schema(example = "LA-SV") @NotBlank @Size(max = 10)
            String provinceCode,

            @Schema(example = "0113", description = "ISIC Rev.4 class") @NotBlank @Size(max = 10)
            String sector,

            @Schema(example = "45") Integer employees,

            @Schema(description = "Yearly revenue in the country's currency (VND or LAK)")
            BigDecimal annualRevenue,

            @Schema(example = "SMALL") @Size(max = 10) String sizeClass,

            @Schema(example = "[\"GLOBALGAP\"]") @Size(max = 30)
            List<@Size(max = Profile.MAX_CODE) String> certifications,

            @Valid ContactBody contact,
            List<@Valid OfferBody> offers,
            List<@Valid NeedBody> needs,

            @Schema(description = "On PUT: the version read, for optimistic locking")
            Integer version) {

        Profile.Draft draft() {
            return new Profile.Draft(
                    country,
                    registrationNumber,
                    name,
                    names,
                    provinceCode,
                    sector,
                    employees,
                    annualRevenue,
                    sizeClass,
                    certifications,
                    contact == null ? null : contact.contact(),
                    offers == null
                            ? null
                            : offers.stream()
                                    .map(o -> o == null ? null : o.draft())
                                    .toList(),
                    needs == null
                            ? null
                            : needs.stream()
                                    .map(n -> n == null ? null : n.draft())
                                    .toList());
        }
    }

    @Schema(name = "EnterpriseContact")
    record ContactBody(
            @Size(max = Profile.MAX_CONTACT_NAME) String name,
            @Size(max = Profile.MAX_EMAIL) String email,
            @Size(max = Profile.MAX_PHONE) String phone,
            @Size(max = Profile.MAX_WEBSITE) String website,
            @Size(max = Profile.MAX_ADDRESS) String address) {

        Profile.Contact contact() {
            return new Profile.Contact(name, email, phone, website, address);
        }

        static ContactBody of(Profile.Contact contact) {
            return new ContactBody(
                    contact.name(), contact.email(), contact.phone(), contact.website(), contact.address());
        }
    }

    @Schema(name = "EnterpriseOffer")
    record OfferBody(
            @Schema(example = "071410") @Size(max = Profile.MAX_CODE)
            String hsCode,

            @Schema(example = "fresh cassava roots") @Size(max = Profile.MAX_DESCRIPTION)
            String description,

            @Schema(example = "20000") BigDecimal annualCapacity,
            @Schema(example = "t") @Size(max = 10) String unit) {

        Profile.OfferDraft draft() {
            return new Profile.OfferDraft(hsCode, description, annualCapacity, unit);
        }
    }

    @Schema(name = "EnterpriseNeed")
    record NeedBody(
            @Schema(example = "310420") @Size(max = Profile.MAX_CODE)
            String hsCode,

            @Schema(example = "500") BigDecimal annualVolume,
            @Schema(example = "t") @Size(max = 10) String unit,
            @Size(max = 30) List<@Size(max = Profile.MAX_CODE) String> requiredCertifications) {

        Profile.NeedDraft draft() {
            return new Profile.NeedDraft(hsCode, annualVolume, unit, requiredCertifications);
        }
    }

    /** A possible duplicate: another enterprise of the province with a near-identical name. */
    @Schema(name = "EnterpriseWarning")
    record Warning(
            @Schema(example = "SIMILAR_NAME") String code,
            String field,
            String message,
            long enterpriseId,
            String name) {}

    @Schema(name = "Enterprise")
    record EnterpriseResponse(
            long id,
            int version,
            String country,
            String registrationNumber,
            String name,
            Map<String, String> names,
            String provinceCode,

            @Schema(
                    description = "The province in the caller's language (Accept-Language): text, the "
                            + "language it is in, and fallback true when no translation exists in that language")
            LocalizedText.Shown provinceName,

            String sector,
            Integer employees,
            BigDecimal annualRevenue,
            @Schema(example = "LAK") String revenueCurrency,
            String sizeClass,
            List<String> certifications,
            ContactBody contact,
            String verificationStatus,
            Instant verifiedAt,
            String verifiedBy,
            boolean demo,
            Long ownerOrganisationId,
            List<OfferBody> offers,
            List<NeedBody> needs,
            List<Warning> warnings) {}

    record VerificationRequest(
            @Schema(
                    example = "VERIFIED",
                    allowableValues = {"VERIFIED", "REJECTED", "UNVERIFIED"})
            @NotBlank
            @Size(max = 20)
            String status) {}

    @Schema(name = "EnterpriseImportResult")
    record ImportResult(int imported, List<Long> ids, List<ImportWarning> warnings) {}

    @Schema(name = "EnterpriseImportWarning")
    record ImportWarning(int row, String code, String message, long enterpriseId, String name) {}

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Search the registry",
            description =
                    "Every filter is optional. hs: 2, 4, 6 or 8 digits matched as a prefix of the offers' and needs' "
                            + "HS codes (0714 finds 071410); sector: an ISIC section letter or 2 to 4 digits of a class; q: "
                            + "words found in any name or the registration number, accents ignored. Pages count from 0.")
    @ApiResponse(responseCode = "200", description = "{items, page, size, total}")
    @ApiResponse(
            responseCode = "400",
            description = "PLT-002: a filter is malformed; PLT-003: page or size out of range")
    Enterprises.Page search(
            @RequestParam(required = false) @Parameter(example = "LA") String country,
            @RequestParam(required = false) @Parameter(example = "LA-SV") @Size(max = 10) String province,
            @RequestParam(required = false) @Parameter(example = "0714") @Size(max = 12) String hs,
            @RequestParam(required = false) @Parameter(example = "1062") @Size(max = 4) String sector,
            @RequestParam(required = false) @Parameter(example = "SMALL") String sizeClass,
            @RequestParam(required = false) Boolean verified,
            @RequestParam(required = false) @Parameter(example = "tinh bot san") @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return enterprises.search(
                SearchFilters.filter(country, province, hs, sector, sizeClass, verified, q), page, size);
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST', 'MINISTRY', 'ADMIN')")
    @Operation(
            summary = "Export a registry search as CSV or XLSX",
            description = "The same filters as the search, plus sort (NAME, PROVINCE, SECTOR, VERIFICATION, NEWEST) "
                    + "and format (csv or xlsx, default xlsx). Every result, up to "
                    + Spreadsheet.MAX_ROWS
                    + " rows, with headings and names (country, province, sector, size, status) in the "
                    + "Accept-Language of the request (en, vi, lo). CSV is UTF-8 with a byte-order mark; text cells "
                    + "starting with = + - @ get a leading apostrophe so that no spreadsheet runs them as formulas. "
                    + "Roles: ENTERPRISE, ANALYST, MINISTRY, ADMIN (the registry is what every one of them may see).")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment")
    @ApiResponse(responseCode = "400", description = "PLT-002: a filter, sort or format is malformed")
    @ApiResponse(responseCode = "403", description = "AUT-002: BORDER_OFFICER")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Parameter(example = "LA") String country,
            @RequestParam(required = false) @Parameter(example = "LA-SV") @Size(max = 10) String province,
            @RequestParam(required = false) @Parameter(example = "0714") @Size(max = 12) String hs,
            @RequestParam(required = false) @Parameter(example = "1062") @Size(max = 4) String sector,
            @RequestParam(required = false) @Parameter(example = "SMALL") String sizeClass,
            @RequestParam(required = false) Boolean verified,
            @RequestParam(required = false) @Parameter(example = "tinh bot san") @Size(max = 100) String q,
            @RequestParam(required = false) @Parameter(example = "NAME") String sort,
            @RequestParam(required = false) @Parameter(example = "xlsx") String format,
            Locale locale) {
        Spreadsheet.Format as = Spreadsheet.Format.of(format);
        Enterprises.Page all = enterprises.search(
                SearchFilters.filter(country, province, hs, sector, sizeClass, verified, q),
                SearchFilters.sort(sort),
                0,
                Spreadsheet.MAX_ROWS);
        return exports.results(all.items(), locale).download(as, "enterprises");
    }

    @GetMapping("/import/template")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(
            summary = "The enterprise-import template, CSV or XLSX",
            description = "Every import column; each heading is the column name followed by its label in Vietnamese, "
                    + "Lao and English (the importer reads the leading column name), and one example row. "
                    + "format: csv or xlsx (default xlsx). Role: ANALYST, as for the import.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment")
    @ApiResponse(responseCode = "400", description = "PLT-002: format not csv or xlsx")
    @ApiResponse(responseCode = "403", description = "AUT-002: not an analyst")
    ResponseEntity<byte[]> importTemplate(@RequestParam(required = false) @Parameter(example = "csv") String format) {
        return exports.template().download(Spreadsheet.Format.of(format), "enterprise-import-template");
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Operation(summary = "The enterprises of the signed-in ENTERPRISE user's organisation")
    List<EnterpriseResponse> mine(Actor actor) {
        return actor.enterpriseIds().stream()
                .sorted()
                .map(id -> response(registry.find(id), List.of()))
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One enterprise with its offers and needs")
    @ApiResponse(responseCode = "404", description = "ENT-011: no such enterprise")
    EnterpriseResponse get(@PathVariable long id) {
        return response(registry.find(id), List.of());
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register an enterprise",
            description =
                    "An ENTERPRISE user registers it for their organisation. sizeClass may be left out when employees "
                            + "or annualRevenue are given: it is then derived; when both are given they must agree. A near-identical "
                            + "name in the same province is reported in warnings[], not refused. Audited.")
    @ApiResponse(responseCode = "201", description = "Registered, with warnings[] about similar names")
    @ApiResponse(
            responseCode = "400",
            description =
                    "PLT-003: a field is missing; PLT-002: a value of the wrong type; PLT-011: a key repeated; PLT-012: a control character in a text")
    @ApiResponse(
            responseCode = "403",
            description = "AUT-002: not an ENTERPRISE user of an organisation, nor an analyst")
    @ApiResponse(
            responseCode = "409",
            description = "ENT-003: the registration number is already registered in that country")
    @ApiResponse(
            responseCode = "422",
            description = "ENT-001…ENT-010, ENT-015: rules broken, each field named in errors[]; "
                    + "PLT-013: a text over its limit")
    EnterpriseResponse register(@RequestBody EnterpriseRequest request, Actor actor) throws BindException {
        // Who may register is decided before the body is validated (decision 0009).
        Enterprise.checkMayRegister(actor);
        validation.check(request);
        EnterpriseRegistry.Saved saved = registry.register(request.draft(), actor);
        return response(saved.enterprise(), saved.similarNames());
    }

    @PutMapping("/{id}")
    @ErrorCodes({
        ErrorCode.ENT_011,
        ErrorCode.ENT_001,
        ErrorCode.ENT_002,
        ErrorCode.ENT_003,
        ErrorCode.ENT_004,
        ErrorCode.ENT_005,
        ErrorCode.ENT_006,
        ErrorCode.ENT_007,
        ErrorCode.ENT_008,
        ErrorCode.ENT_009,
        ErrorCode.ENT_010
    })
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @Operation(
            summary = "Replace an enterprise's profile",
            description =
                    "Send the version read: a stale one is refused with PLT-009. An ENTERPRISE user edits only their "
                            + "organisation's enterprises. When they change its country, registration number or names, an earlier "
                            + "verification is withdrawn. Audited with what changed.")
    @ApiResponse(responseCode = "403", description = "AUT-002: another organisation's enterprise")
    @ApiResponse(responseCode = "409", description = "PLT-009: changed meanwhile; ENT-003: registration number taken")
    EnterpriseResponse change(@PathVariable long id, @RequestBody EnterpriseRequest request, Actor actor)
            throws BindException {
        // Whether the caller may change this enterprise is decided before the body is validated (decision 0009).
        registry.checkEditable(id, actor);
        validation.check(request);
        if (request.version() == null) {
            throw BusinessException.onField(ErrorCode.PLT_003, "version");
        }
        EnterpriseRegistry.Saved saved = registry.change(id, request.version(), request.draft(), actor);
        return response(saved.enterprise(), saved.similarNames());
    }

    @DeleteMapping("/{id}")
    // PLT-009: other modules' records (booths, declarations, linkages) still name the enterprise.
    @ErrorCodes({ErrorCode.ENT_011, ErrorCode.PLT_009})
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'ANALYST')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an enterprise", description = "Its owner's ENTERPRISE users or an analyst. Audited.")
    void remove(@PathVariable long id, Actor actor) {
        registry.remove(id, actor);
    }

    @PostMapping("/{id}/verification")
    @ErrorCodes(ErrorCode.ENT_011)
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "Set the verification status", description = "Analysts only. Audited.")
    @ApiResponse(responseCode = "403", description = "AUT-002: not an analyst")
    @ApiResponse(responseCode = "422", description = "ENT-014: unknown status")
    EnterpriseResponse verify(@PathVariable long id, @RequestBody VerificationRequest request, Actor actor)
            throws BindException {
        registry.find(id);
        validation.check(request);
        return response(registry.verify(id, request.status(), actor), List.of());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(
            summary = "Import enterprises from a CSV file",
            description = "Columns in docs/enterprise-import.md; at most " + EnterpriseCsv.MAX_ROWS + " rows and 5 MB. "
                    + "All rows are registered in one transaction, or none: any bad row refuses the file with ENT-012 and "
                    + "every bad field of every row in errors[] as rows[<row>].<field> (the header is row 1).")
    @ApiResponse(
            responseCode = "201",
            description = "Every row registered; with an Idempotency-Key already used for this file, the first "
                    + "import's answer again (header Idempotent-Replayed: true) and nothing imported twice")
    @ApiResponse(
            responseCode = "400",
            description = "ENT-013: not a UTF-8 CSV with the documented header, or too many rows; "
                    + "IDM-002: the Idempotency-Key is not 1–200 visible ASCII characters")
    @ApiResponse(responseCode = "413", description = "PLT-004: file over 5 MB")
    @ApiResponse(
            responseCode = "422",
            description = "ENT-012: nothing imported; every bad row listed; "
                    + "IDM-001: the Idempotency-Key was already used with another file")
    ResponseEntity<ImportResult> importFile(
            @RequestPart("file") MultipartFile file,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                    @Parameter(
                            description =
                                    "Optional; a new value (a UUID) per import. A retry with the same key and the same "
                                            + "file answers what the first import answered and imports nothing twice; the same "
                                            + "key with another file is refused (IDM-001). Kept 24 hours (per user).",
                            example = "5f0c6c1e-8d3b-4b6e-9a53-0c7f2d1e4a11")
                    String idempotencyKey,
            Actor actor) {
        IdempotentRequests.Answer<ImportResult> answer = idempotentRequests.once(
                new IdempotentRequests.Request(
                        actor, idempotencyKey, IMPORT_OPERATION, EnterpriseImports.content(file)),
                ImportResult.class,
                HttpStatus.CREATED.value(),
                () -> report(registry.importRows(EnterpriseImports.read(file), actor)));
        return ResponseEntity.status(answer.status())
                .header(IdempotentRequests.REPLAYED_HEADER, String.valueOf(answer.replayed()))
                .body(answer.body());
    }

    private ImportResult report(EnterpriseRegistry.Imported imported) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ImportWarning> warnings = new ArrayList<>();
        imported.similarNamesByRow()
                .forEach((row, similar) -> similar.forEach(s -> warnings.add(
                        new ImportWarning(row, "SIMILAR_NAME", similarNameMessage(s, locale), s.id(), s.name()))));
        warnings.sort(Comparator.comparingInt(ImportWarning::row));
        return new ImportResult(imported.ids().size(), imported.ids(), warnings);
    }

    private EnterpriseResponse response(Enterprise enterprise, List<Enterprises.SimilarName> similar) {
        Profile p = enterprise.profile();
        Locale locale = LocaleContextHolder.getLocale();
        return new EnterpriseResponse(
                enterprise.id(),
                enterprise.version(),
                p.country(),
                p.registrationNumber(),
                p.name(),
                p.names(),
                p.provinceCode(),
                labels.provinceName(p.provinceCode(), locale),
                p.sector(),
                p.employees(),
                p.annualRevenue(),
                "VN".equals(p.country()) ? "VND" : "LAK",
                p.sizeClass().name(),
                List.copyOf(p.certifications()),
                ContactBody.of(p.contact()),
                enterprise.verification().name(),
                enterprise.verifiedAt(),
                enterprise.verifiedBy(),
                enterprise.demo(),
                enterprise.ownerOrganisationId(),
                p.offers().stream()
                        .map(o -> new OfferBody(o.hsCode(), o.description(), o.annualCapacity(), o.unit()))
                        .toList(),
                p.needs().stream()
                        .map(n -> new NeedBody(
                                n.hsCode(),
                                n.annualVolume(),
                                n.unit(),
                                n.requiredCertifications().stream().sorted().toList()))
                        .toList(),
                similar.stream()
                        .map(s -> new Warning("SIMILAR_NAME", "name", similarNameMessage(s, locale), s.id(), s.name()))
                        .toList());
    }

    private String similarNameMessage(Enterprises.SimilarName similar, Locale locale) {
        return messages.getMessage("enterprise.warning.similarName", new Object[] {similar.name()}, locale);
    }
}
