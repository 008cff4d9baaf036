package org.vietlao.linkage.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * The linkage chains analysts define, audited.
 */
@Repository
class Chains {

    static final String ENTITY = "linkage_chain";
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_STAGES = 12;
    static final int MAX_CODES = 10;
    /** Codes (sector, country, HS code) are checked against their lists; this only bounds what is read. */
    static final int MAX_CODE = 20;

    static final int MAX_LANGUAGE = 5;
    static final Set<String> LANGUAGES = Set.of("vi", "lo", "en");

    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final HsCodes hsCodes;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Chains(JdbcClient jdbc, HsCodes hsCodes, ObjectMapper json, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.hsCodes = hsCodes;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** What an analyst submits; checked by {@link #create} and {@link #update}. */
    record Submission(
            @Size(max = MAX_NAME) String name,
            Map<@Size(max = MAX_LANGUAGE) String, @Size(max = MAX_NAME) String> names,
            @Size(max = MAX_CODE) String sector,
            @Size(max = MAX_DESCRIPTION) String description,
            List<@Valid StageSubmission> stages) {}

    record StageSubmission(
            @Size(max = MAX_CODE) String country,
            List<@Size(max = MAX_CODE) String> hsCodes,
            @Size(max = MAX_NAME) String label,
            Map<@Size(max = MAX_LANGUAGE) String, @Size(max = MAX_NAME) String> labels) {}

    List<Chain> all() {
        List<Chain> chains = jdbc.sql("SELECT * FROM matching_chain ORDER BY id")
                .query(this::chainWithoutStages)
                .list();
        Map<Long, List<Chain.Stage>> stages = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM matching_chain_stage ORDER BY chain_id, position")
                .query(rs -> {
                    stages.computeIfAbsent(rs.getLong("chain_id"), id -> new ArrayList<>())
                            .add(stage(rs));
                });
        return chains.stream()
                .map(chain -> withStages(chain, stages.getOrDefault(chain.id(), List.of())))
                .toList();
    }

    Chain get(long id) {
        Chain chain = jdbc.sql("SELECT * FROM matching_chain WHERE id = :id")
                .param("id", id)
                .query(this::chainWithoutStages)
                .optional()
                .orElseThrow(() -> new BusinessException(ErrorCode.MAT_013, String.valueOf(id)));
        List<Chain.Stage> stages = new ArrayList<>();
        jdbc.sql("SELECT * FROM matching_chain_stage WHERE chain_id = :id ORDER BY position")
                .param("id", id)
                .query(rs -> {
                    stages.add(stage(rs));
                });
        return withStages(chain, stages);
    }

    @Transactional
    Chain create(Submission submission) {
        Chain chain = validated(submission);
        refuseTakenName(chain.name(), 0);
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
				INSERT INTO matching_chain (name, names, sector, description, created_at, updated_at)
				VALUES (:name, CAST(:names AS jsonb), :sector, :description, :now, :now) RETURNING id""")
                .param("name", chain.name())
                .param("names", toJson(chain.names()))
                .param("sector", chain.sector().name())
                .param("description", chain.description())
                .param("now", now)
                .query(Long.class)
                .single();
        insertStages(id, chain.stages());
        events.publishEvent(EntityChanged.created(ENTITY, id, values(chain)));
        return get(id);
    }

    @Transactional
    Chain update(long id, Submission submission) {
        Chain before = get(id);
        Chain chain = validated(submission);
        refuseTakenName(chain.name(), id);
        jdbc.sql("""
				UPDATE matching_chain SET name = :name, names = CAST(:names AS jsonb), sector = :sector,
				       description = :description, updated_at = :now WHERE id = :id""")
                .param("name", chain.name())
                .param("names", toJson(chain.names()))
                .param("sector", chain.sector().name())
                .param("description", chain.description())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM matching_chain_stage WHERE chain_id = :id")
                .param("id", id)
                .update();
        insertStages(id, chain.stages());
        events.publishEvent(EntityChanged.updated(ENTITY, id, values(before), values(chain)));
        return get(id);
    }

    @Transactional
    void delete(long id) {
        get(id);
        jdbc.sql("DELETE FROM matching_chain WHERE id = :id").param("id", id).update();
        events.publishEvent(EntityChanged.deleted(ENTITY, id));
    }

    private void insertStages(long chainId, List<Chain.Stage> stages) {
        for (Chain.Stage stage : stages) {
            jdbc.sql("""
					INSERT INTO matching_chain_stage (chain_id, position, country, hs_codes, label, labels)
					VALUES (:chain, :position, :country, CAST(:codes AS text[]), :label, CAST(:labels AS jsonb))""")
                    .param("chain", chainId)
                    .param("position", stage.position())
                    .param("country", stage.country())
                    .param("codes", "{" + String.join(",", stage.hsCodes()) + "}")
                    .param("label", stage.label())
                    .param("labels", toJson(stage.labels()))
                    .update();
        }
    }

    private void refuseTakenName(String name, long id) {
        if (jdbc.sql("SELECT count(*) FROM matching_chain WHERE name = :name AND id <> :id")
                        .param("name", name)
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0) {
            throw BusinessException.onField(ErrorCode.MAT_018, "name", name);
        }
    }

    private Chain validated(Submission submission) {
        checkLength("name", submission.name(), MAX_NAME);
        checkLength("description", submission.description(), MAX_DESCRIPTION);
        names(submission.names()).forEach((language, text) -> checkLength("names." + language, text, MAX_NAME));
        List<StageSubmission> submitted = submission.stages() == null ? List.of() : submission.stages();
        for (int i = 0; i < submitted.size(); i++) {
            StageSubmission stage = submitted.get(i);
            if (stage != null) {
                checkLength("stages[" + i + "].label", stage.label(), MAX_NAME);
                int at = i;
                names(stage.labels())
                        .forEach((language, text) ->
                                checkLength("stages[" + at + "].labels." + language, text, MAX_NAME));
            }
        }
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String name = trimmed(submission.name());
        if (name == null) {
            errors.add(new BusinessException.FieldError("name", "validation.NotBlank"));
        }
        Map<String, String> names = languages(submission.names(), "names", errors);
        Chain.Sector sector = sector(submission.sector(), errors);
        if (submitted.isEmpty() || submitted.size() > MAX_STAGES) {
            errors.add(new BusinessException.FieldError("stages", "validation.Size", MAX_STAGES, 1));
        }
        List<Chain.Stage> stages = new ArrayList<>();
        for (int i = 0; i < Math.min(submitted.size(), MAX_STAGES); i++) {
            stages.add(stage(i, submitted.get(i), errors));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.MAT_012, errors);
        }
        return new Chain(0, name, names, sector, trimmed(submission.description()), false, stages);
    }

    private Chain.Stage stage(int index, StageSubmission stage, List<BusinessException.FieldError> errors) {
        String field = "stages[" + index + "]";
        if (stage == null) {
            errors.add(new BusinessException.FieldError(field, "validation.NotNull"));
            return null;
        }
        String country = stage.country() == null ? "" : stage.country().strip().toUpperCase(Locale.ROOT);
        if (!Party.VIET_NAM.equals(country) && !Party.LAOS.equals(country)) {
            errors.add(new BusinessException.FieldError(field + ".country", "matching.chain.error.country"));
        }
        List<String> submittedCodes = stage.hsCodes() == null ? List.of() : stage.hsCodes();
        if (submittedCodes.isEmpty() || submittedCodes.size() > MAX_CODES) {
            errors.add(new BusinessException.FieldError(field + ".hsCodes", "validation.Size", MAX_CODES, 1));
        }
        List<String> codes = new ArrayList<>();
        for (int j = 0; j < Math.min(submittedCodes.size(), MAX_CODES); j++) {
            String code = hsCodes.checked(submittedCodes.get(j), field + ".hsCodes[" + j + "]", errors);
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return new Chain.Stage(
                index + 1,
                country,
                List.copyOf(codes),
                trimmed(stage.label()),
                languages(stage.labels(), field + ".labels", errors));
    }

    private static Chain.Sector sector(String sector, List<BusinessException.FieldError> errors) {
        try {
            return Chain.Sector.valueOf(sector == null ? "" : sector.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            errors.add(new BusinessException.FieldError("sector", "matching.chain.error.sector"));
            return null;
        }
    }

    private static Map<String, String> languages(
            Map<String, String> names, String field, List<BusinessException.FieldError> errors) {
        Map<String, String> kept = new LinkedHashMap<>();
        names(names).forEach((language, text) -> {
            if (!LANGUAGES.contains(language)) {
                errors.add(new BusinessException.FieldError(field + "." + language, "matching.chain.error.language"));
            } else if (trimmed(text) != null) {
                kept.put(language, trimmed(text));
            }
        });
        return Map.copyOf(kept);
    }

    private static Map<String, String> names(Map<String, String> names) {
        return names == null ? Map.of() : names;
    }

    private static void checkLength(String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw BusinessException.onField(ErrorCode.MAT_015, field, max);
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, Object> values(Chain chain) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", chain.name());
        values.put("names", chain.names());
        values.put("sector", chain.sector());
        values.put("description", chain.description());
        values.put(
                "stages",
                chain.stages().stream()
                        .map(stage -> stage.country() + ":" + String.join("+", stage.hsCodes()))
                        .toList());
        return values;
    }

    private String toJson(Map<String, String> names) {
        try {
            return json.writeValueAsString(names);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return text == null ? Map.of() : Map.copyOf(json.readValue(text, NAMES));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored names are not a JSON object: " + text, ex);
        }
    }

    private Chain chainWithoutStages(ResultSet rs, int row) throws SQLException {
        return new Chain(
                rs.getLong("id"),
                rs.getString("name"),
                fromJson(rs.getString("names")),
                Chain.Sector.valueOf(rs.getString("sector")),
                rs.getString("description"),
                rs.getBoolean("demo"),
                List.of());
    }

    private Chain.Stage stage(ResultSet rs) throws SQLException {
        return new Chain.Stage(
                rs.getInt("position"),
                rs.getString("country"),
                List.of((String[]) rs.getArray("hs_codes").getArray()),
                rs.getString("label"),
                fromJson(rs.getString("labels")));
    }

    private static Chain withStages(Chain chain, List<Chain.Stage> stages) {
        return new Chain(
                chain.id(),
                chain.name(),
                chain.names(),
                chain.sector(),
                chain.description(),
                chain.demo(),
                List.copyOf(stages));
    }
}
