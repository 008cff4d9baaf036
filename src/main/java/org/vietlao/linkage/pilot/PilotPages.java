package org.vietlao.linkage.pilot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vietlao.linkage.pilot.Evaluations.Cell;
import org.vietlao.linkage.pilot.mcda.RandomIndex;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The pilot pages: the list of evaluations, an evaluation, judgement entry with a live consistency ratio
 * (htmx posts the form on every change to the preview endpoint), and the frozen result with its
 * sensitivity chart and exports.
 */
@Controller
class PilotPages {

    /** Saaty's scale as offered in the judgement form: the row element against the column element. */
    static final List<String> SCALE = List.of(
            "9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9");

    private static final String MESSAGE = "pilotMessage";

    private final PilotEvaluations pilot;
    private final ResultExports exports;
    private final ResultLabels labels;
    private final ResultReading reading;
    private final MessageSource messages;
    private final ObjectMapper json;

    PilotPages(
            PilotEvaluations pilot,
            ResultExports exports,
            ResultLabels labels,
            ResultReading reading,
            MessageSource messages,
            ObjectMapper json) {
        this.pilot = pilot;
        this.exports = exports;
        this.labels = labels;
        this.reading = reading;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/pilot")
    @PreAuthorize("isAuthenticated()")
    String list(Actor actor, Model model) {
        model.addAttribute("evaluations", pilot.list(actor));
        model.addAttribute("riTables", RandomIndex.values());
        return "pilot/list";
    }

    @PostMapping("/pilot/evaluations")
    @PreAuthorize("hasRole('ANALYST')")
    String create(
            @RequestParam String titleEn,
            @RequestParam String titleVi,
            @RequestParam String titleLo,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String riTable,
            Actor actor) {
        long id = pilot.create(actor, new Names(titleEn, titleVi, titleLo), description, method, riTable);
        return "redirect:/pilot/evaluations/" + id;
    }

    @GetMapping("/pilot/evaluations/{id}")
    @PreAuthorize("isAuthenticated()")
    String detail(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("view", pilot.view(id, actor));
        model.addAttribute("sectors", PilotEvaluations.SECTORS);
        model.addAttribute("analysts", pilot.analysts());
        return "pilot/detail";
    }

    @PostMapping("/pilot/evaluations/{id}/candidates")
    @PreAuthorize("isAuthenticated()")
    String addCandidate(
            @PathVariable long id,
            NamesForm form,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) Long chainRef,
            Actor actor,
            RedirectAttributes redirect) {
        pilot.addCandidate(id, actor, form.names(), sector, description, chainRef);
        return done(id, "pilot.message.saved", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/candidates/{candidateId}/delete")
    @PreAuthorize("isAuthenticated()")
    String removeCandidate(
            @PathVariable long id, @PathVariable long candidateId, Actor actor, RedirectAttributes redirect) {
        pilot.removeCandidate(id, actor, candidateId);
        return done(id, "pilot.message.removed", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/criteria/{position}/subcriteria")
    @PreAuthorize("isAuthenticated()")
    String addSubcriterion(
            @PathVariable long id,
            @PathVariable int position,
            NamesForm form,
            Actor actor,
            RedirectAttributes redirect) {
        pilot.addSubcriterion(id, actor, position, form.names());
        return done(id, "pilot.message.saved", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/criteria/{position}/rename")
    @PreAuthorize("isAuthenticated()")
    String renameCriterion(
            @PathVariable long id,
            @PathVariable int position,
            NamesForm form,
            Actor actor,
            RedirectAttributes redirect) {
        pilot.renameCriterion(id, actor, position, form.names());
        return done(id, "pilot.message.saved", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/subcriteria/{subId}/rename")
    @PreAuthorize("isAuthenticated()")
    String renameSubcriterion(
            @PathVariable long id, @PathVariable long subId, NamesForm form, Actor actor, RedirectAttributes redirect) {
        pilot.renameSubcriterion(id, actor, subId, form.names());
        return done(id, "pilot.message.saved", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/subcriteria/{subId}/delete")
    @PreAuthorize("isAuthenticated()")
    String removeSubcriterion(
            @PathVariable long id, @PathVariable long subId, Actor actor, RedirectAttributes redirect) {
        pilot.removeSubcriterion(id, actor, subId);
        return done(id, "pilot.message.removed", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/evaluators")
    @PreAuthorize("isAuthenticated()")
    String invite(
            @PathVariable long id,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String weight,
            Actor actor,
            RedirectAttributes redirect) {
        pilot.invite(id, actor, username, weightOf(weight));
        return done(id, "pilot.message.invited", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/evaluators/{username}/delete")
    @PreAuthorize("isAuthenticated()")
    String withdraw(@PathVariable long id, @PathVariable String username, Actor actor, RedirectAttributes redirect) {
        pilot.withdraw(id, actor, username);
        return done(id, "pilot.message.removed", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/open")
    @PreAuthorize("isAuthenticated()")
    String open(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        pilot.open(id, actor);
        return done(id, "pilot.message.opened", redirect);
    }

    @PostMapping("/pilot/evaluations/{id}/close")
    @PreAuthorize("isAuthenticated()")
    String close(@PathVariable long id, Actor actor) {
        pilot.close(id, actor);
        return "redirect:/pilot/evaluations/" + id + "/result";
    }

    @GetMapping("/pilot/evaluations/{id}/judgements")
    @PreAuthorize("isAuthenticated()")
    String judgements(@PathVariable long id, Actor actor, Model model, Locale locale) {
        PilotEvaluations.View view = pilot.view(id, actor);
        List<LabelledStatus> matrices = pilot.progress(id, actor).stream()
                .filter(status -> status.needed() > 0)
                .map(status -> new LabelledStatus(labels.spec(status.spec(), view.structure(), locale), status))
                .toList();
        model.addAttribute("view", view);
        model.addAttribute("matrices", matrices);
        return "pilot/judgements";
    }

    @GetMapping("/pilot/evaluations/{id}/judgements/{key}")
    @PreAuthorize("isAuthenticated()")
    String matrix(@PathVariable long id, @PathVariable String key, Actor actor, Model model, Locale locale) {
        PilotEvaluations.MatrixView matrix = pilot.matrix(id, actor, key);
        List<String> elements =
                matrix.spec().elements().stream().map(name -> name.in(locale)).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            for (int j = i + 1; j < elements.size(); j++) {
                Double value = matrix.cells().get(new Cell(i, j));
                pairs.add(new Pair(i, j, elements.get(i), elements.get(j), value == null ? "" : scaleLabel(value)));
            }
        }
        model.addAttribute("matrix", matrix);
        model.addAttribute("label", labels.spec(matrix.spec(), matrix.structure(), locale));
        model.addAttribute("pairs", pairs);
        model.addAttribute("scale", SCALE);
        model.addAttribute("elements", elements);
        model.addAttribute("status", matrix.status());
        return "pilot/matrix";
    }

    @PostMapping("/pilot/evaluations/{id}/judgements/{key}/preview")
    @PreAuthorize("isAuthenticated()")
    String preview(
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            Locale locale) {
        PilotEvaluations.MatrixView matrix = pilot.matrix(id, actor, key);
        model.addAttribute("status", pilot.preview(id, actor, key, cells(form)));
        model.addAttribute(
                "elements",
                matrix.spec().elements().stream().map(name -> name.in(locale)).toList());
        return "pilot/status :: status";
    }

    @PostMapping("/pilot/evaluations/{id}/judgements/{key}")
    @PreAuthorize("isAuthenticated()")
    String save(
            @PathVariable long id,
            @PathVariable String key,
            @RequestParam Map<String, String> form,
            Actor actor,
            RedirectAttributes redirect) {
        // Whether the caller judges this evaluation is decided before the form is read (decision 0009).
        pilot.matrix(id, actor, key);
        pilot.saveJudgements(id, actor, key, cells(form));
        redirect.addFlashAttribute(MESSAGE, "pilot.message.judgementsSaved");
        return "redirect:/pilot/evaluations/" + id + "/judgements";
    }

    @GetMapping("/pilot/evaluations/{id}/result")
    @PreAuthorize("isAuthenticated()")
    String result(@PathVariable long id, Actor actor, Model model, Locale locale) {
        FrozenResult result = pilot.result(id, actor);
        model.addAttribute("result", result);
        model.addAttribute("reading", reading.of(result, locale));
        model.addAttribute(
                "matrixLabels",
                result.matrices().stream()
                        .map(m -> labels.matrix(result, m, locale))
                        .toList());
        model.addAttribute("chart", chart(result, locale));
        return "pilot/result";
    }

    @GetMapping("/pilot/evaluations/{id}/result.xlsx")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Actor actor, Locale locale) {
        FrozenResult result = pilot.result(id, actor);
        return EvaluationController.download(
                exports.xlsx(result, locale), ResultExports.XLSX, "pilot-evaluation-" + id + ".xlsx");
    }

    @GetMapping("/pilot/evaluations/{id}/result.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Actor actor, Locale locale) {
        FrozenResult result = pilot.result(id, actor);
        return EvaluationController.download(
                exports.pdf(result, locale), MediaType.APPLICATION_PDF, "pilot-evaluation-" + id + ".pdf");
    }

    private String chart(FrozenResult result, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put(
                "criteria",
                result.sensitivity().stream()
                        .map(i -> result.criteria().get(i.criterion()).name().in(locale))
                        .toList());
        chart.put(
                "intervals",
                result.sensitivity().stream()
                        .map(i -> new double[] {i.lower(), i.upper()})
                        .toList());
        chart.put(
                "weights",
                result.sensitivity().stream()
                        .map(FrozenResult.IntervalResult::weight)
                        .toList());
        chart.put("intervalLabel", messages.getMessage("pilot.result.chartInterval", null, locale));
        chart.put("weightLabel", messages.getMessage("pilot.result.chartWeight", null, locale));
        chart.put("axisLabel", messages.getMessage("pilot.result.weight", null, locale));
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("chart data is always serialisable", ex);
        }
    }

    /** Judgements from form fields named {@code c<row>_<column>}; blank fields are not judged yet. */
    static Map<Cell, Double> cells(Map<String, String> form) {
        Map<Cell, Double> cells = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            String name = field.getKey();
            String value = field.getValue() == null ? "" : field.getValue().trim();
            if (!name.matches("c\\d{1,2}_\\d{1,2}") || value.isEmpty()) {
                continue;
            }
            int[] index = Arrays.stream(name.substring(1).split("_"))
                    .mapToInt(Integer::parseInt)
                    .toArray();
            if (!SCALE.contains(value)) {
                throw BusinessException.onField(ErrorCode.PIL_006, name, name, value);
            }
            cells.put(new Cell(index[0], index[1]), scaleValue(value));
        }
        return cells;
    }

    /**
     * The weight as typed; one that is not a number reads as NaN, which the service refuses (PIL-025) once it has
     * decided the caller may invite: a type error must not answer before the access check (decision 0009).
     */
    static Double weightOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.trim());
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    static double scaleValue(String label) {
        return label.startsWith("1/") ? 1.0 / Integer.parseInt(label.substring(2)) : Integer.parseInt(label);
    }

    /** The scale label of a stored judgement; judgements saved through the API may lie between the steps. */
    static String scaleLabel(double value) {
        for (String label : SCALE) {
            if (Math.abs(scaleValue(label) - value) < 1e-9) {
                return label;
            }
        }
        return "";
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute(MESSAGE, message);
        return "redirect:/pilot/evaluations/" + id;
    }

    /** A name in three languages as posted by a form ({@code nameEn}, {@code nameVi}, {@code nameLo}). */
    record NamesForm(String nameEn, String nameVi, String nameLo) {

        Names names() {
            return new Names(nameEn, nameVi, nameLo);
        }
    }

    record LabelledStatus(String label, PilotEvaluations.MatrixStatus status) {}

    record Pair(int row, int column, String rowName, String columnName, String value) {}
}
