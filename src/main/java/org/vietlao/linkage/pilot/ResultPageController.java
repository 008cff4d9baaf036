package org.vietlao.linkage.pilot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
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
import org.vietlao.linkage.shared.Actor;

/**
 * The frozen result of a closed evaluation: rankings, the reading of it, the sensitivity chart, and its XLSX and
 * PDF exports.
 */
@Controller
class ResultPageController {

    private final Judging judging;
    private final ResultExports exports;
    private final ResultLabels labels;
    private final ResultReading reading;
    private final MessageSource messages;
    private final ObjectMapper json;

    ResultPageController(
            Judging judging,
            ResultExports exports,
            ResultLabels labels,
            ResultReading reading,
            MessageSource messages,
            ObjectMapper json) {
        this.judging = judging;
        this.exports = exports;
        this.labels = labels;
        this.reading = reading;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/pilot/evaluations/{id}/result")
    @PreAuthorize("isAuthenticated()")
    String result(@PathVariable long id, Actor actor, Model model, Locale locale) {
        FrozenResult result = judging.result(id, actor);
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
        FrozenResult result = judging.result(id, actor);
        return JudgementApiController.download(
                exports.xlsx(result, locale), ResultExports.XLSX, "pilot-evaluation-" + id + ".xlsx");
    }

    @GetMapping("/pilot/evaluations/{id}/result.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Actor actor, Locale locale) {
        FrozenResult result = judging.result(id, actor);
        return JudgementApiController.download(
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
}
