package org.vietlao.linkage.pilot;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.pilot.Evaluations.Cell;
import org.vietlao.linkage.pilot.mcda.Ahp;
import org.vietlao.linkage.pilot.mcda.Inputs;
import org.vietlao.linkage.pilot.mcda.InvalidInput;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.RequestValidation;

/**
 * The evaluation workflow over JSON. Who may do what is decided by the rules of {@link PilotEvaluations}
 * (owner, invited evaluator, ministry and admin for closed results); the role rule here only asks for a
 * signed-in caller, and creating an evaluation asks for an analyst.
 */
@RestController
@RequestMapping("/api/v1/pilot/evaluations")
@Tag(name = "Pilot evaluations", description = "Group AHP/TOPSIS evaluation of pilot linkage models")
class EvaluationApiController {

    private final PilotEvaluations pilot;
    private final Judging judging;
    private final ResultExports exports;
    private final RequestValidation validation;

    EvaluationApiController(
            PilotEvaluations pilot, Judging judging, ResultExports exports, jakarta.validation.Validator validator) {
        this.pilot = pilot;
        this.judging = judging;
        this.validation = new RequestValidation(validator);
        this.exports = exports;
    }

    /**
     * The caller who may change the evaluation's shape, decided before what they sent is validated (decision
     * 0009: 403/404 before 400/422).
     */
    private void mayShape(long id, Actor actor, Object request) throws BindException {
        pilot.requireMayShape(id, actor);
        validation.check(request);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Evaluations the caller owns or judges (ministry and admin: also every closed one)")
    List<SummaryView> list(Actor actor) {
        return pilot.list(actor).stream().map(SummaryView::of).toList();
    }

    @ErrorCodes({ErrorCode.PIL_012, ErrorCode.PIL_013, ErrorCode.PIL_025})
    @PostMapping
    @PreAuthorize("hasRole('ANALYST')")
    @Operation(summary = "Open a new evaluation in draft, with the MoU's five criteria and their sub-criteria")
    ResponseEntity<DetailView> create(@Valid @RequestBody EvaluationRequest request, Actor actor) {
        long id = pilot.create(actor, request.title(), request.description(), request.method(), request.riTable());
        return ResponseEntity.created(URI.create("/api/v1/pilot/evaluations/" + id))
                .body(DetailView.of(pilot.view(id, actor)));
    }

    @ErrorCodes({ErrorCode.PIL_015})
    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "An evaluation with its criteria, candidates and evaluators")
    DetailView detail(@PathVariable long id, Actor actor) {
        return DetailView.of(pilot.view(id, actor));
    }

    @ErrorCodes({
        ErrorCode.PIL_015,
        ErrorCode.PIL_016,
        ErrorCode.PIL_017,
        ErrorCode.PIL_025,
        ErrorCode.PIL_012,
        ErrorCode.PIL_013
    })
    @PutMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Change title, description, aggregation method or RI table (owner, draft)")
    DetailView update(@PathVariable long id, @RequestBody EvaluationRequest request, Actor actor) throws BindException {
        mayShape(id, actor, request);
        pilot.update(id, actor, request.title(), request.description(), request.method(), request.riTable());
        return DetailView.of(pilot.view(id, actor));
    }

    @ErrorCodes({ErrorCode.PIL_015, ErrorCode.PIL_016, ErrorCode.PIL_017, ErrorCode.PIL_025, ErrorCode.PIL_026})
    @PutMapping("/{id}/criteria/{position}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Rename a criterion in the three languages (owner, draft)")
    ResponseEntity<Void> renameCriterion(
            @PathVariable long id, @PathVariable int position, @RequestBody NameRequest request, Actor actor)
            throws BindException {
        mayShape(id, actor, request);
        pilot.renameCriterion(id, actor, position, request.name());
        return ResponseEntity.noContent().build();
    }

