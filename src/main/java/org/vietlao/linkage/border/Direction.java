package org.vietlao.linkage.border;

/** Which way the goods go, seen from Viet Nam. */
enum Direction {
    EXPORT,
    IMPORT,
    TRANSIT
}
