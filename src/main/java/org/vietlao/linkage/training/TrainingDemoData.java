package org.vietlao.linkage.training;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.Role;

/**
 * Issues the certificates of the demo enrolments that {@code R__demo_training.sql} records as completed, through the
 * real {@link Certificates} (the SQL cannot write a PDF, and only the code's hash is stored: decision 0062). Runs
 * once per enrolment, at start-up, only when demo data is on (never in the {@code prod} profile).
 */
@Component
@ConditionalOnProperty(name = "linkage.demo-data", havingValue = "true")
class TrainingDemoData {

    private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

    private final JdbcClient jdbc;
    private final Certificates certificates;

    TrainingDemoData(JdbcClient jdbc, Certificates certificates) {
        this.jdbc = jdbc;
        this.certificates = certificates;
    }

    @EventListener(ApplicationReadyEvent.class)
    void issueDemoCertificates() {
        List<Long> pending = jdbc.sql("""
				SELECT e.id FROM training_enrolment e JOIN training_course c ON c.id = e.course_id
				WHERE c.demo AND e.completed_on IS NOT NULL AND e.certificate_hash IS NULL ORDER BY e.id""").query(Long.class).list();
        Actor organiser = Actor.onBehalfOf("analyst", Role.ANALYST);
        pending.forEach(id -> certificates.issue(id, organiser));
        if (!pending.isEmpty()) {
            log.info("Issued {} demo training certificates", pending.size());
        }
    }
}
