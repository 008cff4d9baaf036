package org.vietlao.linkage.matching;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceData;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.HsCode;

/**
 * Checks the HS codes analysts type into links and chains against the reference nomenclature: a chapter,
 * heading, subheading or national line that exists. A bad code is reported on its field with the reference
 * module's messages (malformed or unknown).
 */
@Component
class HsCodes {

    private final ReferenceData reference;

    HsCodes(ReferenceData reference) {
        this.reference = reference;
    }

    /** The code without spaces or dots, or {@code null} after adding an error for {@code field} to {@code errors}. */
    String checked(String code, String field, List<BusinessException.FieldError> errors) {
        String digits = HsCode.digitsOf(code);
        if (digits.isEmpty()) {
            errors.add(new BusinessException.FieldError(field, "validation.NotBlank"));
            return null;
        }
        if (!HsCode.isWellFormed(digits)) {
            errors.add(new BusinessException.FieldError(field, "error.REF-001.detail", abbreviated(code)));
            return null;
        }
        if (!reference.isKnownHsCode(HsCode.parse(digits))) {
            errors.add(new BusinessException.FieldError(field, "error.REF-002.detail", digits));
            return null;
        }
        return digits;
    }

    static String abbreviated(String input) {
        return input.length() > 20 ? input.substring(0, 20) + "…" : input;
    }
}
