/**
 * Five-criteria evaluation of pilot linkage models by the two focal-point institutes: group AHP for the
 * weights, TOPSIS for the ranking, the stability of the ranking, and the frozen, exportable result. A
 * candidate's link to a linkage chain is kept as a plain reference id (the matching module does not exist
 * yet), so this module depends on nothing but {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.vietlao.linkage.pilot;
