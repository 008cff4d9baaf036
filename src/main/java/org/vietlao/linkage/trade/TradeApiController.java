package org.vietlao.linkage.trade;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * The trade API: published figures with their sources, the reconciled series, progress to the targets and the
 * complementarity indicators (every signed-in user reads); figures recorded and corrected by analysts and
 * administrators; files imported by analysts.
 */
@RestController
@RequestMapping("/api/v1/trade")
@Tag(name = "Trade")
class TradeApiController {

    static final String IMPORT_OPERATION = "trade-import";

    private final TradeFigures figures;
    private final FigureBook book;
    private final TradeMonitor monitor;
    private final UploadedImports uploads;
    private final ImportProgress progress;
    private final WorldTables world;
    private final WorldCountries countries;
    private final TradeViews views;
    private final GateFigures gates;
    private final ShortlistFeed shortlistFeed;

    TradeApiController(
            TradeFigures figures,
            FigureBook book,
            TradeMonitor monitor,
            UploadedImports uploads,
            ImportProgress progress,
            WorldTables world,
            WorldCountries countries,
            TradeViews views,
            GateFigures gates,
            ShortlistFeed shortlistFeed) {
        this.gates = gates;
        this.shortlistFeed = shortlistFeed;
        this.figures = figures;
        this.book = book;
        this.monitor = monitor;
        this.uploads = uploads;
        this.progress = progress;
        this.world = world;
        this.countries = countries;
        this.views = views;
    }

    // ---- figures --------------------------------------------------------------------------------------------

