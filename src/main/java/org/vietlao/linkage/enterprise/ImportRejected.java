package org.vietlao.linkage.enterprise;

import java.util.List;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * An import file refused as a whole (ENT-012). Over the API each bad field is one entry of {@code errors[]}
 * named {@code rows[<row>].<field>}; pages show the same list as a table of row, field and reason.
 */
class ImportRejected extends BusinessException {

    /** One broken rule of one row; rows are numbered as a spreadsheet shows them (the header is row 1). */
    record RowError(int row, Violations.Violation violation) {

        String field() {
            return violation.field();
        }
    }

    private final transient List<RowError> rowErrors;

    ImportRejected(List<RowError> rowErrors) {
        super(
                ErrorCode.ENT_012,
                rowErrors.stream()
                        .map(e -> e.violation().asFieldError("rows[" + e.row() + "]."))
                        .toList(),
                rowErrors.stream().map(RowError::row).distinct().count());
        this.rowErrors = List.copyOf(rowErrors);
    }

    List<RowError> rowErrors() {
        return rowErrors;
    }
}
