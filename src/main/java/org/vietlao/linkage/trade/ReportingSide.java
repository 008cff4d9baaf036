package org.vietlao.linkage.trade;

/** Whose statistics a figure comes from: Viet Nam's, Laos's, or not said by the source. */
enum ReportingSide {
    VN,
    LA,
    UNCLEAR
}
