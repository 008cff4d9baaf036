package org.vietlao.linkage.pilot;

import java.util.List;
import java.util.Map;

/**
 * A pilot evaluation was closed and its result frozen. Published inside the transaction that closes it.
 *
 * @param evaluationId the evaluation
 * @param title its title by language ({@code en}, {@code vi}, {@code lo})
 * @param owner the username of the analyst who owns it
 * @param evaluators the usernames of everyone who judged it
 */
public record EvaluationClosed(long evaluationId, Map<String, String> title, String owner, List<String> evaluators) {

    public EvaluationClosed {
        title = Map.copyOf(title);
        evaluators = List.copyOf(evaluators);
    }
}
