package org.vietlao.linkage.pilot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vietlao.linkage.pilot.Evaluations.Cell;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The pilot's judging pages: an evaluator's matrices, judgement entry with a live consistency ratio (htmx posts
 * the form on every change to the preview endpoint), and the owner's closing of the judging.
 */
@Controller
class JudgementPageController {

    /** Saaty's scale as offered in the judgement form: the row element against the column element. */
    static final List<String> SCALE = List.of(
            "9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8", "1/9");

    private final PilotEvaluations pilot;
    private final Judging judging;
    private final ResultLabels labels;

    JudgementPageController(PilotEvaluations pilot, Judging judging, ResultLabels labels) {
        this.pilot = pilot;
        this.judging = judging;
        this.labels = labels;
    }

    @PostMapping("/pilot/evaluations/{id}/close")
    @PreAuthorize("isAuthenticated()")
    String close(@PathVariable long id, Actor actor) {
        judging.close(id, actor);
        return "redirect:/pilot/evaluations/" + id + "/result";
    }

    @GetMapping("/pilot/evaluations/{id}/judgements")
    @PreAuthorize("isAuthenticated()")
    String judgements(@PathVariable long id, Actor actor, Model model, Locale locale) {
        PilotEvaluations.View view = pilot.view(id, actor);
        List<LabelledStatus> matrices = judging.progress(id, actor).stream()
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
        Judging.MatrixView matrix = judging.matrix(id, actor, key);
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
        Judging.MatrixView matrix = judging.matrix(id, actor, key);
        model.addAttribute("status", judging.preview(id, actor, key, cells(form)));
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
        judging.matrix(id, actor, key);
        judging.saveJudgements(id, actor, key, cells(form));
        redirect.addFlashAttribute(EvaluationPageController.MESSAGE, "pilot.message.judgementsSaved");
        return "redirect:/pilot/evaluations/" + id + "/judgements";
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

    record LabelledStatus(String label, MatrixStatus status) {}

    record Pair(int row, int column, String rowName, String columnName, String value) {}
}