    @ErrorCodes({
        ErrorCode.PIL_015,
        ErrorCode.PIL_016,
        ErrorCode.PIL_017,
        ErrorCode.PIL_025,
        ErrorCode.PIL_011,
        ErrorCode.PIL_026
    })
    @PostMapping("/{id}/criteria/{position}/subcriteria")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Add a sub-criterion (owner, draft)")
    ResponseEntity<Void> addSubcriterion(
            @PathVariable long id, @PathVariable int position, @RequestBody NameRequest request, Actor actor)
            throws BindException {
        mayShape(id, actor, request);
        pilot.addSubcriterion(id, actor, position, request.name());
        return ResponseEntity.noContent().build();
    }

    @ErrorCodes({ErrorCode.PIL_015, ErrorCode.PIL_016, ErrorCode.PIL_017, ErrorCode.PIL_025, ErrorCode.PIL_026})
    @PutMapping("/{id}/subcriteria/{subId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Rename a sub-criterion (owner, draft)")
    ResponseEntity<Void> renameSubcriterion(
            @PathVariable long id, @PathVariable long subId, @RequestBody NameRequest request, Actor actor)
            throws BindException {
        mayShape(id, actor, request);
        pilot.renameSubcriterion(id, actor, subId, request.name());
        return ResponseEntity.noContent().build();
    }

    @ErrorCodes({ErrorCode.PIL_015, ErrorCode.PIL_016, ErrorCode.PIL_017, ErrorCode.PIL_024, ErrorCode.PIL_026})
    @DeleteMapping("/{id}/subcriteria/{subId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Remove a sub-criterion; every criterion keeps at least one (owner, draft)")
    ResponseEntity<Void> removeSubcriterion(@PathVariable long id, @PathVariable long subId, Actor actor) {
        pilot.removeSubcriterion(id, actor, subId);
        return ResponseEntity.noContent().build();
    }

