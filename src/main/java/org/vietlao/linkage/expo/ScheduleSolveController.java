package org.vietlao.linkage.expo;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vietlao.linkage.expo.scheduling.MeetingScheduler;
import org.vietlao.linkage.expo.scheduling.ScheduleResult;
import org.vietlao.linkage.expo.scheduling.SchedulingProblem;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ErrorCodes;
import org.vietlao.linkage.shared.RequestValidation;

/** The stateless meeting scheduler, for tools and for checking: nothing is stored. */
@RestController
@RequestMapping("/api/v1/expo/schedule")
@Tag(name = "Expo")
class ScheduleSolveController {

    static final int MAX_MEETINGS = 50_000;
    static final int MAX_SLOTS = 10_000;
    static final int MAX_TABLES = 100_000;
    static final int MAX_ID = 100;
    /** Participants × slots the scheduler's tables may hold. */
    static final long MAX_CELLS = 20_000_000L;

    private final RequestValidation validation;

    ScheduleSolveController(Validator validator) {
        this.validation = new RequestValidation(validator);
    }

    record SolveRequest(
            @Schema(example = "8", description = "slots 1..10,000; omit to ask for the fewest that fit every meeting")
            Integer slots,

            @Schema(example = "3", description = "tables per slot, 1..100,000")
            Integer tables,

            @Schema(
                    example = "[[\"L1\",\"V1\"],[\"L1\",\"V2\"]]",
                    description = "pairs of participant ids, up to 50,000")
            List<List<@Size(max = MAX_ID) String>> meetings,

            @Schema(
                    example = "{\"L1\": [1, 2, 3, 4]}",
                    description = "a participant's free slots (from 1); others are " + "free in every slot")
            Map<@Size(max = MAX_ID) String, List<Integer>> availability,

            @Schema(example = "true", description = "buyer–supplier: every meeting joins the two sides")
            Boolean bipartite,

            @Schema(example = "10", description = "1..60, 10 by default")
            Integer timeLimitSeconds) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SolveResponse(
            @Schema(
                    description = "OPTIMAL: every meeting placed, proven best; FEASIBLE: valid, not proven best (see "
                            + "bound and gapPercent); INFEASIBLE: proven that not every meeting fits, the best partial schedule "
                            + "found follows")
            String status,

            @Schema(
                    description = "whether the schedule is proven to place the most meetings (and, without slots, to "
                            + "use the fewest)")
            boolean optimal,

            int slotsUsed,

            @Schema(description = "max(Δ, ⌈|E|/T⌉): no schedule of every meeting uses fewer slots")
            int lowerBound,

            int scheduled,

            @Schema(description = "proven upper bound on the meetings any schedule places in the slots")
            long bound,

            double gapPercent,

            @Schema(description = "KONIG, CP_SAT or HEURISTIC")
            String method,

            long millis,
            List<Assignment> assignments,
            List<Unscheduled> unscheduled) {}

    record Assignment(List<String> meeting, int slot, int table) {}

    record Unscheduled(
            List<String> meeting,

            @Schema(description = "NO_COMMON_SLOT, PARTICIPANT_FULL or NO_TABLE")
            String reason) {}

    @PostMapping("/solve")
    @PreAuthorize("isAuthenticated()")
    @ErrorCodes({ErrorCode.EXP_011, ErrorCode.EXP_012, ErrorCode.EXP_013, ErrorCode.EXP_014, ErrorCode.EXP_015})
    @Operation(
            summary = "Schedule meetings into slots and tables (stateless)",
            description = "No participant in two meetings of one slot, both available, no more meetings in a slot than "
                    + "tables. Bipartite without availability limits: Kőnig's edge colouring with equitable colour "
                    + "classes reaches max(Δ, ⌈|E|/T⌉) slots, which is optimal. Otherwise greedy, local repair and "
                    + "CP-SAT (models up to 150,000 meeting-slot variables) within the time limit, with a proven bound. "
                    + "Slots and tables are numbered from 1.")
    SolveResponse solve(@RequestBody SolveRequest body) throws BindException {
        validation.check(body);
        Problem problem = problem(body);
        ScheduleResult result = new MeetingScheduler().schedule(problem.problem());
        List<Assignment> assignments = new ArrayList<>();
        List<Unscheduled> unscheduled = new ArrayList<>();
        int[][] meetings = problem.problem().meetings();
        for (int e = 0; e < meetings.length; e++) {
            if (result.slot()[e] >= 0) {
                assignments.add(
                        new Assignment(names(problem, meetings[e]), result.slot()[e] + 1, result.table()[e] + 1));
            }
        }
        result.unscheduled()
                .forEach(u -> unscheduled.add(new Unscheduled(
                        names(problem, meetings[u.meeting()]), u.reason().name())));
        return new SolveResponse(
                result.status().name(),
                result.optimal(),
                result.slotsUsed(),
                result.slotLowerBound(),
                result.scheduled(),
                result.weightBound(),
                Math.round(result.gapPercent() * 100) / 100.0,
                result.method().name(),
                result.millis(),
                assignments,
                unscheduled);
    }

