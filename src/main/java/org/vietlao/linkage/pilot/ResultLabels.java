package org.vietlao.linkage.pilot;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names for the matrices of a result, in the reader's language: "Criteria", "Sub-criteria of …",
 * "Candidates under … (…)".
 */
@Component
class ResultLabels {

    private final MessageSource messages;

    ResultLabels(MessageSource messages) {
        this.messages = messages;
    }

    String matrix(FrozenResult result, FrozenResult.MatrixResult matrix, Locale locale) {
        if (matrix.criterion() == 0) {
            return messages.getMessage("pilot.matrix.criteria", null, locale);
        }
        FrozenResult.CriterionResult criterion = result.criteria().stream()
                .filter(c -> c.position() == matrix.criterion())
                .findFirst()
                .orElseThrow();
        if (matrix.subcriterion() == 0) {
            return messages.getMessage(
                    "pilot.matrix.subcriteria", new Object[] {criterion.name().in(locale)}, locale);
        }
        FrozenResult.SubResult sub = criterion.subcriteria().stream()
                .filter(s -> s.position() == matrix.subcriterion())
                .findFirst()
                .orElseThrow();
        return messages.getMessage(
                "pilot.matrix.candidates",
                new Object[] {sub.name().in(locale), criterion.name().in(locale)},
                locale);
    }

    String spec(Structure.MatrixSpec spec, Structure structure, Locale locale) {
        if (spec.criterion() == 0) {
            return messages.getMessage("pilot.matrix.criteria", null, locale);
        }
        Structure.Criterion criterion = structure.criterion(spec.criterion()).orElseThrow();
        if (spec.subcriterion() == 0) {
            return messages.getMessage(
                    "pilot.matrix.subcriteria", new Object[] {criterion.name().in(locale)}, locale);
        }
        Structure.Subcriterion sub = criterion.subcriteria().stream()
                .filter(s -> s.position() == spec.subcriterion())
                .findFirst()
                .orElseThrow();
        return messages.getMessage(
                "pilot.matrix.candidates",
                new Object[] {sub.name().in(locale), criterion.name().in(locale)},
                locale);
    }
}
