/**
 * Cross-border partner suggestions with their reasons, expressions of interest and the linkages they become,
 * and the linkage chains analysts curate with the stages nobody fills yet. Other modules read the chains
 * through {@link MatchingDirectory} and hear of new linkages through {@link LinkageEstablished}. Matching hears of
 * the trade module's export-potential shortlists and shows them as suggested products (decision 0045).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "reference", "enterprise", "trade"})
package org.vietlao.linkage.matching;
