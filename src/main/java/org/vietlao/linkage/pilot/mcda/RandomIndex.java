package org.vietlao.linkage.pilot.mcda;

import java.util.Arrays;
import java.util.Optional;

/**
 * Random-index tables: the mean consistency index of random reciprocal matrices of each size, the
 * denominator of the consistency ratio. Several were published from different simulations; the result of
 * an analysis names the one it used. RI is 0 for n = 1 and 2 in every table (such matrices are always
 * consistent).
 */
public enum RandomIndex {

    /**
     * Saaty, T. L. (1980), The Analytic Hierarchy Process, McGraw-Hill: n = 1..10 as quoted in the platform's
     * issue 4 (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49). The default.
     */
    SAATY_1980("saaty1980", 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49),

    /**
     * Saaty, T. L. (2005), Theory and Applications of the Analytic Network Process, RWS Publications, p. 31:
     * n = 1..15, the table AHPy (PhilipGriffith/AHPy, {@code random_index='saaty'}) uses.
     */
    SAATY_2005("saaty2005", 0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59),

    /**
     * Donegan, H. A. and Dodd, F. J. (1991), A note on Saaty's random indexes, Mathematical and Computer
     * Modelling 15(10), 135–137, doi:10.1016/0895-7177(91)90098-R: n = 1..15 (the values AHPy uses by
     * default, {@code random_index='dd'}).
     */
    DONEGAN_DODD_1991(
            "doneganDodd1991",
            0,
            0,
            0.4914,
            0.8286,
            1.0591,
            1.1797,
            1.2519,
            1.3171,
            1.3733,
            1.4055,
            1.4213,
            1.4497,
            1.4643,
            1.4822,
            1.4969),

    /**
     * Alonso, J. A. and Lamata, M. T. (2006), Consistency in the analytic hierarchy process: a new approach,
     * International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems 14(4), 445–459: n = 1..15
     * from 100,000 random matrices per size.
     */
    ALONSO_LAMATA_2006(
            "alonsoLamata2006",
            0,
            0,
            0.5245,
            0.8815,
            1.1086,
            1.2479,
            1.3417,
            1.4056,
            1.4499,
            1.4854,
            1.5141,
            1.5365,
            1.5551,
            1.5713,
            1.5838);

    private final String key;
    private final double[] values;

    RandomIndex(String key, double... values) {
        this.key = key;
        this.values = values;
    }

    /** The name used in requests and results, such as {@code saaty1980}. */
    public String key() {
        return key;
    }

    /** The largest matrix this table has a value for. */
    public int maxSize() {
        return values.length;
    }

    public boolean covers(int n) {
        return n >= 1 && n <= values.length;
    }

    /** RI for an n×n matrix. */
    public double of(int n) {
        if (!covers(n)) {
            throw new IllegalArgumentException("the " + key + " table has no value for n = " + n);
        }
        return values[n - 1];
    }

    public static Optional<RandomIndex> byKey(String key) {
        return Arrays.stream(values()).filter(table -> table.key.equals(key)).findFirst();
    }
}
