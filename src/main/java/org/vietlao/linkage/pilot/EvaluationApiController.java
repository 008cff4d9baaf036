package org.vietlao.linkage.pilot;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.RequestValidation;

/**
 * An evaluation and its shape over JSON (its judging is {@link JudgementApiController}'s). Who may do what is decided by the rules of {@link PilotEvaluations}
 * (owner, invited evaluator, ministry and admin for closed results); the role rule here only asks for a
 * signed-in caller, and creating an evaluation asks for an analyst.
 */
@RestController
@RequestMapping("/api/v1/pilot/evaluations")
@Tag(name = "Pilot evaluations", description = "Group AHP/TOPSIS evaluation of pilot linkage models")
class EvaluationApiController {

    private final PilotEvaluations pilot;
    private final RequestValidation validation;

    EvaluationApiController(PilotEvaluations pilot, jakarta.validation.Validator validator) {
        this.pilot = pilot;
        this.validation = new RequestValidation(validator);
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
}
