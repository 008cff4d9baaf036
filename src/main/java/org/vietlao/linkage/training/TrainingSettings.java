package org.vietlao.linkage.training;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable rules of training (application.yml, {@code linkage.training.*}): how many outputs a course needs
 * before it is closed (issue 17: "at least one output (configurable)"; 0 turns the rule off), the share of sessions a
 * trainee attends and the assessment score they reach to complete, and within how many days of being recorded an
 * output opened by both a business and a regulator counts as "used at once" (decision 0088).
 */
@Component
class TrainingSettings {

    private final int minOutputsToClose;
    private final int attendancePercent;
    private final int passMark;
    private final int usedAtOnceDays;

    TrainingSettings(
            @Value("${linkage.training.min-outputs-to-close:1}") int minOutputsToClose,
            @Value("${linkage.training.attendance-percent:75}") int attendancePercent,
            @Value("${linkage.training.pass-mark:50}") int passMark,
            @Value("${linkage.training.used-at-once-days:30}") int usedAtOnceDays) {
        this.usedAtOnceDays = Math.min(3650, Math.max(0, usedAtOnceDays));
        this.minOutputsToClose = Math.max(0, minOutputsToClose);
        this.attendancePercent = Math.min(100, Math.max(0, attendancePercent));
        this.passMark = Math.min(100, Math.max(0, passMark));
    }

    int minOutputsToClose() {
        return minOutputsToClose;
    }

    int attendancePercent() {
        return attendancePercent;
    }

    int passMark() {
        return passMark;
    }

    int usedAtOnceDays() {
        return usedAtOnceDays;
    }
}
