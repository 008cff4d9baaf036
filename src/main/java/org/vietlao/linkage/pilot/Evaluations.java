package org.vietlao.linkage.pilot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.vietlao.linkage.pilot.mcda.GroupMethod;
import org.vietlao.linkage.pilot.mcda.RandomIndex;
import org.vietlao.linkage.shared.Actor;

/**
 * The pilot tables, read and written with plain SQL.
 */
@Repository
class Evaluations {

    private static final String EVALUATION_COLUMNS = "e.id, e.title_en, e.title_vi, e.title_lo, e.description, "
            + "e.owner_username, e.state, e.method, e.ri_table, e.demo, e.created_at, e.opened_at, e.closed_at";

    private final JdbcClient jdbc;

    Evaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Names title, String description, String owner, GroupMethod method, RandomIndex riTable) {
        return jdbc.sql("""
				INSERT INTO pilot_evaluation (title_en, title_vi, title_lo, description, owner_username, method, ri_table)
				VALUES (:en, :vi, :lo, :description, :owner, :method, :ri) RETURNING id""")
                .param("en", title.en())
                .param("vi", title.vi())
                .param("lo", title.lo())
                .param("description", description)
                .param("owner", owner)
                .param("method", method.name())
                .param("ri", riTable.key())
                .query(Long.class)
                .single();
    }

    void update(long id, Names title, String description, GroupMethod method, RandomIndex riTable) {
        jdbc.sql("""
				UPDATE pilot_evaluation SET title_en = :en, title_vi = :vi, title_lo = :lo, description = :description,
				    method = :method, ri_table = :ri WHERE id = :id""")
                .param("en", title.en())
                .param("vi", title.vi())
                .param("lo", title.lo())
                .param("description", description)
                .param("method", method.name())
                .param("ri", riTable.key())
                .param("id", id)
                .update();
    }

    Optional<Evaluation> find(long id) {
        return jdbc.sql("SELECT " + EVALUATION_COLUMNS + " FROM pilot_evaluation e WHERE e.id = :id")
                .param("id", id)
                .query(Evaluations::evaluation)
                .optional();
    }

    /** Locks the evaluation's row, so that two closings or a closing and a judgement do not interleave. */
    Optional<Evaluation> lock(long id) {
        return jdbc.sql("SELECT " + EVALUATION_COLUMNS + " FROM pilot_evaluation e WHERE e.id = :id FOR UPDATE")
                .param("id", id)
                .query(Evaluations::evaluation)
                .optional();
    }

    Optional<Long> demoEvaluation() {
        return jdbc.sql("SELECT id FROM pilot_evaluation WHERE demo ORDER BY id LIMIT 1")
                .query(Long.class)
                .optional();
    }

    /** Evaluations the actor owns or judges, and for ministry and admin every closed one; newest first. */
    List<Summary> visibleTo(Actor actor) {
        return jdbc.sql("SELECT " + EVALUATION_COLUMNS + """
				, (SELECT count(*) FROM pilot_candidate c WHERE c.evaluation_id = e.id) AS candidates,
				  (SELECT count(*) FROM pilot_evaluator v WHERE v.evaluation_id = e.id) AS evaluators
				FROM pilot_evaluation e
				WHERE e.owner_username = :user
				   OR EXISTS (SELECT 1 FROM pilot_evaluator v WHERE v.evaluation_id = e.id AND v.username = :user)
				   OR (:readsClosed AND e.state = 'CLOSED')
				ORDER BY e.created_at DESC, e.id DESC""")
                .param("user", actor.username())
                .param("readsClosed", actor.readsEveryClosedEvaluation())
                .query((rs, n) -> {
                    Evaluation evaluation = evaluation(rs, n);
                    return new Summary(
                            evaluation, rs.getInt("candidates"), rs.getInt("evaluators"), evaluation.owner());
                })
                .list();
    }

    boolean isEvaluator(long id, String username) {
        return jdbc.sql("SELECT count(*) FROM pilot_evaluator WHERE evaluation_id = :id AND username = :user")
                        .param("id", id)
                        .param("user", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void changeState(long id, EvaluationState state, Instant at) {
        String column = state == EvaluationState.OPEN ? "opened_at" : "closed_at";
        jdbc.sql("UPDATE pilot_evaluation SET state = :state, " + column + " = :at WHERE id = :id")
                .param("state", state.name())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    Structure structure(long id) {
        Map<Long, List<Structure.Subcriterion>> subs = new HashMap<>();
        jdbc.sql("""
				SELECT s.id, s.criterion_id, s.position, s.name_en, s.name_vi, s.name_lo
				FROM pilot_subcriterion s JOIN pilot_criterion c ON c.id = s.criterion_id
				WHERE c.evaluation_id = :id ORDER BY s.criterion_id, s.position""").param("id", id).query((RowCallbackHandler)
                rs -> subs.computeIfAbsent(rs.getLong("criterion_id"), k -> new ArrayList<>())
                        .add(new Structure.Subcriterion(rs.getLong("id"), rs.getInt("position"), names(rs))));
        List<Structure.Criterion> criteria = jdbc.sql("""
				SELECT id, position, name_en, name_vi, name_lo FROM pilot_criterion
				WHERE evaluation_id = :id ORDER BY position""")
                .param("id", id)
                .query((rs, n) -> new Structure.Criterion(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        names(rs),
                        List.copyOf(subs.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        List<Structure.Candidate> candidates = jdbc.sql("""
				SELECT id, position, name_en, name_vi, name_lo, sector, description, chain_ref FROM pilot_candidate
				WHERE evaluation_id = :id ORDER BY position""")
                .param("id", id)
                .query((rs, n) -> new Structure.Candidate(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        names(rs),
                        rs.getString("sector"),
                        rs.getString("description"),
                        (Long) rs.getObject("chain_ref")))
                .list();
        List<Structure.Evaluator> evaluators = jdbc.sql("""
				SELECT v.username, v.weight, d.display_name, d.organisation
				FROM pilot_evaluator v LEFT JOIN pilot_analyst_directory d ON d.username = v.username
				WHERE v.evaluation_id = :id ORDER BY v.invited_at, v.username""")
                .param("id", id)
                .query((rs, n) -> new Structure.Evaluator(
                        rs.getString("username"),
                        rs.getDouble("weight"),
                        rs.getString("display_name"),
                        rs.getString("organisation")))
                .list();
        return new Structure(criteria, candidates, evaluators);
    }

    long insertCriterion(long evaluationId, int position, Names name) {
        return jdbc.sql("""
				INSERT INTO pilot_criterion (evaluation_id, position, name_en, name_vi, name_lo)
				VALUES (:evaluation, :position, :en, :vi, :lo) RETURNING id""")
                .param("evaluation", evaluationId)
                .param("position", position)
                .param("en", name.en())
                .param("vi", name.vi())
                .param("lo", name.lo())
                .query(Long.class)
                .single();
    }

    void renameCriterion(long criterionId, Names name) {
        jdbc.sql("UPDATE pilot_criterion SET name_en = :en, name_vi = :vi, name_lo = :lo WHERE id = :id")
                .param("en", name.en())
                .param("vi", name.vi())
                .param("lo", name.lo())
                .param("id", criterionId)
                .update();
    }

    long insertSubcriterion(long criterionId, Names name) {
        return jdbc.sql("""
				INSERT INTO pilot_subcriterion (criterion_id, position, name_en, name_vi, name_lo)
				VALUES (:criterion, (SELECT coalesce(max(position), 0) + 1 FROM pilot_subcriterion WHERE criterion_id = :criterion),
				        :en, :vi, :lo) RETURNING id""")
                .param("criterion", criterionId)
                .param("en", name.en())
                .param("vi", name.vi())
                .param("lo", name.lo())
                .query(Long.class)
                .single();
    }

    void renameSubcriterion(long subId, Names name) {
        jdbc.sql("UPDATE pilot_subcriterion SET name_en = :en, name_vi = :vi, name_lo = :lo WHERE id = :id")
                .param("en", name.en())
                .param("vi", name.vi())
                .param("lo", name.lo())
                .param("id", subId)
                .update();
    }

    /** Deletes a sub-criterion and closes the gap in the positions after it. */
    void deleteSubcriterion(long criterionId, long subId, int position) {
        jdbc.sql("DELETE FROM pilot_subcriterion WHERE id = :id")
                .param("id", subId)
                .update();
        jdbc.sql(
                        "UPDATE pilot_subcriterion SET position = position - 1 WHERE criterion_id = :criterion AND position > :position")
                .param("criterion", criterionId)
                .param("position", position)
                .update();
    }

    long insertCandidate(long evaluationId, Names name, String sector, String description, Long chainRef) {
        return jdbc.sql("""
				INSERT INTO pilot_candidate (evaluation_id, position, name_en, name_vi, name_lo, sector, description, chain_ref)
				VALUES (:evaluation, (SELECT coalesce(max(position), 0) + 1 FROM pilot_candidate WHERE evaluation_id = :evaluation),
				        :en, :vi, :lo, :sector, :description, :chain) RETURNING id""")
                .param("evaluation", evaluationId)
                .param("en", name.en())
                .param("vi", name.vi())
                .param("lo", name.lo())
                .param("sector", sector)
                .param("description", description)
                .param("chain", chainRef)
                .query(Long.class)
                .single();
    }

    /** Records where a proposed candidate came from (decision 0044). */
    void markCandidateSource(long candidateId, String sourceRef) {
        jdbc.sql("UPDATE pilot_candidate SET source_ref = :source WHERE id = :id")
                .param("source", sourceRef)
                .param("id", candidateId)
                .update();
    }

    /** The candidate of the evaluation proposed from this source, if any. */
    java.util.Optional<Long> candidateFrom(long evaluationId, String sourceRef) {
        return jdbc.sql("SELECT id FROM pilot_candidate WHERE evaluation_id = :evaluation AND source_ref = :source")
                .param("evaluation", evaluationId)
                .param("source", sourceRef)
                .query(Long.class)
                .optional();
    }

    void deleteCandidate(long evaluationId, long candidateId, int position) {
        jdbc.sql("DELETE FROM pilot_candidate WHERE id = :id")
                .param("id", candidateId)
                .update();
        jdbc.sql(
                        "UPDATE pilot_candidate SET position = position - 1 WHERE evaluation_id = :evaluation AND position > :position")
                .param("evaluation", evaluationId)
                .param("position", position)
                .update();
    }

    void insertEvaluator(long evaluationId, String username, double weight) {
        jdbc.sql("INSERT INTO pilot_evaluator (evaluation_id, username, weight) VALUES (:evaluation, :user, :weight)")
                .param("evaluation", evaluationId)
                .param("user", username)
                .param("weight", weight)
                .update();
    }

    int deleteEvaluator(long evaluationId, String username) {
        return jdbc.sql("DELETE FROM pilot_evaluator WHERE evaluation_id = :evaluation AND username = :user")
                .param("evaluation", evaluationId)
                .param("user", username)
                .update();
    }

    Optional<Analyst> analyst(String username) {
        return jdbc.sql(
                        "SELECT username, display_name, organisation, country FROM pilot_analyst_directory WHERE username = :user")
                .param("user", username)
                .query(Evaluations::analyst)
                .optional();
    }

    List<Analyst> analysts() {
        return jdbc.sql(
                        "SELECT username, display_name, organisation, country FROM pilot_analyst_directory ORDER BY username")
                .query(Evaluations::analyst)
                .list();
    }

    /** One evaluator's judgements in one matrix, keyed by row and column (row &lt; column). */
    Map<Cell, Double> judgements(long evaluationId, String username, String key) {
        Map<Cell, Double> cells = new LinkedHashMap<>();
        jdbc.sql("""
				SELECT row_index, col_index, value FROM pilot_judgement
				WHERE evaluation_id = :evaluation AND username = :user AND matrix_key = :key""")
                .param("evaluation", evaluationId)
                .param("user", username)
                .param("key", key)
                .query((RowCallbackHandler) rs ->
                        cells.put(new Cell(rs.getInt("row_index"), rs.getInt("col_index")), rs.getDouble("value")));
        return cells;
    }

    /** Every judgement of an evaluation: evaluator → matrix key → cells. */
    Map<String, Map<String, Map<Cell, Double>>> allJudgements(long evaluationId) {
        Map<String, Map<String, Map<Cell, Double>>> all = new HashMap<>();
        jdbc.sql(
                        "SELECT username, matrix_key, row_index, col_index, value FROM pilot_judgement WHERE evaluation_id = :evaluation")
                .param("evaluation", evaluationId)
                .query((RowCallbackHandler) rs -> all.computeIfAbsent(rs.getString("username"), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString("matrix_key"), k -> new HashMap<>())
                        .put(new Cell(rs.getInt("row_index"), rs.getInt("col_index")), rs.getDouble("value")));
        return all;
    }

    /** Replaces one evaluator's judgements in one matrix. */
    void replaceJudgements(long evaluationId, String username, String key, Map<Cell, Double> cells, Instant at) {
        jdbc.sql(
                        "DELETE FROM pilot_judgement WHERE evaluation_id = :evaluation AND username = :user AND matrix_key = :key")
                .param("evaluation", evaluationId)
                .param("user", username)
                .param("key", key)
                .update();
        for (Map.Entry<Cell, Double> cell : cells.entrySet()) {
            jdbc.sql("""
					INSERT INTO pilot_judgement (evaluation_id, username, matrix_key, row_index, col_index, value, updated_at)
					VALUES (:evaluation, :user, :key, :row, :col, :value, :at)""")
                    .param("evaluation", evaluationId)
                    .param("user", username)
                    .param("key", key)
                    .param("row", cell.getKey().row())
                    .param("col", cell.getKey().column())
                    .param("value", cell.getValue())
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    void saveResult(long evaluationId, String json, String closedBy, Instant closedAt) {
        jdbc.sql("""
				INSERT INTO pilot_result (evaluation_id, result, closed_by, closed_at)
				VALUES (:evaluation, CAST(:json AS jsonb), :by, :at)""")
                .param("evaluation", evaluationId)
                .param("json", json)
                .param("by", closedBy)
                .param("at", Timestamp.from(closedAt))
                .update();
    }

    Optional<String> result(long evaluationId) {
        return jdbc.sql("SELECT result::text FROM pilot_result WHERE evaluation_id = :evaluation")
                .param("evaluation", evaluationId)
                .query(String.class)
                .optional();
    }

    private static Evaluation evaluation(ResultSet rs, int n) throws SQLException {
        return new Evaluation(
                rs.getLong("id"),
                new Names(rs.getString("title_en"), rs.getString("title_vi"), rs.getString("title_lo")),
                rs.getString("description"),
                rs.getString("owner_username"),
                EvaluationState.valueOf(rs.getString("state")),
                GroupMethod.valueOf(rs.getString("method")),
                RandomIndex.byKey(rs.getString("ri_table")).orElse(RandomIndex.SAATY_1980),
                rs.getBoolean("demo"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("opened_at")),
                instant(rs.getTimestamp("closed_at")));
    }

    private static Analyst analyst(ResultSet rs, int n) throws SQLException {
        return new Analyst(
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("organisation"),
                rs.getString("country"));
    }

    private static Names names(ResultSet rs) throws SQLException {
        return new Names(rs.getString("name_en"), rs.getString("name_vi"), rs.getString("name_lo"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** @param ownerName the owner's display name (the username until {@link #withOwnerName} is given one) */
    record Summary(Evaluation evaluation, int candidates, int evaluators, String ownerName) {

        Summary withOwnerName(String name) {
            return new Summary(evaluation, candidates, evaluators, name);
        }
    }

    record Analyst(String username, String displayName, String organisation, String country) {}

    /** A cell above the diagonal: row &lt; column, 0-based. */
    record Cell(int row, int column) {}
}
