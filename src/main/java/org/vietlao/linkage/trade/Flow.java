package org.vietlao.linkage.trade;

/** Which way goods went, seen from Viet Nam; {@code TOTAL} is two-way turnover. */
enum Flow {
    VN_TO_LA,
    LA_TO_VN,
    TOTAL
}
