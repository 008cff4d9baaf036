/**
 * Trade monitoring: every published Viet Nam–Laos trade figure with its source, the reconciled yearly series
 * with the rule that chose each figure, progress against the targets the two governments set, and the
 * complementarity indicators (RCA, TCI, trade intensity, HHI, Grubel–Lloyd) computed from imported world tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "reference", "border"})
package org.vietlao.linkage.trade;
