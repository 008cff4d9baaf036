package org.vietlao.linkage.pilot;

import java.util.Map;
import org.vietlao.linkage.pilot.Evaluations.Cell;
import org.vietlao.linkage.pilot.mcda.Ahp;
import org.vietlao.linkage.pilot.mcda.RandomIndex;

/**
 * How far one evaluator's matrix is filled and, once complete, its analysis.
 *
 * @param analysis {@code null} until every judgement is in
 */
record MatrixStatus(Structure.MatrixSpec spec, int filled, int needed, Ahp.AhpResult analysis) {

    /** The status of these judgements of the matrix, analysed with the evaluation's random-index table. */
    static MatrixStatus of(Structure.MatrixSpec spec, Map<Cell, Double> cells, RandomIndex table) {
        int needed = spec.judgementsNeeded();
        if (cells.size() < needed) {
            return new MatrixStatus(spec, cells.size(), needed, null);
        }
        Ahp.AhpResult analysis = Ahp.analyse(ResultCalculation.matrix(spec.size(), cells), table);
        return new MatrixStatus(spec, cells.size(), needed, analysis);
    }

    boolean complete() {
        return filled >= needed;
    }

    /** Complete, with a consistency ratio the evaluation accepts (at most 0.10). */
    boolean consistent() {
        return complete() && analysis.consistent();
    }
}
