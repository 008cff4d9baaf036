package org.vietlao.linkage.pilot.mcda;

/**
 * Synthesis of a three-level hierarchy (goal → criteria → sub-criteria → alternatives) into global
 * priorities, by the distributive mode: the global weight of a sub-criterion is its criterion's weight times
 * its local weight, and an alternative's priority is the sum over sub-criteria of the sub-criterion's
 * global weight times the alternative's local priority under it. A criterion without sub-criteria is given
 * one sub-criterion of local weight 1 carrying the alternatives' priorities under the criterion itself.
 */
public final class Hierarchy {

    private Hierarchy() {}

    /**
     * @param criterionWeights the criteria's priorities, summing to 1
     * @param subWeights for each criterion, its sub-criteria's local priorities
     * @param alternativePriorities for each criterion and sub-criterion, the alternatives' local priorities
     */
    public static Synthesis synthesise(
            double[] criterionWeights, double[][] subWeights, double[][][] alternativePriorities) {
        int criteria = criterionWeights.length;
        if (subWeights.length != criteria || alternativePriorities.length != criteria) {
            throw new IllegalArgumentException("one set of sub-criteria and priorities per criterion");
        }
        int alternatives = alternativePriorities[0][0].length;
        double[][] globalSubWeights = new double[criteria][];
        double[][] byCriterion = new double[alternatives][criteria];
        double[] priorities = new double[alternatives];
        for (int c = 0; c < criteria; c++) {
            globalSubWeights[c] = new double[subWeights[c].length];
            for (int s = 0; s < subWeights[c].length; s++) {
                globalSubWeights[c][s] = criterionWeights[c] * subWeights[c][s];
                for (int a = 0; a < alternatives; a++) {
                    byCriterion[a][c] += subWeights[c][s] * alternativePriorities[c][s][a];
                    priorities[a] += globalSubWeights[c][s] * alternativePriorities[c][s][a];
                }
            }
        }
        return new Synthesis(globalSubWeights, byCriterion, priorities);
    }

    /**
     * @param globalSubWeights each sub-criterion's global weight, by criterion
     * @param byCriterion each alternative's composite priority under each criterion (its sub-criteria
     *     combined by their local weights): the performance matrix that TOPSIS ranks
     * @param priorities each alternative's global priority, summing to 1
     */
    public record Synthesis(double[][] globalSubWeights, double[][] byCriterion, double[] priorities) {}
}