    @GetMapping("/figures")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Trade figures with their sources",
            description = "Every figure recorded, filtered by period, flow and product.")
    @ApiResponse(responseCode = "200", description = "The figures, oldest period first")
    @ErrorCodes({ErrorCode.TRD_006, ErrorCode.PLT_002})
    List<TradeViews.FigureView> figures(
            @RequestParam(required = false) @Parameter(example = "2024") String period,
            @RequestParam(required = false) @Parameter(example = "TOTAL") Flow flow,
            @RequestParam(required = false) @Parameter(example = "TOTAL") String product) {
        Period p = period == null || period.isBlank() ? null : Period.parse(period, "period");
        String code =
                product == null || product.isBlank() ? null : product.strip().toUpperCase(Locale.ROOT);
        if (code != null && !code.equals("TOTAL") && !org.vietlao.linkage.shared.HsCode.isWellFormed(code)) {
            throw BusinessException.onField(ErrorCode.PLT_002, "product", "product");
        }
        return figures.find(new TradeFigures.Filter(p, flow, code, null, null)).stream()
                .map(views::figure)
                .toList();
    }

    @GetMapping("/figures/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One trade figure")
    @ApiResponse(responseCode = "200", description = "The figure")
    @ErrorCodes(ErrorCode.TRD_002)
    TradeViews.FigureView figure(@PathVariable long id) {
        return views.figure(figures.byId(id).orElseThrow(() -> new BusinessException(ErrorCode.TRD_002, id)));
    }

    @PostMapping("/figures")
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a published figure", description = "Analysts and administrators; audited.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ErrorCodes({ErrorCode.TRD_001, ErrorCode.TRD_004})
    TradeViews.FigureView record(@RequestBody FigureInput body, Actor actor) {
        return views.figure(book.record(body, actor));
    }

    @PutMapping("/figures/{id}")
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Operation(summary = "Correct a figure", description = "Send the version read; audited with each changed field.")
    @ApiResponse(responseCode = "200", description = "Corrected")
    @ErrorCodes({ErrorCode.TRD_001, ErrorCode.TRD_002, ErrorCode.TRD_004, ErrorCode.PLT_009})
    TradeViews.FigureView correct(@PathVariable long id, @RequestBody FigureInput body, Actor actor) {
        return views.figure(book.correct(id, body, actor));
    }

    @DeleteMapping("/figures/{id}")
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a figure", description = "Audited.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ErrorCodes(ErrorCode.TRD_002)
    void remove(@PathVariable long id, Actor actor) {
        book.remove(id, actor);
    }

    // ---- imports --------------------------------------------------------------------------------------------

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(
            summary = "Import a trade file, all or nothing",
            description = "format = platform (figures, columns in docs/trade.md), comtrade (UN Comtrade+ CSV: the "
                    + "Viet Nam–Laos rows become figures), baci (CEPII t,i,j,k,v,q world file, v in thousand USD) or "
                    + "exports (country,product,value with the form fields year and classification = HS | SITC2). "
                    + "Any bad row refuses the file (TRD-003) with every bad row in errors[] as rows[<row>].<field> "
                    + "(the header is row 1); nothing is imported. A world file (baci, exports) may hold up to 1 GB, "
                    + "streamed to disk and hashed (SHA-256); platform and comtrade files up to 10 MB. While it runs, "
                    + "GET /api/v1/trade/imports/progress?key=<Idempotency-Key> tells how far it has got.")
    @ApiResponse(
            responseCode = "201",
            description = "Imported; with an Idempotency-Key already used for this file, the first answer again "
                    + "(header Idempotent-Replayed: true) and nothing imported twice")
    @ApiResponse(responseCode = "413", description = "PLT-004 on file: over 1 GB (world files) or 10 MB (others)")
    @ErrorCodes({
        ErrorCode.TRD_003,
        ErrorCode.TRD_005,
        ErrorCode.TRD_007,
        ErrorCode.IDM_001,
        ErrorCode.IDM_002,
        ErrorCode.PLT_004
    })
    ResponseEntity<TradeImports.Report> importFile(
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "classification", required = false) String classification,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false)
                    @Parameter(
                            description = "Optional; a new value (a UUID) per import. A retry with the same key "
                                    + "and file answers what the first import answered and imports nothing twice.")
                    String idempotencyKey,
            Actor actor) {
        TradeImports.Format chosen = TradeImports.Format.of(format);
        IdempotentRequests.Answer<TradeImports.Report> answer = uploads.run(
                IMPORT_OPERATION,
                HttpStatus.CREATED.value(),
                chosen,
                file,
                year,
                classification,
                idempotencyKey,
                actor);
        return ResponseEntity.status(answer.status())
                .header(IdempotentRequests.REPLAYED_HEADER, String.valueOf(answer.replayed()))
                .body(answer.body());
    }

    @GetMapping("/imports/progress")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(
            summary = "How far a running import has got",
            description = "For an import sent with this Idempotency-Key by the same user: the phase (RECEIVING: the "
                    + "upload is copied to disk and hashed; READING: rows are read and checked; WRITING; DONE; "
                    + "REFUSED), the file's bytes read in that phase out of its size, the rows read, and the percentage. "
                    + "Kept for 10 minutes after the import ends, on the instance that ran it.")
    @ApiResponse(responseCode = "200", description = "The import's progress")
    @ErrorCodes(ErrorCode.TRD_011)
    ImportProgress.View importProgress(
            @RequestParam(name = "key", required = false)
                    @Parameter(description = "The Idempotency-Key the import was sent with")
                    String key,
            Actor actor) {
        return progress.of(actor.username(), key)
                .orElseThrow(() -> BusinessException.onField(ErrorCode.TRD_011, "key"));
    }

    // ---- series and targets ---------------------------------------------------------------------------------

    @GetMapping("/turnover")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "The reconciled yearly series",
            description = "Per year: the chosen total, exports (VN→LA) and imports (LA→VN) with the rule step that "
                    + "chose each (decision 0022), growth of the chosen totals, every figure with its source, the "
                    + "spread and the mirror ratio (LA-reported / VN-reported), and contradictions between sources.")
    @ApiResponse(responseCode = "200", description = "The years with at least one figure, oldest first")
    @ErrorCodes(ErrorCode.TRD_009)
    List<TradeViews.YearView> turnover(
            @RequestParam(required = false) @Parameter(example = "2015") Integer from,
            @RequestParam(required = false) @Parameter(example = "2025") Integer to) {
        int first = from == null ? Period.MIN_YEAR : from;
        int last = to == null ? Period.MAX_YEAR : to;
        if (first < Period.MIN_YEAR || first > Period.MAX_YEAR) {
            throw BusinessException.onField(ErrorCode.TRD_009, "from", "from");
        }
        if (last < first || last > Period.MAX_YEAR) {
            throw BusinessException.onField(ErrorCode.TRD_009, "to", "to");
        }
        return monitor.turnover(first, last).stream().map(views::year).toList();
    }

    @GetMapping("/gates")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Monthly figures by border gate from the platform's released declarations",
            description = "Per month, gate pair and flow: the declared values of the goods released there, in USD at "
                    + "the platform's rate for the month's last day, with the source \"platform declarations\" "
                    + "(decision 0039). A Vietnamese trader's export or a Lao trader's import is Viet Nam to Laos; "
                    + "transit is left out. Not an official statistic: not part of the reconciled series.")
    @ApiResponse(responseCode = "200", description = "The months with released declarations, oldest first")
    @ErrorCodes(ErrorCode.TRD_009)
    List<GateFigures.GateMonth> gates(
            @RequestParam(required = false) @Parameter(example = "2026") Integer from,
            @RequestParam(required = false) @Parameter(example = "2026") Integer to,
            Locale locale) {
        int first = from == null ? Period.MIN_YEAR : from;
        int last = to == null ? Period.MAX_YEAR : to;
        if (first < Period.MIN_YEAR || first > Period.MAX_YEAR) {
            throw BusinessException.onField(ErrorCode.TRD_009, "from", "from");
        }
        if (last < first || last > Period.MAX_YEAR) {
            throw BusinessException.onField(ErrorCode.TRD_009, "to", "to");
        }
        return gates.monthly(first, last, locale);
    }

    @GetMapping("/targets")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Progress to each target",
            description = "Level targets: progress %, growth needed by the target year, the year reached at the "
                    + "5-year log-linear trend (ITC Trade Map), at 10 % and at 15 % a year. Growth targets: each covered "
                    + "year's growth against the band. Each names the base figure and its source.")
    @ApiResponse(responseCode = "200", description = "Every target")
    List<TradeViews.TargetView> targets() {
        return monitor.progress().stream().map(views::target).toList();
    }

    // ---- indicators -----------------------------------------------------------------------------------------

    @GetMapping("/indicators/rca")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Revealed comparative advantage (Balassa) by product",
            description = "Highest first; docs/indicators.md.")
    @ApiResponse(responseCode = "200", description = "[{product, value}]")
    @ErrorCodes({ErrorCode.TRD_008, ErrorCode.TRD_009})
    List<WorldTables.ProductValue> rca(
            @RequestParam @Parameter(example = "VNM") String country,
            @RequestParam @Parameter(example = "2000") int year,
            @RequestParam(defaultValue = "HS") @Parameter(example = "HS") String classification) {
        return world.rca(country(country, "country"), year(year), classification(classification));
    }

    @GetMapping("/indicators/tci")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Trade complementarity index (Michaely)",
            description = "0 to 100; from the exporter's exports and the importer's imports by product.")
    @ApiResponse(responseCode = "200", description = "{value} or {value: null, undefinedBecause}")
    @ErrorCodes({ErrorCode.TRD_008, ErrorCode.TRD_009})
    Indicators.Result tci(
            @RequestParam @Parameter(example = "VNM") String exporter,
            @RequestParam @Parameter(example = "LAO") String importer,
            @RequestParam @Parameter(example = "2022") int year,
            @RequestParam(defaultValue = "HS") String classification) {
        return world.tci(
                country(exporter, "exporter"),
                country(importer, "importer"),
                year(year),
                classification(classification));
    }

    @GetMapping("/indicators/hhi")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Herfindahl–Hirschman concentration of a country's exports over products",
            description = "normalised=true: UNCTAD's normalised index.")
    @ApiResponse(responseCode = "200", description = "{value}")
    @ErrorCodes({ErrorCode.TRD_008, ErrorCode.TRD_009})
    Indicators.Result hhi(
            @RequestParam @Parameter(example = "LAO") String country,
            @RequestParam @Parameter(example = "2000") int year,
            @RequestParam(defaultValue = "HS") String classification,
            @RequestParam(defaultValue = "false") boolean normalised) {
        return world.hhi(country(country, "country"), year(year), classification(classification), normalised);
    }

    @GetMapping("/indicators/partner-hhi")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Herfindahl–Hirschman concentration of a country's trade over partner markets",
            description = "From the BACI year's exporter × importer sums: flow=exports (default) the shares of each "
                    + "partner in the country's exports, flow=imports in its imports; normalised=true: UNCTAD's "
                    + "normalised index. Trade of a country with itself is left out.")
    @ApiResponse(responseCode = "200", description = "{value}")
    @ErrorCodes({ErrorCode.TRD_008, ErrorCode.TRD_009})
    Indicators.Result partnerHhi(
            @RequestParam @Parameter(example = "LAO") String country,
            @RequestParam @Parameter(example = "2022") int year,
            @RequestParam(defaultValue = "exports") @Parameter(example = "exports") String flow,
            @RequestParam(defaultValue = "false") boolean normalised) {
        String c = country(country, "country");
        int y = year(year);
        String f = flow.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("exports") && !f.equals("imports")) {
            throw BusinessException.onField(ErrorCode.TRD_009, "flow", "flow");
        }
        return world.partnerHhi(c, y, f.equals("exports"), normalised);
    }

    @GetMapping("/indicators/intensity")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Trade intensity index", description = "From an imported BACI year.")
    @ApiResponse(responseCode = "200", description = "{value}")
    @ErrorCodes({ErrorCode.TRD_008, ErrorCode.TRD_009})
    Indicators.Result intensity(
            @RequestParam @Parameter(example = "VNM") String exporter,
            @RequestParam @Parameter(example = "LAO") String importer,
            @RequestParam @Parameter(example = "2022") int year) {
        return world.tii(country(exporter, "exporter"), country(importer, "importer"), year(year));
    }

    @GetMapping("/indicators/intra-industry")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Grubel–Lloyd intra-industry trade between Viet Nam and Laos",
            description = "By HS6 product and trade-weighted, from an imported BACI year.")
    @ApiResponse(responseCode = "200", description = "{aggregate, products}")
    @ErrorCodes({ErrorCode.TRD_008, ErrorCode.TRD_009})
    WorldTables.IntraIndustry intraIndustry(@RequestParam @Parameter(example = "2022") int year) {
        return world.grubelLloyd(year(year));
    }

    @GetMapping("/indicators/export-potential")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Export-potential shortlist",
            description =
                    "Products where the exporter's RCA is above 1 and the importer buys from the world, by "
                            + "min(exporter's world exports, importer's world imports) minus actual exports to it (decision 0024).")
    @ApiResponse(responseCode = "200", description = "Up to 50 products, largest potential first")
    @ErrorCodes({ErrorCode.TRD_008, ErrorCode.TRD_009})
    List<WorldTables.Potential> exportPotential(
            @RequestParam @Parameter(example = "VNM") String exporter,
            @RequestParam @Parameter(example = "LAO") String importer,
            @RequestParam @Parameter(example = "2022") int year) {
        return world.exportPotential(country(exporter, "exporter"), country(importer, "importer"), year(year), 50);
    }

    @PostMapping("/indicators/export-potential/suggestions")
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(
            summary = "Feed the export-potential shortlists of a year to matching as suggested products",
            description = "Computes the shortlist of the BACI year in both directions (VNM to LAO and LAO to VNM, up "
                    + "to 50 products each, as GET /indicators/export-potential) and hands it to matching, which "
                    + "shows the products on the matches page with this source and year. Feeding the same year "
                    + "again replaces what matching held for it (decision 0045). Audited. ANALYST only.")
    @ApiResponse(responseCode = "200", description = "{year, source, directions: [{exporter, importer, products}]}")
    @ErrorCodes({ErrorCode.TRD_008, ErrorCode.TRD_009})
    ShortlistFeed.Fed feedShortlist(@RequestParam @Parameter(example = "2022") int year) {
        return shortlistFeed.feed(year(year));
    }

    private String country(String code, String field) {
        return countries.alpha3(code).orElseThrow(() -> BusinessException.onField(ErrorCode.TRD_009, field, field));
    }

    private static int year(int year) {
        if (year < 1950 || year > Period.MAX_YEAR) {
            throw BusinessException.onField(ErrorCode.TRD_009, "year", "year");
        }
        return year;
    }

    private static String classification(String value) {
        String c = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!c.equals("HS") && !c.equals("SITC2")) {
            throw BusinessException.onField(ErrorCode.TRD_009, "classification", "classification");
        }
        return c;
    }
}
