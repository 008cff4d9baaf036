package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.vietlao.linkage.shared.EntityChanged;

/**
 * The platform started alone (it uses only shared): a change any module announces is written to the audit
 * log, with only what changed.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class PlatformModuleTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditTrail audit;

    @Test
    void writesEveryAnnouncedChangeToTheAuditLog() {
        String type = "module_test_" + UUID.randomUUID().toString().substring(0, 8);

        events.publishEvent(
                EntityChanged.updated(type, 7, Map.of("name", "A", "size", 1), Map.of("name", "B", "size", 1)));

        AuditTrail.Page page = audit.page(0, 10, type);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.entries().get(0).changes()).contains("\"name\"").doesNotContain("\"size\"");
    }
}
