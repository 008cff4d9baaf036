package org.vietlao.linkage.enterprise;

/** Whether an analyst has checked the enterprise against official records. */
enum VerificationStatus {
    UNVERIFIED,
    VERIFIED,
    REJECTED
}
