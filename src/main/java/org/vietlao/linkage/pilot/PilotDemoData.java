package org.vietlao.linkage.pilot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.Role;

/**
 * Closes the demo evaluation loaded by {@code R__demo_pilot_evaluation.sql} through the real workflow, as its
 * owner, the first time the application starts with demo data: the SQL can store judgements but only the
 * engine can compute the frozen result. Never active when demo data is off (the {@code prod} profile).
 */
@Component
@ConditionalOnProperty(name = "linkage.demo-data", havingValue = "true")
class PilotDemoData {

    private static final Logger log = LoggerFactory.getLogger(PilotDemoData.class);

    private final Judging pilot;
    private final Evaluations evaluations;

    PilotDemoData(Judging pilot, Evaluations evaluations) {
        this.pilot = pilot;
        this.evaluations = evaluations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void closeDemoEvaluation() {
        evaluations
                .demoEvaluation()
                .flatMap(evaluations::find)
                .filter(evaluation -> evaluation.state() == EvaluationState.OPEN)
                .ifPresent(evaluation -> {
                    try {
                        pilot.close(evaluation.id(), Actor.onBehalfOf(evaluation.owner(), Role.ANALYST));
                        log.info("Closed the demo pilot evaluation {} and froze its result", evaluation.id());
                    } catch (BusinessException ex) {
                        log.warn(
                                "The demo pilot evaluation {} could not be closed: {}",
                                evaluation.id(),
                                ex.errorCode().code());
                    }
                });
    }
}
