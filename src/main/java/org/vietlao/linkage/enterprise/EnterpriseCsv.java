package org.vietlao.linkage.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;
import org.vietlao.linkage.shared.TextRules;

/**
 * Reads an import file (UTF-8 CSV, RFC 4180 quoting, a header row naming the columns in any order) into
 * drafts, one per row. Offers and needs are compact columns, items separated by {@code |}:
 * {@code offers} = {@code hsCode:annualCapacity:unit:description} (the description may hold colons),
 * {@code needs} = {@code hsCode:annualVolume:unit:CERT+CERT}. Certifications are separated by {@code |} (or {@code +},
 * commas, semicolons, spaces).
 * Numbers and code lists are read by {@link ProfileInput}, as the page form reads them. The format is documented
 * in {@code docs/enterprise-import.md}.
 */
final class EnterpriseCsv {

    static final int MAX_ROWS = 5_000;

    private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z]+");
    static final long MAX_BYTES = 5L * 1024 * 1024;

    static final List<String> REQUIRED = List.of("country", "registrationNumber", "name", "provinceCode", "sector");
    static final List<String> COLUMNS = List.of(
            "country",
            "registrationNumber",
            "name",
            "nameVi",
            "nameLo",
            "nameEn",
            "provinceCode",
            "sector",
            "employees",
            "annualRevenue",
            "sizeClass",
            "certifications",
            "contactName",
            "contactEmail",
            "contactPhone",
            "website",
            "address",
            "offers",
            "needs");

    /** One data row: its number as a spreadsheet shows it, its draft, and what could not even be read. */
    record ParsedRow(int row, Profile.Draft draft, Violations violations) {}

    private EnterpriseCsv() {}

    /** Every data row of the file; ENT-013 for a file that is not UTF-8 CSV with the columns, or too long. */
    static List<ParsedRow> parse(InputStream in) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(in, decoder);
                CSVParser parser = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setIgnoreSurroundingSpaces(true)
                        .get()
                        .parse(withoutByteOrderMark(reader))) {
            Map<String, String> header = header(parser.getHeaderNames());
            List<ParsedRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw unreadable();
                }
                rows.add(row(record, header));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
            // Not UTF-8, a quote left open, a header named twice: nothing of such a file can be trusted.
            throw unreadable();
        }
    }

    static BusinessException unreadable() {
        return new BusinessException(ErrorCode.ENT_013, MAX_ROWS);
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /**
     * Column name to the heading as written. A heading is the column name, optionally followed by labels (the
     * import template writes {@code country (Quốc gia / ປະເທດ / Country)}): only its leading letters count.
     */
    private static Map<String, String> header(List<String> headings) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String heading : headings) {
            Matcher name = COLUMN_NAME.matcher(heading.strip());
            if (!name.lookingAt() || columns.put(name.group(), heading) != null) {
                throw unreadable();
            }
        }
        Set<String> known = Set.copyOf(COLUMNS);
        if (!columns.keySet().containsAll(REQUIRED) || !known.containsAll(columns.keySet())) {
            throw unreadable();
        }
        return columns;
    }

    private static ParsedRow row(CSVRecord csv, Map<String, String> header) {
        Violations violations = new Violations();
        // A cell with a control character is reported and read as empty, so it never reaches the database.
        header.forEach((column, heading) -> {
            if (csv.isMapped(heading) && csv.isSet(heading)) {
                String cell = csv.get(heading);
                int at = TextRules.firstForbidden(cell);
                if (at >= 0) {
                    violations.add(
                            ErrorCode.PLT_012, column, "validation.ForbiddenCharacter", TextRules.describe(cell, at));
                }
            }
        });
        Column record = column -> {
            String heading = header.get(column);
            if (heading == null || !csv.isMapped(heading) || !csv.isSet(heading)) {
                return null;
            }
            String cell = csv.get(heading);
            return TextRules.isAcceptable(cell) ? Profile.text(cell) : null;
        };
        Map<String, String> names =
                ProfileInput.names(value(record, "nameVi"), value(record, "nameLo"), value(record, "nameEn"));
        Integer employees = ProfileInput.employees(value(record, "employees"), "employees", violations);
        BigDecimal revenue = ProfileInput.revenue(value(record, "annualRevenue"), "annualRevenue", violations);
        Profile.Contact contact = new Profile.Contact(
                value(record, "contactName"),
                value(record, "contactEmail"),
                value(record, "contactPhone"),
                value(record, "website"),
                value(record, "address"));
        Profile.Draft draft = new Profile.Draft(
                value(record, "country"),
                value(record, "registrationNumber"),
                value(record, "name"),
                names,
                value(record, "provinceCode"),
                value(record, "sector"),
                employees,
                revenue,
                value(record, "sizeClass"),
                ProfileInput.codes(value(record, "certifications")),
                contact,
                offers(value(record, "offers"), violations),
                needs(value(record, "needs"), violations));
        // The record after the header is row 2, as a spreadsheet numbers it.
        return new ParsedRow((int) csv.getRecordNumber() + 1, draft, violations);
    }

    private static List<Profile.OfferDraft> offers(String column, Violations violations) {
        List<Profile.OfferDraft> offers = new ArrayList<>();
        List<String> items = list(column, "\\|");
        for (int i = 0; i < items.size(); i++) {
            String[] parts = items.get(i).split(":", 4);
            String field = "offers[" + i + "]";
            offers.add(new Profile.OfferDraft(
                    part(parts, 0),
                    part(parts, 3),
                    ProfileInput.quantity(part(parts, 1), field + ".annualCapacity", violations),
                    part(parts, 2)));
        }
        return offers;
    }

    private static List<Profile.NeedDraft> needs(String column, Violations violations) {
        List<Profile.NeedDraft> needs = new ArrayList<>();
        List<String> items = list(column, "\\|");
        for (int i = 0; i < items.size(); i++) {
            String[] parts = items.get(i).split(":", 4);
            String field = "needs[" + i + "]";
            needs.add(new Profile.NeedDraft(
                    part(parts, 0),
                    ProfileInput.quantity(part(parts, 1), field + ".annualVolume", violations),
                    part(parts, 2),
                    ProfileInput.codes(part(parts, 3))));
        }
        return needs;
    }

    private static List<String> list(String text, String separator) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(separator))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? Profile.text(parts[index]) : null;
    }

    private static String value(Column record, String column) {
        return record.value(column);
    }

    /** A row's cells by column name. */
    private interface Column {
        String value(String column);
    }
}
