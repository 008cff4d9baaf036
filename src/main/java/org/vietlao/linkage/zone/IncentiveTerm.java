package org.vietlao.linkage.zone;

/**
 * The terms an incentive regime is made of, in the order a comparison shows them. A term is a number (a rate in
 * per cent, years, an amount), a rule ({@link HolidayStart}) or a text in three languages.
 */
enum IncentiveTerm {
    CIT_STANDARD_RATE(Shape.PERCENT),
    CIT_PREFERENTIAL_RATE(Shape.PERCENT),
    CIT_PREFERENTIAL_YEARS(Shape.YEARS),
    CIT_EXEMPT_YEARS(Shape.YEARS),
    CIT_REDUCED_YEARS(Shape.YEARS),
    CIT_REDUCTION_PERCENT(Shape.PERCENT),
    CIT_HOLIDAY_START(Shape.RULE),
    LAND_RENT_EXEMPT_YEARS(Shape.YEARS),
    IMPORT_DUTY(Shape.TEXT),
    VAT(Shape.TEXT),
    CONDITION_SECTOR(Shape.TEXT),
    CONDITION_LOCATION(Shape.TEXT),
    CONDITION_MIN_CAPITAL_USD(Shape.AMOUNT),
    CONDITION_MIN_JOBS(Shape.COUNT);

    enum Shape {
        PERCENT,
        YEARS,
        AMOUNT,
        COUNT,
        RULE,
        TEXT
    }

    final Shape shape;

    IncentiveTerm(Shape shape) {
        this.shape = shape;
    }

    boolean numeric() {
        return shape != Shape.RULE && shape != Shape.TEXT;
    }
}
