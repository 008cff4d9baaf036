package org.vietlao.linkage.pilot.mcda;

import java.util.ArrayList;
import java.util.List;

/**
 * Real roots of a polynomial in an interval, isolated exactly: between two consecutive roots of the
 * derivative a polynomial is monotonic, so it has at most one root there, found by bisection.
 */
final class Polynomials {

    private Polynomials() {}

    /**
     * @param coefficients c₀, c₁, … of c₀ + c₁t + c₂t² + …
     * @return the roots in [lo, hi], ascending; none when the polynomial is identically zero
     */
    static List<Double> rootsIn(double[] coefficients, double lo, double hi, double precision) {
        double[] p = trim(coefficients);
        List<Double> roots = new ArrayList<>();
        if (p.length <= 1) {
            return roots;
        }
        if (p.length == 2) {
            double root = -p[0] / p[1];
            if (root >= lo && root <= hi) {
                roots.add(root);
            }
            return roots;
        }
        List<Double> edges = new ArrayList<>();
        edges.add(lo);
        for (double critical : rootsIn(derivative(p), lo, hi, precision)) {
            if (critical > lo && critical < hi) {
                edges.add(critical);
            }
        }
        edges.add(hi);
        for (int e = 0; e < edges.size() - 1; e++) {
            double a = edges.get(e);
            double b = edges.get(e + 1);
            double fa = value(p, a);
            double fb = value(p, b);
            if (fa == 0) {
                addDistinct(roots, a, precision);
            }
            if (fa * fb < 0) {
                addDistinct(roots, bisect(p, a, b, fa, precision), precision);
            }
        }
        if (value(p, hi) == 0) {
            addDistinct(roots, hi, precision);
        }
        return roots;
    }

    static double value(double[] p, double t) {
        double v = 0;
        for (int i = p.length - 1; i >= 0; i--) {
            v = v * t + p[i];
        }
        return v;
    }

    private static double bisect(double[] p, double a, double b, double fa, double precision) {
        double lo = a;
        double hi = b;
        double flo = fa;
        for (int i = 0; i < 200 && hi - lo > precision; i++) {
            double mid = (lo + hi) / 2;
            double fm = value(p, mid);
            if (fm == 0) {
                return mid;
            }
            if (flo * fm < 0) {
                hi = mid;
            } else {
                lo = mid;
                flo = fm;
            }
        }
        return (lo + hi) / 2;
    }

    private static void addDistinct(List<Double> roots, double root, double precision) {
        if (roots.isEmpty() || Math.abs(roots.get(roots.size() - 1) - root) > precision) {
            roots.add(root);
        }
    }

    private static double[] derivative(double[] p) {
        double[] d = new double[p.length - 1];
        for (int i = 1; i < p.length; i++) {
            d[i - 1] = i * p[i];
        }
        return d;
    }

    /** Drops leading coefficients that are zero or negligible against the largest one. */
    private static double[] trim(double[] p) {
        double largest = 0;
        for (double c : p) {
            largest = Math.max(largest, Math.abs(c));
        }
        int degree = p.length - 1;
        while (degree >= 0 && Math.abs(p[degree]) <= largest * 1e-14) {
            degree--;
        }
        double[] trimmed = new double[degree + 1];
        System.arraycopy(p, 0, trimmed, 0, degree + 1);
        return trimmed;
    }
}
