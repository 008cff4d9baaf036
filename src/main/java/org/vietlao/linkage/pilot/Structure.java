package org.vietlao.linkage.pilot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an evaluation compares: its criteria with their sub-criteria, its candidate models and its
 * evaluators, and the pairwise matrices these imply.
 */
record Structure(List<Criterion> criteria, List<Candidate> candidates, List<Evaluator> evaluators) {

    static final String CRITERIA_KEY = "C";

    record Criterion(long id, int position, Names name, List<Subcriterion> subcriteria) {}

    record Subcriterion(long id, int position, Names name) {}

    /**
     * @param chainRef id of a linkage chain in the matching module, stored as data and not checked
     */
    record Candidate(long id, int position, Names name, String sector, String description, Long chainRef) {}

    record Evaluator(String username, double weight, String displayName, String organisation) {}

    /**
     * One pairwise matrix to fill: key, the elements compared (rows and columns, in order), and for
     * sub-criteria and candidate matrices the criterion and sub-criterion positions (0 when not applicable).
     */
    record MatrixSpec(String key, List<Names> elements, int criterion, int subcriterion) {

        int size() {
            return elements.size();
        }

        int judgementsNeeded() {
            return size() * (size() - 1) / 2;
        }
    }

    /** Every matrix of the evaluation: criteria, then per criterion its sub-criteria and candidates. */
    List<MatrixSpec> matrices() {
        List<MatrixSpec> specs = new ArrayList<>();
        specs.add(new MatrixSpec(
                CRITERIA_KEY, criteria.stream().map(Criterion::name).toList(), 0, 0));
        List<Names> candidateNames = candidates.stream().map(Candidate::name).toList();
        for (Criterion criterion : criteria) {
            specs.add(new MatrixSpec(
                    "S" + criterion.position(),
                    criterion.subcriteria().stream().map(Subcriterion::name).toList(),
                    criterion.position(),
                    0));
            for (Subcriterion sub : criterion.subcriteria()) {
                specs.add(new MatrixSpec(
                        "A" + criterion.position() + "." + sub.position(),
                        candidateNames,
                        criterion.position(),
                        sub.position()));
            }
        }
        return specs;
    }

    Optional<MatrixSpec> matrix(String key) {
        return matrices().stream().filter(spec -> spec.key().equals(key)).findFirst();
    }

    Optional<Criterion> criterion(int position) {
        return criteria.stream().filter(c -> c.position() == position).findFirst();
    }

    boolean hasEvaluator(String username) {
        return evaluators.stream().anyMatch(e -> e.username().equals(username));
    }
}
