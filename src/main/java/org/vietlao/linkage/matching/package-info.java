/**
 * Cross-border partner suggestions with their reasons, expressions of interest and the linkages they become,
 * and the linkage chains analysts curate with the stages nobody fills yet. Other modules read the chains
 * through {@link MatchingDirectory} and hear of new linkages through {@link LinkageEstablished}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "reference", "enterprise"})
package org.vietlao.linkage.matching;
