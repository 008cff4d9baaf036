package org.vietlao.linkage.border;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.CountryCode;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.HsCode;
import org.vietlao.linkage.shared.Money;

/**
 * A declaration as sent (the API body), and how it becomes a {@link Declarations.Lodging}: every field checked,
 * every error listed at once under BRD-006 with its field.
 */
record LodgingForm(
        @Schema(example = "1", description = "The trader: an enterprise of the registry")
        Long traderId,

        @Schema(example = "VL-INT-06") @Size(max = 20) String gatePairId,

        @Schema(
                example = "EXPORT",
                allowableValues = {"EXPORT", "IMPORT", "TRANSIT"})
        @Size(max = 10)
        String direction,

        @Valid VehicleForm vehicle,
        @Valid DriverForm driver,
        @Valid @Size(max = LodgingForm.MAX_ITEMS) List<@Valid ItemForm> items) {

    static final int MAX_ITEMS = 100;

    /** Certificate of origin forms accepted (S: Viet Nam–Laos border trade, Circular 10/2016/TT-BCT). */
    static final Set<String> CO_FORMS = Set.of("S", "D", "E", "AK", "AJ", "AI", "AANZ", "RCEP", "CPTPP", "EUR1", "B");

    static final String BORDER_TRADE_PREFERENCE = "VN_LA_BORDER_TRADE_0";

    private static final Pattern UNIT = Pattern.compile("[A-Z0-9]{2,3}");
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1E15");
    private static final BigDecimal MAX_VALUE = new BigDecimal("1E18");

    record VehicleForm(
            @Schema(example = "74C-123.45") @Size(max = 20) String plate,
            @Schema(example = "VN") @Size(max = 3) String country) {}

    record DriverForm(
            @Schema(example = "Nguyễn Văn An") @Size(max = 200)
            String name,

            @Schema(example = "B2-0123456789", description = "Driving licence or passport number") @Size(max = 50)
            String document) {}

    record ItemForm(
            @Schema(example = "071410") @Size(max = 20) String hsCode,

            @Schema(example = "Fresh cassava roots") @Size(max = 500)
            String description,

            @Schema(example = "20000") BigDecimal quantity,

            @Schema(example = "KGM", description = "UN/ECE Recommendation 20 unit code") @Size(max = 10)
            String unit,

            @Schema(example = "60000000") BigDecimal value,
            @Schema(example = "VND") @Size(max = 3) String currency,
            @Schema(example = "LA") @Size(max = 3) String originCountry,

            @Schema(example = "S", description = "Certificate of origin form, if one is attached") @Size(max = 10)
            String certificateOfOrigin) {}

    /** A plate as matched everywhere (camera, app, declaration): letters and digits only, upper case. */
    static String plateKey(String plate) {
        if (plate == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (char c : plate.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }

    Declarations.Lodging toLodging() {
        List<BusinessException.FieldError> errors = new ArrayList<>();
        if (traderId == null || traderId <= 0) {
            errors.add(required("traderId"));
        }
        String gate = text(gatePairId);
        if (gate == null) {
            errors.add(required("gatePairId"));
        } else {
            gate = collect(
                    errors,
                    () -> org.vietlao.linkage.shared.GatePairId.parse(gatePairId, "gatePairId")
                            .value());
        }
        Direction dir = null;
        if (text(direction) == null) {
            errors.add(required("direction"));
        } else {
            try {
                dir = Direction.valueOf(direction.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                errors.add(new BusinessException.FieldError("direction", "border.field.direction", direction));
            }
        }
        String plate = vehicle == null ? "" : plateKey(vehicle.plate());
        if (plate.length() < 3 || plate.length() > 20) {
            errors.add(new BusinessException.FieldError("vehicle.plate", "border.field.plate"));
        }
        String vehicleCountry = vehicle == null || text(vehicle.country()) == null
                ? fail(errors, "vehicle.country")
                : collect(
                        errors,
                        () -> CountryCode.parse(vehicle.country(), "vehicle.country")
                                .alpha2());
        String driverName = driver == null ? null : text(driver.name());
        if (driverName == null) {
            errors.add(required("driver.name"));
        }
        String driverDocument = driver == null ? null : text(driver.document());
        if (driverDocument == null) {
            errors.add(required("driver.document"));
        }
        List<Declarations.Item> parsed = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            errors.add(required("items"));
        } else {
            for (int i = 0; i < items.size(); i++) {
                Declarations.Item item = item(items.get(i), "items[" + i + "].", errors);
                if (item != null) {
                    parsed.add(item);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessException(ErrorCode.BRD_006, errors);
        }
        return new Declarations.Lodging(
                traderId, gate, dir, plate, vehicleCountry, driverName, driverDocument, List.copyOf(parsed));
    }

    private static Declarations.Item item(ItemForm form, String at, List<BusinessException.FieldError> errors) {
        if (form == null) {
            errors.add(required(at.substring(0, at.length() - 1)));
            return null;
        }
        int before = errors.size();
        String hs = text(form.hsCode()) == null
                ? fail(errors, at + "hsCode")
                : collect(
                        errors, () -> HsCode.parse(form.hsCode(), at + "hsCode").digits());
        if (hs != null && hs.length() != 6 && hs.length() != 8) {
            errors.add(new BusinessException.FieldError(at + "hsCode", "border.field.hs-level", hs));
        }
        String description = text(form.description());
        if (description == null) {
            errors.add(required(at + "description"));
        }
        if (form.quantity() == null
                || form.quantity().signum() <= 0
                || form.quantity().compareTo(MAX_QUANTITY) >= 0
                || form.quantity().stripTrailingZeros().scale() > 3) {
            errors.add(new BusinessException.FieldError(at + "quantity", "border.field.quantity"));
        }
        String unit = text(form.unit()) == null ? null : form.unit().strip().toUpperCase(Locale.ROOT);
        if (unit == null || !UNIT.matcher(unit).matches()) {
            errors.add(new BusinessException.FieldError(at + "unit", "border.field.unit"));
        }
        String currency = text(form.currency()) == null
                ? fail(errors, at + "currency")
                : collect(errors, () -> Money.currency(form.currency(), at + "currency"));
        Money value = null;
        if (form.value() == null || form.value().signum() < 0 || form.value().compareTo(MAX_VALUE) >= 0) {
            errors.add(new BusinessException.FieldError(at + "value", "border.field.value"));
        } else if (currency != null) {
            value = Money.of(form.value(), currency);
            if (form.value().stripTrailingZeros().scale() > value.minorUnit()) {
                errors.add(new BusinessException.FieldError(at + "value", "border.field.value"));
            }
        }
        String origin = text(form.originCountry()) == null
                ? fail(errors, at + "originCountry")
                : collect(
                        errors,
                        () -> CountryCode.parse(form.originCountry(), at + "originCountry")
                                .alpha2());
        String co = text(form.certificateOfOrigin()) == null
                ? null
                : form.certificateOfOrigin().strip().toUpperCase(Locale.ROOT);
        if (co != null && !CO_FORMS.contains(co)) {
            errors.add(new BusinessException.FieldError(at + "certificateOfOrigin", "border.field.co-form", co));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Declarations.Item(hs, description, form.quantity(), unit, value, origin, co, preference(origin, co));
    }

    /**
     * Goods of Vietnamese or Lao origin with a Form S certificate: 0 % under the 2015 Viet Nam–Laos Border Trade
     * Agreement (Circular 10/2016/TT-BCT).
     */
    static String preference(String origin, String coForm) {
        boolean partnerOrigin = "VN".equals(origin) || "LA".equals(origin);
        return partnerOrigin && "S".equals(coForm) ? BORDER_TRADE_PREFERENCE : null;
    }

    /** SHA-256 of the checked content: two lodgings with the same key must carry the same content. */
    static String fingerprint(Declarations.Lodging lodging) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(lodging.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BusinessException.FieldError required(String field) {
        return new BusinessException.FieldError(field, "border.field.required");
    }

    private static String fail(List<BusinessException.FieldError> errors, String field) {
        errors.add(required(field));
        return null;
    }

    private static String collect(
            List<BusinessException.FieldError> errors, java.util.function.Supplier<String> parse) {
        try {
            return parse.get();
        } catch (BusinessException ex) {
            errors.addAll(ex.errors());
            return null;
        }
    }
}
