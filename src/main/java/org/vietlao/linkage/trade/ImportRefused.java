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

        private record Entry(long row, String field, String messageKey, Object[] args) {}

        private final List<Entry> entries = new ArrayList<>();
        private long badRows;
        private long lastBadRow = -1;
        private long listedRows;
        private long lastListedRow = -1;

        void add(long row, String field, String messageKey, Object... args) {
            if (row != lastBadRow) {
                badRows++;
                lastBadRow = row;
            }
            if (entries.size() < MAX_LISTED) {
                entries.add(new Entry(row, field, messageKey, args));
                if (row != lastListedRow) {
                    listedRows++;
                    lastListedRow = row;
                }
            }
        }

        void addAll(long row, List<FieldError> rowErrors) {
            for (FieldError e : rowErrors) {
                add(row, e.field(), e.messageKey(), e.args());
            }
        }

        /**
         * Takes over what another collector found in a later part of the same file, whose row numbers start after
         * {@code rowOffset} rows of this one: listed entries are renumbered, unlisted bad rows still counted.
         */
        void merge(Collector part, long rowOffset) {
            for (Entry e : part.entries) {
                add(e.row() + rowOffset, e.field(), e.messageKey(), e.args());
            }
            badRows += part.badRows - part.listedRows;
        }

        boolean isEmpty() {
            return badRows == 0;
        }

        void throwIfAny() {
            if (badRows > 0) {
                List<FieldError> errors = new ArrayList<>(entries.size());
                for (Entry e : entries) {
                    errors.add(new FieldError("rows[" + e.row() + "]." + e.field(), e.messageKey(), e.args()));
                }
                throw new ImportRefused(errors, badRows);
            }
        }
    }
}
