package org.vietlao.linkage.casework;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.TextRules;

/**
 * A case as the filer writes it, from the API's JSON or the page's form; {@link #checked} reads it into the values
 * stored, or refuses with CAS-002 naming every bad field (the same code on both paths).
 */
record CaseDraft(
        @Schema(example = "OBSTACLE") @Size(max = 20) String kind,
        @Schema(example = "CUSTOMS") @Size(max = 30) String topic,
        @Schema(example = "LA") @Size(max = 2) String homeCountry,
        @Schema(example = "VN") @Size(max = 2) String country,
        @Schema(example = "45") @Size(max = 10) String provinceCode,
        @Schema(example = "VL-INT-06") @Size(max = 40) String gatePairId,

        @Schema(example = "[\"071410\"]") @Size(max = MAX_HS)
        List<@Size(max = 12) String> hsCodes,

        @Size(max = MAX_MEASURE) String measure,

        @Schema(example = "Cassava trucks wait two days at Lao Bảo") @Size(max = MAX_TITLE)
        String title,

        @Size(max = MAX_DESCRIPTION) String description,
        @Schema(example = "lo") @Size(max = 2) String language,
        Boolean publishable,
        @Size(max = MAX_NAME) String filerName,
        @Size(max = MAX_MEMBERS) List<@Size(max = MAX_NAME) String> members) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_MEASURE = 500;
    static final int MAX_NAME = 300;
    static final int MAX_MEMBERS = 200;
    static final int MAX_HS = 20;

    /** The values a valid draft stores. */
    record Checked(
            String kind,
            Topic topic,
            String homeCountry,
            String country,
            String provinceCode,
            String gatePairId,
            List<String> hsCodes,
            String measure,
            String title,
            String description,
            String language,
            boolean publishable,
            String filerName,
            List<String> members) {}

    Checked checked(ReferenceNames names, boolean association) {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        String k = upper(kind, "OBSTACLE");
        if (!Set.of("OBSTACLE", "PROPOSAL").contains(k)) {
            errors.add(new BusinessException.FieldError("kind", "casework.error.kind"));
        }
        Topic t = null;
        try {
            t = Topic.valueOf(upper(topic, ""));
        } catch (IllegalArgumentException ex) {
            errors.add(new BusinessException.FieldError("topic", "casework.error.topic"));
        }
        String home = upper(homeCountry, "");
        if (!Set.of("VN", "LA").contains(home)) {
            errors.add(new BusinessException.FieldError("homeCountry", "casework.error.country"));
        }
        String where = upper(country, "");
        if (!Set.of("VN", "LA").contains(where)) {
            errors.add(new BusinessException.FieldError("country", "casework.error.country"));
        }
        String province = blankToNull(provinceCode);
        if (province != null && !province.matches("[0-9]{2}|LA-[A-Z]{2}")) {
            errors.add(new BusinessException.FieldError("provinceCode", "casework.error.province"));
        }
        String gate = blankToNull(gatePairId);
        if (gate != null) {
            try {
                GatePairId id = GatePairId.parse(gate, "gatePairId");
                if (names.gatePair(id).isEmpty()) {
                    errors.add(new BusinessException.FieldError("gatePairId", "casework.error.gate"));
                }
                gate = id.value();
            } catch (BusinessException ex) {
                errors.add(new BusinessException.FieldError("gatePairId", "casework.error.gate"));
            }
        }
        Set<String> hs = new LinkedHashSet<>();
        for (String code : hsCodes == null ? List.<String>of() : hsCodes) {
            var parsed = code == null ? java.util.Optional.<HsCode>empty() : HsCode.tryParse(code);
            if (parsed.isEmpty()) {
                errors.add(new BusinessException.FieldError("hsCodes", "casework.error.hs"));
                break;
            }
            hs.add(parsed.get().digits());
        }
        if (hs.size() > MAX_HS) {
            errors.add(new BusinessException.FieldError("hsCodes", "casework.error.hs"));
        }
        String m = text(measure, "measure", MAX_MEASURE, false, errors);
        String ti = text(title, "title", MAX_TITLE, true, errors);
        String d = text(description, "description", MAX_DESCRIPTION, true, errors);
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!Set.of("en", "vi", "lo").contains(lang)) {
            errors.add(new BusinessException.FieldError("language", "casework.error.language"));
        }
        String name = text(filerName, "filerName", MAX_NAME, false, errors);
        List<String> who = new ArrayList<>();
        for (String member : members == null ? List.<String>of() : members) {
            String n = text(member, "members", MAX_NAME, false, errors);
            if (n != null && !who.contains(n)) {
                who.add(n);
            }
        }
        if (!who.isEmpty() && !association) {
            errors.add(new BusinessException.FieldError("members", "casework.error.members"));
        }
        if (who.size() > MAX_MEMBERS) {
            errors.add(new BusinessException.FieldError("members", "validation.Size", MAX_MEMBERS, 0));
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.CAS_002, errors);
        }
        return new Checked(
                k,
                t,
                home,
                where,
                province,
                gate,
                List.copyOf(hs),
                m,
                ti,
                d,
                lang,
                Boolean.TRUE.equals(publishable),
                name,
                List.copyOf(who));
    }

    private static String upper(String value, String absent) {
        return value == null || value.isBlank() ? absent : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    static String text(
            String value, String field, int max, boolean required, List<BusinessException.FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                errors.add(new BusinessException.FieldError(field, "validation.NotBlank"));
            }
            return null;
        }
        if (v.length() > max || !TextRules.isAcceptable(v)) {
            errors.add(new BusinessException.FieldError(field, "validation.Size", max, 1));
            return null;
        }
        return v;
    }
}
