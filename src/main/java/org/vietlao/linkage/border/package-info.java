/**
 * The smart border gate: pre-arrival declarations with their risk channels and guarded status history, vehicle
 * visits and their release times measured the WCO Time Release Study way, and the border residents' allowance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "reference", "enterprise"})
package org.vietlao.linkage.border;
