/**
 * The multi-criteria decision engine as plain Java with no framework: AHP priorities and consistency,
 * hierarchy synthesis, group aggregation (AIJ, AIP), TOPSIS and weight-stability intervals. Inputs are
 * checked here and every problem is reported with the cell or field it concerns
 * ({@link org.vietlao.linkage.pilot.mcda.InvalidInput}); the module maps those to error codes.
 */
package org.vietlao.linkage.pilot.mcda;
