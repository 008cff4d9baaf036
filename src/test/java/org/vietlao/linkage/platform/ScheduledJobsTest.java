package org.vietlao.linkage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
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
    void everyScheduledJobIsLockedOrRunsOnEveryInstanceByDecision() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        List<Method> scheduled = new ArrayList<>();
        for (BeanDefinition type : scanner.findCandidateComponents("org.vietlao.linkage")) {
            for (Method method : Class.forName(type.getBeanClassName()).getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    scheduled.add(method);
                }
            }
        }

        assertThat(scheduled).hasSizeGreaterThanOrEqualTo(5);
        for (Method method : scheduled) {
            String name = method.getDeclaringClass().getName() + "." + method.getName();
            boolean locked = method.isAnnotationPresent(SchedulerLock.class);
            assertThat(locked || PER_INSTANCE.containsKey(name))
                    .as("%s is scheduled: give it @SchedulerLock or list it as per-instance", name)
                    .isTrue();
            assertThat(locked && PER_INSTANCE.containsKey(name))
                    .as("%s is listed as per-instance but takes a lock", name)
                    .isFalse();
        }
    }
}
