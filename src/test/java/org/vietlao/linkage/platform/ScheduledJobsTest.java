package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every scheduled job either takes a cluster-wide lock (ShedLock) or is named here as one that every instance
 * must run, with the reason. A new {@code @Scheduled} method fails this test until someone decides which it is.
 */
class ScheduledJobsTest {

    /** Jobs that refresh one instance's own memory: a lock would leave the other instances stale. */
    private static final Map<String, String> PER_INSTANCE = Map.of(
            "org.vietlao.linkage.matching.MatchingIndex.poll", "applies other instances' changes to this index",
            "org.vietlao.linkage.matching.MatchingIndex.periodicRebuild", "rebuilds this instance's index");

    @Test
    void everyScheduledJobIsLockedOrRunsOnEveryInstanceByDecision() {
        List<JavaMethod> scheduled = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.vietlao.linkage")
                        .stream()
                        .flatMap(type -> type.getMethods().stream())
                        .filter(method -> method.isAnnotatedWith(Scheduled.class))
                        .toList();

        assertThat(scheduled).hasSizeGreaterThanOrEqualTo(5);
        for (JavaMethod method : scheduled) {
            String name = method.getOwner().getName() + "." + method.getName();
            boolean locked = method.isAnnotatedWith(SchedulerLock.class);
            assertThat(locked || PER_INSTANCE.containsKey(name))
                    .as("%s is scheduled: give it @SchedulerLock or list it as per-instance", name)
                    .isTrue();
            assertThat(locked && PER_INSTANCE.containsKey(name))
                    .as("%s is listed as per-instance but takes a lock", name)
                    .isFalse();
        }
    }
}
