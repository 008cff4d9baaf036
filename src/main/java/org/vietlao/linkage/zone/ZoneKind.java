package org.vietlao.linkage.zone;

/** What a park or zone is. */
enum ZoneKind {
    INDUSTRIAL_PARK,
    BORDER_GATE_ECONOMIC_ZONE,
    SPECIAL_ECONOMIC_ZONE,
    JOINT_PARK,
    CLUSTER
}
