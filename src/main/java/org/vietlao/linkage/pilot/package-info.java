/**
 * Five-criteria evaluation of pilot linkage models by the two focal-point institutes: group AHP for the
 * weights, TOPSIS for the ranking, the stability of the ranking, and the frozen, exportable result. A
 * candidate may name the linkage chain it models: kept as the chain's id (no foreign key into matching's
 * tables) and checked through matching's public {@code MatchingDirectory} when the candidate is added.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "matching"})
package org.vietlao.linkage.pilot;
