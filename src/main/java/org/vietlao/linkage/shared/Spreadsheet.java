package org.vietlao.linkage.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table written as a download, the same way for every list the platform exports: CSV in UTF-8 with a byte-order
 * mark (so that Excel reads Vietnamese and Lao), or XLSX with a bold header row. Text cells of a CSV that a
 * spreadsheet would take for a formula (starting with {@code = + - @}, a tab or a carriage return) get a leading
 * apostrophe; numbers are written as numbers. XLSX text cells are typed as text, which spreadsheets never evaluate.
 *
 * @param sheetName the XLSX sheet name, cut to Excel's 31 characters at a word boundary where possible
 * @param headers the column headings, already in the reader's language
 * @param rows the cells: {@link Number}s stay numbers, {@code null} is an empty cell, anything else is text
 */
public record Spreadsheet(String sheetName, List<String> headers, List<List<Object>> rows) {

    /** The most rows one export writes; a list longer than that is cut and says so in its last row. */
    public static final int MAX_ROWS = 10_000;

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public Spreadsheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** The two formats; parsed from a request parameter, anything else is PLT-002 on {@code format}. */
    public enum Format {
        CSV,
        XLSX;

        public static Format of(String value) {
            if (value == null || value.isBlank()) {
                return XLSX;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw BusinessException.onField(ErrorCode.PLT_002, "format", "format");
            }
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The table as a download named {@code baseName.csv} or {@code baseName.xlsx}. */
    public ResponseEntity<byte[]> download(Format format, String baseName) {
        byte[] body = format == Format.CSV ? csv() : xlsx();
        return ResponseEntity.ok()
                .contentType(format == Format.CSV ? CSV : XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(baseName + "." + format.extension(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    public byte[] csv() {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(headers));
        rows.forEach(row -> line(out, row));
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName(sheetName)));
            Row heading = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                var cell = heading.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, headers.get(c).length() + 4)) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A text cell a spreadsheet will show as text, never run as a formula. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    /** Excel allows 31 characters: cut at the last space before that so that no word is cut in half. */
    static String sheetName(String name) {
        String text = name == null || name.isBlank() ? "Sheet1" : name.strip();
        if (text.length() <= 31) {
            return text;
        }
        int space = text.lastIndexOf(' ', 31);
        return space > 0 ? text.substring(0, space) : text.substring(0, 31);
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            Object value = values.get(c);
            if (value instanceof Number number) {
                out.append(plain(number));
            } else if (value != null) {
                out.append(quoted(neutralised(value.toString())));
            }
        }
        out.append("\r\n");
    }

    private static String plain(Number number) {
        if (number instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return number instanceof java.math.BigDecimal big ? big.toPlainString() : number.toString();
    }

    private static String quoted(String text) {
        boolean needsQuotes = text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.startsWith("'");
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
