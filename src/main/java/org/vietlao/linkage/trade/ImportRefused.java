package org.vietlao.linkage.trade;

import java.util.ArrayList;
import java.util.List;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

/**
 * A file refused as a whole (TRD-003): nothing imported. Each broken rule of each row is one entry of
 * {@code errors[]} named {@code rows[<row>].<field>} (the header is row 1). A world file with very many bad rows
 * lists the first {@link #MAX_LISTED}; the count covers them all.
 */
class ImportRefused extends BusinessException {

    static final int MAX_LISTED = 1000;

    ImportRefused(List<FieldError> errors, long badRows) {
        super(ErrorCode.TRD_003, errors.size() > MAX_LISTED ? errors.subList(0, MAX_LISTED) : errors, badRows);
    }

    /** Collects the errors of the rows of one file. */
    static final class Collector {

        private final List<FieldError> errors = new ArrayList<>();
        private long badRows;
        private long lastBadRow = -1;

        void add(long row, String field, String messageKey, Object... args) {
            if (row != lastBadRow) {
                badRows++;
                lastBadRow = row;
            }
            if (errors.size() < MAX_LISTED) {
                errors.add(new FieldError("rows[" + row + "]." + field, messageKey, args));
            }
        }

        void addAll(long row, List<FieldError> rowErrors) {
            for (FieldError e : rowErrors) {
                add(row, e.field(), e.messageKey(), e.args());
            }
        }

        boolean isEmpty() {
            return badRows == 0;
        }

        void throwIfAny() {
            if (badRows > 0) {
                throw new ImportRefused(errors, badRows);
            }
        }
    }
}
