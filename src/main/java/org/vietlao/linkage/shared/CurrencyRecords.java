package org.vietlao.linkage.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module that records money in a currency tells the local-currency KPI (issue 15): every transaction
 * it recorded in a period, with the currency it was agreed or settled in. The casework module's KPI page
 * reads every implementation it finds, so that no module depends on it; each implementation reads only its
 * own tables.
 */
public interface CurrencyRecords {

    /** The module's name as used in messages and URLs, such as {@code border} or {@code expo}. */
    String module();

    /** The transactions recorded with a date in {@code [from, to]} (both inclusive), in date order. */
    List<Transaction> transactions(LocalDate from, LocalDate to);

    /** Which way the goods, power or money's counterpart went; {@code NONE} when the record has no direction. */
    enum Flow {
        VN_TO_LA,
        LA_TO_VN,
        NONE
    }

    /**
     * One recorded transaction.
     *
     * @param date the day it was agreed, declared or delivered
     * @param flow its direction
     * @param gate the border gate pair it passed or was agreed for, or {@code null}
     * @param amount the value in the currency it was recorded in (never converted)
     * @param kind what it is within the module, such as {@code declaration} or {@code agreement}
     */
    record Transaction(LocalDate date, Flow flow, GatePairId gate, Money amount, String kind) {}
}
