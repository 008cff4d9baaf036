package org.vietlao.linkage.pilot.mcda;

/** Whether more of a criterion is better (benefit) or worse (cost). */
public enum CriterionType {
    BENEFIT,
    COST
}
