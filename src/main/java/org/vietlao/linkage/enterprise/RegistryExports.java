package org.vietlao.linkage.enterprise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vietlao.linkage.shared.Spreadsheet;

/**
 * The registry as a spreadsheet in the reader's language: a search's results (the columns of the list page, with
 * province, sector, size and status named rather than coded), and the import template.
 */
@Component
class RegistryExports {

    /** The label of each import column, from the form's own texts. */
    private static final Map<String, String> COLUMN_LABELS = Map.ofEntries(
            Map.entry("country", "enterprise.field.country"),
            Map.entry("registrationNumber", "enterprise.field.registrationNumber"),
            Map.entry("name", "enterprise.field.name"),
            Map.entry("nameVi", "enterprise.field.nameVi"),
            Map.entry("nameLo", "enterprise.field.nameLo"),
            Map.entry("nameEn", "enterprise.field.nameEn"),
            Map.entry("provinceCode", "enterprise.field.province"),
            Map.entry("sector", "enterprise.field.sector"),
            Map.entry("employees", "enterprise.field.employees"),
            Map.entry("annualRevenue", "enterprise.field.annualRevenue"),
            Map.entry("sizeClass", "enterprise.field.sizeClass"),
            Map.entry("certifications", "enterprise.field.certifications"),
            Map.entry("contactName", "enterprise.field.contactName"),
            Map.entry("contactEmail", "enterprise.field.contactEmail"),
            Map.entry("contactPhone", "enterprise.field.contactPhone"),
            Map.entry("website", "enterprise.field.website"),
            Map.entry("address", "enterprise.field.address"),
            Map.entry("offers", "enterprise.profile.offers"),
            Map.entry("needs", "enterprise.profile.needs"));

    /** One row, the Lao example of docs/examples/enterprises-import.csv, in the order of the columns. */
    private static final Map<String, String> EXAMPLE = Map.ofEntries(
            Map.entry("country", "LA"),
            Map.entry("registrationNumber", "LA-0123456"),
            Map.entry("name", "ສະຫະກອນມັນຕົ້ນ ທ່າແຂກ"),
            Map.entry("nameVi", "Hợp tác xã sắn Thakhek"),
            Map.entry("nameLo", ""),
            Map.entry("nameEn", "Thakhek Cassava Cooperative"),
            Map.entry("provinceCode", "LA-KH"),
            Map.entry("sector", "0113"),
            Map.entry("employees", "40"),
            Map.entry("annualRevenue", ""),
            Map.entry("sizeClass", "SMALL"),
            Map.entry("certifications", "GLOBALGAP"),
            Map.entry("contactName", ""),
            Map.entry("contactEmail", "contact@example.org"),
            Map.entry("contactPhone", ""),
            Map.entry("website", ""),
            Map.entry("address", ""),
            Map.entry("offers", "071410:15000:t:fresh cassava roots, peeled"),
            Map.entry("needs", "310520:400:t:|310420:200:t:"));

    private static final List<Locale> TEMPLATE_LANGUAGES =
            List.of(Locale.forLanguageTag("vi"), Locale.forLanguageTag("lo"), Locale.ENGLISH);

    private final MessageSource messages;
    private final PageLabels labels;

    RegistryExports(MessageSource messages, PageLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /** The enterprises found, in the order of the list, with the search's own page cut off. */
    Spreadsheet results(List<Enterprises.Summary> found, Locale locale) {
        Map<String, String> provinces = labels.provinceNames(locale);
        List<String> headers = List.of(
                text("enterprise.field.registrationNumber", locale),
                text("enterprise.field.name", locale),
                text("enterprise.export.nameInLanguage", locale),
                text("enterprise.field.country", locale),
                text("enterprise.field.province", locale),
                text("enterprise.export.sectorCode", locale),
                text("enterprise.export.sectorTitle", locale),
                text("enterprise.field.sizeClass", locale),
                text("enterprise.list.offers", locale),
                text("enterprise.list.needs", locale),
                text("enterprise.field.verification", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (Enterprises.Summary e : found) {
            List<Object> row = new ArrayList<>();
            row.add(e.registrationNumber());
            row.add(e.name());
            row.add(e.names().getOrDefault(locale.getLanguage(), e.name()));
            row.add(text("enterprise.country." + e.country(), locale));
            row.add(provinces.getOrDefault(e.provinceCode(), e.provinceCode()));
            row.add(e.sector());
            row.add(labels.sectorTitle(e.sector(), locale));
            row.add(e.sizeClass() == null ? null : text("enterprise.size." + e.sizeClass(), locale));
            row.add(String.join(" ", e.offerCodes()));
            row.add(String.join(" ", e.needCodes()));
            row.add(text("enterprise.status." + e.verificationStatus(), locale));
            rows.add(row);
        }
        return new Spreadsheet(text("enterprise.export.sheet", locale), headers, rows);
    }

    /**
     * The import template: each heading is the column name the importer reads, followed by its label in
     * Vietnamese, Lao and English; one example row.
     */
    Spreadsheet template() {
        List<String> headers = new ArrayList<>();
        List<Object> example = new ArrayList<>();
        for (String column : EnterpriseCsv.COLUMNS) {
            List<String> names = TEMPLATE_LANGUAGES.stream()
                    .map(language -> text(COLUMN_LABELS.get(column), language))
                    .toList();
            headers.add(column + " (" + String.join(" / ", names) + ")");
            String value = EXAMPLE.get(column);
            example.add(value == null || value.isEmpty() ? null : value);
        }
        return new Spreadsheet("enterprises", headers, List.of(example));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
