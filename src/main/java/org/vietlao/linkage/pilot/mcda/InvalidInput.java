package org.vietlao.linkage.pilot.mcda;

import java.util.ArrayList;
import java.util.List;

/**
 * Input the engine refuses, with every problem found and the cell or field each one concerns (such as
 * {@code matrix[1][2]} or {@code weights}). The first violation decides the kind reported to the caller.
 */
public final class InvalidInput extends RuntimeException {

    /** At most this many violations are collected, so that a huge bad matrix does not make a huge answer. */
    static final int MAX_VIOLATIONS = 50;

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(
                violations.isEmpty()
                        ? "invalid input"
                        : violations.get(0).kind() + " at " + violations.get(0).field(),
                null,
                false,
                false);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    static InvalidInput of(Kind kind, String field, Object... args) {
        return new InvalidInput(List.of(new Violation(kind, field, args)));
    }

    public List<Violation> violations() {
        return violations;
    }

    public Kind kind() {
        return violations.get(0).kind();
    }

    /** What is wrong. */
    public enum Kind {
        /** No rows, or a row with no cells. */
        EMPTY,
        /** A cell or weight that is missing, not a number or infinite. */
        MISSING_VALUE,
        /** A row whose length differs from the number of rows. */
        NOT_SQUARE,
        /** A diagonal cell other than 1. */
        DIAGONAL_NOT_ONE,
        /** A cell that is not the reciprocal of its mirror cell. */
        NOT_RECIPROCAL,
        /** A judgement outside Saaty's scale [1/9, 9]. */
        OUT_OF_SCALE,
        /** Weights that do not add up to 1. */
        WEIGHTS_NOT_ONE,
        /** A negative weight. */
        NEGATIVE_WEIGHT,
        /** Two inputs whose sizes must agree and do not. */
        SIZE_MISMATCH,
        /** A criterion that is neither "benefit" nor "cost". */
        UNKNOWN_CRITERION_TYPE,
        /** More rows or columns than the engine accepts. */
        TOO_LARGE,
        /** A random-index table name the engine does not know. */
        UNKNOWN_RI_TABLE,
        /** A group aggregation method other than AIJ or AIP. */
        UNKNOWN_METHOD,
        /** A performance column whose values are all zero, so that it cannot be normalised. */
        ZERO_COLUMN
    }

    /**
     * One problem: its kind, the cell or field, and values for the message (the limit, the value found).
     */
    public record Violation(Kind kind, String field, Object... args) {}

    /** Collects violations while checking, and throws them together. */
    static final class Collector {

        private final List<Violation> found = new ArrayList<>();

        void add(Kind kind, String field, Object... args) {
            if (found.size() < MAX_VIOLATIONS) {
                found.add(new Violation(kind, field, args));
            }
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidInput(found);
            }
        }
    }
}
