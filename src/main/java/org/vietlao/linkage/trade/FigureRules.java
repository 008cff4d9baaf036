package org.vietlao.linkage.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.reference.ReferenceNames;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.BusinessException.FieldError;
import org.vietlao.linkage.shared.GatePairId;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.Money;

/**
 * The rules of a trade figure, for the API and every import alike: each broken rule is one field error, all of
 * them reported at once.
 */
@Component
class FigureRules {

    static final int MAX_TEXT = 300;
    static final int MAX_URL = 1000;
    static final int MAX_NOTES = 2000;
    static final BigDecimal MAX_VALUE = new BigDecimal("1e15");

    private final ReferenceNames names;

    FigureRules(ReferenceNames names) {
        this.names = names;
    }

    /** The figure, or every field error of the input (empty list: valid). */
    record Checked(TradeFigure figure, List<FieldError> errors) {}

    Checked check(FigureInput in) {
        List<FieldError> errors = new ArrayList<>();
        Period period = attempt(errors, "period", in.period(), p -> Period.parse(p, "period"));
        Flow flow = enumValue(errors, "flow", in.flow(), Flow.class);
        String product = product(errors, in.product());
        String gate = null;
        if (blank(in.gatePairId()) == false) {
            GatePairId id = attempt(errors, "gatePairId", in.gatePairId(), g -> GatePairId.parse(g, "gatePairId"));
            if (id != null) {
                if (names.gatePair(id).isEmpty()) {
                    errors.add(new FieldError("gatePairId", "trade.reason.unknownGate", id.value()));
                } else {
                    gate = id.value();
                }
            }
        }
        BigDecimal value = amount(errors, "valueUsd", in.valueUsd(), true);
        BigDecimal low = amount(errors, "rangeLowUsd", in.rangeLowUsd(), false);
        BigDecimal high = amount(errors, "rangeHighUsd", in.rangeHighUsd(), false);
        if (low != null && high != null && low.compareTo(high) > 0) {
            errors.add(new FieldError("rangeLowUsd", "trade.reason.rangeReversed"));
        }
        BigDecimal quantity = amount(errors, "quantity", in.quantity(), false);
        String unit = text(errors, "unit", in.unit(), 10, false);
        String currency = null;
        if (!blank(in.originalCurrency())) {
            currency = attempt(
                    errors, "originalCurrency", in.originalCurrency(), c -> Money.currency(c, "originalCurrency"));
        }
        BigDecimal original = amount(errors, "originalValue", in.originalValue(), false);
        ReportingSide side = enumValue(errors, "reportingSide", in.reportingSide(), ReportingSide.class);
        FigureStatus status = enumValue(errors, "status", in.status(), FigureStatus.class);
        BigDecimal growth = in.publishedGrowthPct();
        if (growth != null
                && (growth.compareTo(BigDecimal.valueOf(-100)) < 0
                        || growth.compareTo(BigDecimal.valueOf(100000)) > 0)) {
            errors.add(new FieldError("publishedGrowthPct", "trade.reason.growthOutOfRange"));
            growth = null;
        }
        String agency = text(errors, "agency", in.agency(), MAX_TEXT, false);
        String publisher = text(errors, "publisher", in.publisher(), MAX_TEXT, true);
        String url = text(errors, "url", in.url(), MAX_URL, false);
        if (url != null && !url.matches("(?i)https?://[^\\s]+")) {
            errors.add(new FieldError("url", "trade.reason.url"));
        }
        String published = text(errors, "published", in.published(), 10, false);
        if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            errors.add(new FieldError("published", "trade.reason.published"));
        }
        String notes = text(errors, "notes", in.notes(), MAX_NOTES, false);
        if (!errors.isEmpty()) {
            return new Checked(null, List.copyOf(errors));
        }
        return new Checked(
                new TradeFigure(
                        0,
                        period,
                        flow,
                        product,
                        gate,
                        value,
                        low,
                        high,
                        quantity,
                        unit,
                        currency,
                        original,
                        side,
                        status,
                        growth,
                        new TradeFigure.Source(agency, publisher, url, published),
                        notes,
                        "ANALYST",
                        0),
                List.of());
    }

    private String product(List<FieldError> errors, String input) {
        if (blank(input) || input.strip().equalsIgnoreCase("TOTAL")) {
            return "TOTAL";
        }
        HsCode code = attempt(errors, "product", input, p -> HsCode.parse(p, "product"));
        if (code == null) {
            return null;
        }
        // National 8-digit lines are not in the nomenclature; their 6-digit subheading must be.
        HsCode known = code.level() > 6 ? code.subheading().orElse(code) : code;
        if (names.hsDescription(known).isEmpty()) {
            errors.add(new FieldError("product", "trade.reason.unknownHs", code.digits()));
            return null;
        }
        return code.digits();
    }

    private static <T> T attempt(List<FieldError> errors, String field, String input, Function<String, T> parse) {
        if (blank(input)) {
            errors.add(new FieldError(field, "validation.NotBlank"));
            return null;
        }
        try {
            return parse.apply(input);
        } catch (BusinessException ex) {
            errors.addAll(
                    ex.errors().isEmpty()
                            ? List.of(new FieldError(field, ex.errorCode().messageKey(), ex.args()))
                            : ex.errors());
            return null;
        } catch (IllegalArgumentException ex) {
            errors.add(new FieldError(field, "validation.Invalid"));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(List<FieldError> errors, String field, String input, Class<E> type) {
        if (blank(input)) {
            errors.add(new FieldError(field, "validation.NotBlank"));
            return null;
        }
        try {
            return Enum.valueOf(type, input.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            errors.add(new FieldError(field, "validation.Unreadable"));
            return null;
        }
    }

    private static BigDecimal amount(List<FieldError> errors, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "validation.NotNull"));
            }
            return null;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "trade.reason.negative"));
            return null;
        }
        if (value.compareTo(MAX_VALUE) > 0 || value.scale() > 3) {
            errors.add(new FieldError(field, "validation.Invalid"));
            return null;
        }
        return value;
    }

    private static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "validation.NotBlank"));
            }
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.add(new FieldError(field, "validation.TooLong", max));
            return null;
        }
        return text;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
