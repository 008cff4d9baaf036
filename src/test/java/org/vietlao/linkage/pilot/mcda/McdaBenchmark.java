package org.vietlao.linkage.pilot.mcda;

import java.util.Arrays;
import java.util.Random;

/**
 * A plain timing of the engine at the API's size limits, for docs/benchmarks.md; a main, not a test, so it
 * never decides whether the build passes. Run:
 * {@code mvn -B -ntp -q test-compile && java -cp target/classes:target/test-classes org.vietlao.linkage.pilot.mcda.McdaBenchmark}
 */
public final class McdaBenchmark {

    private McdaBenchmark() {}

    public static void main(String[] args) {
        Random random = new Random(1);
        double[] scale = {1 / 9.0, 1 / 7.0, 1 / 5.0, 1 / 3.0, 1, 3, 5, 7, 9};
        int size = Inputs.MAX_PAIRWISE_SIZE;
        double[][] a = new double[size][size];
        for (int i = 0; i < size; i++) {
            a[i][i] = 1;
            for (int j = i + 1; j < size; j++) {
                a[i][j] = scale[random.nextInt(scale.length)];
                a[j][i] = 1 / a[i][j];
            }
        }
        int m = Inputs.MAX_ALTERNATIVES;
        int n = Inputs.MAX_CRITERIA;
        double[][] x = new double[m][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = 1 + random.nextInt(100);
            }
        }
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        CriterionType[] types = new CriterionType[n];
        Arrays.fill(types, CriterionType.BENEFIT);
        for (int round = 0; round < 4; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 2000; i++) {
                Ahp.analyse(a, RandomIndex.SAATY_2005);
            }
            double ahp = (System.nanoTime() - start) / 1e3 / 2000;
            start = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                Topsis.rank(x, w, types);
            }
            double topsis = (System.nanoTime() - start) / 1e6 / 200;
            start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                Sensitivity.topsis(x, w, types);
            }
            double sensitivity = (System.nanoTime() - start) / 1e6 / 3;
            if (round > 0) {
                System.out.printf(
                        "round %d: AHP %dx%d %.1f µs/op, TOPSIS %dx%d %.2f ms/op, sensitivity %dx%d %.0f ms/op%n",
                        round, size, size, ahp, m, n, topsis, m, n, sensitivity);
            }
        }
    }
}
