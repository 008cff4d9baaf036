package org.vietlao.linkage.zone;

/** How a park is served with one kind of infrastructure (power, water, wastewater treatment). */
enum Supply {
    AVAILABLE,
    PARTIAL,
    PLANNED,
    NONE,
    UNKNOWN
}
