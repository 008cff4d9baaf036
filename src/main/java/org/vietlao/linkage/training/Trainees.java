package org.vietlao.linkage.training;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.Actor;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.EntityChanged;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.ProvinceCode;
import org.vietlao.linkage.shared.UserDirectory;

/**
 * Trainees and their personal data. Only organisers and the trainee themself (the platform account linked to the
 * record, decision 0063) read a trainee; anyone else is answered TRN-004 (404), as if there were none.
 */
@Service
@Transactional
class Trainees {

    static final String ENTITY = "training_trainee";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReferenceNames names;
    private final UserDirectory users;

    Trainees(
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, ReferenceNames names, UserDirectory users) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.names = names;
        this.users = users;
    }

    record NewTrainee(
            @Schema(example = "Nguyễn Thị Lan") @Size(max = 200)
            String fullName,

            @Schema(example = "Management Board of Quảng Trị Economic Zone") @Size(max = 300)
            String organisation,

            @Schema(example = "VN") @Size(max = 2) String country,
            @Schema(example = "44") @Size(max = 6) String province,

            @Schema(example = "Deputy head of investment promotion") @Size(max = 200)
            String jobRole,

            @Schema(example = "lan@example.org") @Size(max = 254)
            String email,

            @Schema(
                    description = "The platform account that signs in as this trainee (optional)",
                    example = "vn-enterprise")
            @Size(max = 100)
            String username) {}

    /** A trainee with their personal data: only for organisers and the trainee. */
    record Trainee(
            long id,
            String fullName,
            String organisation,
            String country,
            String province,
            String jobRole,
            String email,
            String username,
            boolean demo) {}

    Trainee create(NewTrainee body, Actor actor) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (Courses.blank(body.fullName())) {
            errors.add(Courses.field("fullName", "required"));
        }
        if (Courses.blank(body.organisation())) {
            errors.add(Courses.field("organisation", "required"));
        }
        if (!Courses.oneOf(body.country(), "VN", "LA")) {
            errors.add(Courses.field("country", "country"));
        }
        String province = null;
        try {
            ProvinceCode code = ProvinceCode.parse(body.province(), "province");
            if (!code.country().alpha2().equals(body.country())
                    || names.province(code).isEmpty()) {
                errors.add(Courses.field("province", "province"));
            } else {
                province = code.code();
            }
        } catch (BusinessException malformed) {
            errors.add(Courses.field("province", "province"));
        }
        if (!Courses.blank(body.email()) && !body.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(Courses.field("email", "email"));
        }
        String username = Courses.trimmed(body.username());
        if (username != null) {
            if (users.withUsernames(List.of(username)).isEmpty()) {
                errors.add(Courses.field("username", "account"));
            } else if (jdbc.sql("SELECT count(*) FROM training_trainee WHERE username = :u")
                            .param("u", username)
                            .query(Long.class)
                            .single()
                    > 0) {
                errors.add(Courses.field("username", "accountTaken"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.TRN_003, errors);
        }
        long id = jdbc.sql("""
				INSERT INTO training_trainee (full_name, organisation, country, province_code, job_role, email, username,
				  created_by, created_at)
				VALUES (:name, :org, :country, :province, :role, :email, :username, :by, :at) RETURNING id""")
                .param("name", body.fullName().strip())
                .param("org", body.organisation().strip())
                .param("country", body.country())
                .param("province", province)
                .param("role", Courses.trimmed(body.jobRole()))
                .param("email", Courses.trimmed(body.email()))
                .param("username", username)
                .param("by", actor.username())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Trainee trainee = find(id).orElseThrow();
        events.publishEvent(EntityChanged.created(ENTITY, id, values(trainee)));
        return trainee;
    }

    /** The trainee, for an organiser or the trainee themself; TRN-004 for anyone else and for no such trainee. */
    @Transactional(readOnly = true)
    Trainee visibleTo(long id, Actor actor) {
        return find(id).filter(t -> TrainingAccess.readsPersonalData(actor, t.username()))
                .orElseThrow(() -> new BusinessException(ErrorCode.TRN_004, id));
    }

    /** The trainee record linked to the signed-in account, if any. */
    @Transactional(readOnly = true)
    Optional<Trainee> of(Actor actor) {
        return jdbc.sql("SELECT * FROM training_trainee WHERE username = :u")
                .param("u", actor.username())
                .query((rs, n) -> trainee(rs))
                .optional();
    }

    /** Every trainee, for organisers (the caller checks). */
    @Transactional(readOnly = true)
    List<Trainee> all() {
        return jdbc.sql("SELECT * FROM training_trainee ORDER BY full_name, id")
                .query((rs, n) -> trainee(rs))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<Trainee> find(long id) {
        return jdbc.sql("SELECT * FROM training_trainee WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> trainee(rs))
                .optional();
    }

    static Trainee trainee(ResultSet rs) throws SQLException {
        return new Trainee(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("organisation"),
                rs.getString("country"),
                rs.getString("province_code"),
                rs.getString("job_role"),
                rs.getString("email"),
                rs.getString("username"),
                rs.getBoolean("demo"));
    }

    static Map<String, Object> values(Trainee trainee) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fullName", trainee.fullName());
        values.put("organisation", trainee.organisation());
        values.put("country", trainee.country());
        values.put("province", trainee.province());
        values.put("jobRole", trainee.jobRole());
        values.put("email", trainee.email());
        values.put("username", trainee.username());
        return values;
    }
}
