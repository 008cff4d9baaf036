package org.vietlao.linkage.energy;

/**
 * The basis a calorific value is stated on: gross as received (GAR), net as received (NAR) or air-dried (ADB, a
 * laboratory basis). Indonesia quotes GAR; Newcastle, Richards Bay and ARA quote NAR.
 */
enum CalorificBasis {
    GAR,
    NAR,
    ADB
}
