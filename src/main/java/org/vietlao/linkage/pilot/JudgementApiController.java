package org.vietlao.linkage.pilot;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * Judging an evaluation over JSON: an invited evaluator's matrices, closing by the owner, and the frozen result
 * with its XLSX and PDF exports. Who may do what is decided by {@link Judging} and {@link Evaluation} (invited
 * evaluator, owner, ministry and admin for closed results); the role rule here only asks for a signed-in caller.
 */
@RestController
@RequestMapping("/api/v1/pilot/evaluations")
@Tag(name = "Pilot evaluations", description = "Group AHP/TOPSIS evaluation of pilot linkage models")
class JudgementApiController {

    private final Judging judging;
    private final ResultExports exports;

    JudgementApiController(Judging judging, ResultExports exports) {
        this.judging = judging;
        this.exports = exports;
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

    record MatrixRequest(
            @JsonDeserialize(contentUsing = JudgementRows.class)
            List<List<Double>> matrix) {}

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