    private static List<String> names(Problem problem, int[] meeting) {
        return List.of(problem.names().get(meeting[0]), problem.names().get(meeting[1]));
    }

    record Problem(SchedulingProblem problem, List<String> names) {}

    private static Problem problem(SolveRequest body) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (body.slots() != null && (body.slots() < 1 || body.slots() > MAX_SLOTS)) {
            errors.add(Events.field("slots", "range", 1, MAX_SLOTS));
        }
        if (body.tables() == null || body.tables() < 1 || body.tables() > MAX_TABLES) {
            errors.add(Events.field("tables", "range", 1, MAX_TABLES));
        }
        int seconds = body.timeLimitSeconds() == null ? 10 : body.timeLimitSeconds();
        if (seconds < 1 || seconds > 60) {
            errors.add(Events.field("timeLimitSeconds", "range", 1, 60));
        }
        if (body.meetings() == null) {
            errors.add(Events.field("meetings", "required"));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.EXP_011, errors);
        }
        if (body.meetings().size() > MAX_MEETINGS) {
            throw BusinessException.onField(ErrorCode.EXP_014, "meetings", MAX_MEETINGS);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        int[][] meetings = new int[body.meetings().size()][];
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < meetings.length; i++) {
            List<String> meeting = body.meetings().get(i);
            String field = "meetings[" + i + "]";
            if (meeting == null
                    || meeting.size() != 2
                    || meeting.stream().anyMatch(id -> id == null || id.isBlank())
                    || meeting.get(0).equals(meeting.get(1))) {
                throw BusinessException.onField(ErrorCode.EXP_012, field);
            }
            int a = index.computeIfAbsent(meeting.get(0), k -> add(names, k));
            int b = index.computeIfAbsent(meeting.get(1), k -> add(names, k));
            long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            if (!pairs.add(key)) {
                throw BusinessException.onField(ErrorCode.EXP_013, field);
            }
            meetings[i] = new int[] {a, b};
        }
        BitSet[] availability = null;
        if (body.availability() != null && !body.availability().isEmpty()) {
            availability = new BitSet[names.size()];
            int maxSlot = body.slots() == null ? MAX_SLOTS : body.slots();
            for (Map.Entry<String, List<Integer>> entry : body.availability().entrySet()) {
                String field = "availability." + entry.getKey();
                Integer participant = index.get(entry.getKey());
                if (participant == null) {
                    errors.add(Events.field(field, "unknownParticipant"));
                    continue;
                }
                BitSet free = new BitSet();
                List<Integer> slots = entry.getValue() == null ? List.of() : entry.getValue();
                for (int j = 0; j < slots.size(); j++) {
                    Integer slot = slots.get(j);
                    if (slot == null || slot < 1 || slot > maxSlot) {
                        errors.add(Events.field(field + "[" + j + "]", "range", 1, maxSlot));
                    } else {
                        free.set(slot - 1);
                    }
                }
                availability[participant] = free;
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.EXP_011, errors);
        }
        SchedulingProblem problem = new SchedulingProblem(
                names.size(),
                meetings,
                body.slots() == null ? 0 : body.slots(),
                body.tables(),
                availability,
                null,
                null,
                null,
                null,
                Boolean.TRUE.equals(body.bipartite()),
                seconds * 1000L);
        if (Boolean.TRUE.equals(body.bipartite()) && !MeetingScheduler.isBipartite(problem)) {
            throw BusinessException.onField(ErrorCode.EXP_015, "bipartite");
        }
        if (!MeetingScheduler.fitsInMemory(problem, MAX_CELLS)) {
            throw new BusinessException(ErrorCode.EXP_011, List.of(Events.field("slots", "tooLarge", MAX_CELLS)));
        }
        return new Problem(problem, names);
    }

    private static int add(List<String> names, String name) {
        names.add(name);
        return names.size() - 1;
    }
}