    @ErrorCodes({
        ErrorCode.PIL_015,
        ErrorCode.PIL_016,
        ErrorCode.PIL_017,
        ErrorCode.PIL_025,
        ErrorCode.PIL_011,
        ErrorCode.PIL_027
    })
    @PostMapping("/{id}/candidates")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary =
                    "Add a candidate model (owner, draft); chainRef: optional id of a matching chain (PIL-027 if unknown)")
    ResponseEntity<Void> addCandidate(@PathVariable long id, @RequestBody CandidateRequest request, Actor actor)
            throws BindException {
        mayShape(id, actor, request);
        pilot.addCandidate(id, actor, request.name(), request.sector(), request.description(), request.chainRef());
        return ResponseEntity.noContent().build();
    }

    @ErrorCodes({ErrorCode.PIL_015, ErrorCode.PIL_016, ErrorCode.PIL_017, ErrorCode.PIL_026})
    @DeleteMapping("/{id}/candidates/{candidateId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Remove a candidate model (owner, draft)")
    ResponseEntity<Void> removeCandidate(@PathVariable long id, @PathVariable long candidateId, Actor actor) {
        pilot.removeCandidate(id, actor, candidateId);
        return ResponseEntity.noContent().build();
    }

    @ErrorCodes({
        ErrorCode.PIL_015,
        ErrorCode.PIL_016,
        ErrorCode.PIL_017,
        ErrorCode.PIL_025,
        ErrorCode.PIL_011,
        ErrorCode.PIL_021
    })
    @PostMapping("/{id}/evaluators")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Invite an analyst as evaluator, with an optional weight (owner, draft)")
    ResponseEntity<Void> invite(@PathVariable long id, @RequestBody InviteRequest request, Actor actor)
            throws BindException {
        mayShape(id, actor, request);
        pilot.invite(id, actor, request.username(), request.weight());
        return ResponseEntity.noContent().build();
    }

    @ErrorCodes({ErrorCode.PIL_015, ErrorCode.PIL_016, ErrorCode.PIL_017, ErrorCode.PIL_026})
    @DeleteMapping("/{id}/evaluators/{username}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Withdraw an evaluator and their judgements (owner, draft or open)")
    ResponseEntity<Void> withdraw(@PathVariable long id, @PathVariable String username, Actor actor) {
        pilot.withdraw(id, actor, username);
        return ResponseEntity.noContent().build();
    }

    @ErrorCodes({ErrorCode.PIL_015, ErrorCode.PIL_016, ErrorCode.PIL_017, ErrorCode.PIL_022})
    @PostMapping("/{id}/open")
    @PreAuthorize("isAuthenticated()")
    @Operation(
            summary = "Start judging: the structure is fixed from now on (owner, draft, ≥ 2 candidates, ≥ 1 evaluator)")
    DetailView open(@PathVariable long id, Actor actor) {
        pilot.open(id, actor);
        return DetailView.of(pilot.view(id, actor));
    }

    @ErrorCodes({ErrorCode.PIL_015, ErrorCode.PIL_020})
    @GetMapping("/{id}/matrices")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's matrices with how far each is filled and, once complete, its CR")
    List<MatrixStatusView> matrices(@PathVariable long id, Actor actor) {
        return judging.progress(id, actor).stream().map(MatrixStatusView::of).toList();
    }

    @ErrorCodes({ErrorCode.PIL_015, ErrorCode.PIL_020, ErrorCode.PIL_023})
    @GetMapping("/{id}/matrices/{key}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's judgements in one matrix (null where not yet judged)")
    MatrixView matrix(@PathVariable long id, @PathVariable String key, Actor actor) {
        Judging.MatrixView view = judging.matrix(id, actor, key);
        return new MatrixView(key, full(view.spec().size(), view.cells()), MatrixStatusView.of(view.status()));
    }

    @ErrorCodes({
        ErrorCode.PIL_001,
        ErrorCode.PIL_002,
        ErrorCode.PIL_003,
        ErrorCode.PIL_004,
        ErrorCode.PIL_005,
        ErrorCode.PIL_006,
        ErrorCode.PIL_009,
        ErrorCode.PIL_015,
        ErrorCode.PIL_017,
        ErrorCode.PIL_020,
        ErrorCode.PIL_023,
        ErrorCode.PIL_025
    })
    @PutMapping("/{id}/matrices/{key}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Save the caller's full matrix (square, reciprocal, Saaty scale; open evaluations only)")
    MatrixStatusView saveMatrix(
            @PathVariable long id, @PathVariable String key, @Valid @RequestBody MatrixRequest request, Actor actor) {
        // Whether the caller judges this evaluation is decided before the matrix is read (decision 0009).
        Judging.MatrixView view = judging.matrix(id, actor, key);
        double[][] a;
        try {
            a = Inputs.pairwiseMatrix(request.matrix(), "matrix");
        } catch (InvalidInput invalid) {
            throw McdaErrors.toBusiness(invalid);
        }
        Map<Cell, Double> cells = new LinkedHashMap<>();
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                cells.put(new Cell(i, j), a[i][j]);
            }
        }
        if (view.spec().size() != a.length) {
            throw org.vietlao.linkage.shared.BusinessException.onField(
                    org.vietlao.linkage.shared.ErrorCode.PIL_009,
                    "matrix",
                    "matrix",
                    a.length,
                    view.spec().size());
        }
        return MatrixStatusView.of(judging.saveJudgements(id, actor, key, cells));
    }

    @ErrorCodes({ErrorCode.PIL_015, ErrorCode.PIL_016, ErrorCode.PIL_017, ErrorCode.PIL_018, ErrorCode.PIL_019})
    @PostMapping("/{id}/close")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Close judging and freeze the result (owner; every evaluator complete with CR ≤ 0.10)")
    FrozenResult close(@PathVariable long id, Actor actor) {
        return judging.close(id, actor);
    }

    @ErrorCodes({ErrorCode.PIL_015})
    @GetMapping("/{id}/result")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The frozen result of a closed evaluation, as stored at closing")
    FrozenResult result(@PathVariable long id, Actor actor) {
        return judging.result(id, actor);
    }

    @ErrorCodes({ErrorCode.PIL_015})
    @GetMapping("/{id}/result.xlsx")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The frozen result as an Excel workbook, in the caller's language (Accept-Language)")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Actor actor, Locale locale) {
        FrozenResult result = judging.result(id, actor);
        return download(exports.xlsx(result, locale), ResultExports.XLSX, "pilot-evaluation-" + id + ".xlsx");
    }

    @ErrorCodes({ErrorCode.PIL_015})
    @GetMapping("/{id}/result.pdf")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The frozen result as a PDF report, in the caller's language (Accept-Language)")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Actor actor, Locale locale) {
        FrozenResult result = judging.result(id, actor);
        return download(exports.pdf(result, locale), MediaType.APPLICATION_PDF, "pilot-evaluation-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    private static Double[][] full(int n, Map<Cell, Double> cells) {
        Double[][] a = new Double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                Double value = cells.get(new Cell(i, j));
                a[i][j] = value;
                a[j][i] = value == null ? null : 1 / value;
            }
        }
        return a;
    }

    record EvaluationRequest(
            @Valid Names title,
            @Size(max = PilotEvaluations.MAX_DESCRIPTION) String description,
            @Size(max = 10) String method,
            @Size(max = 30) String riTable) {}

    record NameRequest(@Valid Names name) {}

    record CandidateRequest(
            @Valid Names name,
            @Size(max = 30) String sector,
            @Size(max = PilotEvaluations.MAX_DESCRIPTION) String description,
            Long chainRef) {}

    record InviteRequest(@Size(max = 100) String username, Double weight) {}

    record MatrixRequest(
            @JsonDeserialize(contentUsing = JudgementRows.class)
            List<List<Double>> matrix) {}

    record SummaryView(
            long id,
            Names title,
            String owner,
            String state,
            String method,
            String riTable,
            int candidates,
            int evaluators) {

        static SummaryView of(Evaluations.Summary summary) {
            Evaluation e = summary.evaluation();
            return new SummaryView(
                    e.id(),
                    e.title(),
                    e.owner(),
                    e.state().name(),
                    e.method().name(),
                    e.riTable().key(),
                    summary.candidates(),
                    summary.evaluators());
        }
    }

    record DetailView(
            long id,
            Names title,
            String description,
            String owner,
            String state,
            String method,
            String riTable,
            List<Structure.Criterion> criteria,
            List<Structure.Candidate> candidates,
            List<Structure.Evaluator> evaluators,
            List<String> matrices) {

        static DetailView of(PilotEvaluations.View view) {
            Evaluation e = view.evaluation();
            List<String> keys = new ArrayList<>();
            view.structure().matrices().forEach(spec -> keys.add(spec.key()));
            return new DetailView(
                    e.id(),
                    e.title(),
                    e.description(),
                    e.owner(),
                    e.state().name(),
                    e.method().name(),
                    e.riTable().key(),
                    view.structure().criteria(),
                    view.structure().candidates(),
                    view.structure().evaluators(),
                    keys);
        }
    }

    record MatrixStatusView(
            String key,
            int size,
            int filled,
            int needed,
            boolean complete,
            Double cr,
            Boolean consistent,
            double[] weights,
            MostInconsistent mostInconsistent) {

        static MatrixStatusView of(MatrixStatus status) {
            Ahp.AhpResult a = status.analysis();
            return new MatrixStatusView(
                    status.spec().key(),
                    status.spec().size(),
                    status.filled(),
                    status.needed(),
                    status.complete(),
                    a == null ? null : a.cr(),
                    a == null ? null : a.consistent(),
                    a == null ? null : a.weights(),
                    a == null ? null : MostInconsistent.of(a.mostInconsistent()));
        }
    }

    record MostInconsistent(int row, int column, double value, double suggested) {

        static MostInconsistent of(Ahp.Judgement judgement) {
            return judgement == null
                    ? null
                    : new MostInconsistent(
                            judgement.row(), judgement.column(), judgement.value(), judgement.suggested());
        }
    }

    record MatrixView(String key, Double[][] matrix, MatrixStatusView status) {}
}
