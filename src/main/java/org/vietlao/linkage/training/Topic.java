package org.vietlao.linkage.training;

/** What a course or a training need is about (the MoU's training pillar). */
enum Topic {
    PARK_MANAGEMENT,
    BORDER_ECONOMIC_ZONE,
    SUPPLY_CHAIN,
    PRODUCTION_LINES,
    TRADE_FACILITATION,
    OTHER;

    static boolean known(String value) {
        for (Topic topic : values()) {
            if (topic.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
