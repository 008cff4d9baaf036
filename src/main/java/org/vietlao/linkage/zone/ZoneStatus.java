package org.vietlao.linkage.zone;

/** How far a park or zone has come. */
enum ZoneStatus {
    PLANNED,
    UNDER_CONSTRUCTION,
    OPERATING
}
