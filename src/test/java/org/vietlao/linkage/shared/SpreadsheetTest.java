package org.vietlao.linkage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    static final Spreadsheet TABLE = new Spreadsheet(
            "ວິສາຫະກິດ",
            List.of("Tên", "ຊື່", "Score"),
            List.of(
                    List.of("Hợp tác xã sắn Savan", "ສະຫະກອນມັນຕົ້ນສະຫວັນ", 0.75),
                    Arrays.asList("=HYPERLINK(\"http://evil\")", "+1", -5),
                    Arrays.asList("@SUM(A1)", null, 12.0),
                    Arrays.asList("-2+3", "a, \"quoted\" text", null)));

    @Test
    void writesCsvInUtf8WithAByteOrderMarkSoThatExcelReadsVietnameseAndLao() {
        byte[] csv = TABLE.csv();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Tên,ຊື່,Score\r\nHợp tác xã sắn Savan,ສະຫະກອນມັນຕົ້ນສະຫວັນ,0.75\r\n");
    }

    @Test
    void neutralisesTextCellsASpreadsheetWouldRunAsFormulasButKeepsNumbers() {
        String text = new String(TABLE.csv(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(text.split("\r\n"));

        assertThat(lines.get(2)).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\",\"'+1\",-5");
        assertThat(lines.get(3)).isEqualTo("\"'@SUM(A1)\",,12");
        assertThat(lines.get(4)).isEqualTo("\"'-2+3\",\"a, \"\"quoted\"\" text\",");
        assertThat(Spreadsheet.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Spreadsheet.neutralised("071410")).isEqualTo("071410");
    }

    @Test
    void writesXlsxWithTextAsTextAndNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TABLE.xlsx()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("ວິສາຫະກິດ");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("ຊື່");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(0.75);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void cutsALongSheetNameAtAWordBoundary() {
        assertThat(Spreadsheet.sheetName("ຄູ່ຮ່ວມ ທີ່ແນະນຳ ສຳລັບ ວິສາຫະກິດ ທີ່ຢູ່ ແຂວງ ສະຫວັນນະເຂດ"))
                .isEqualTo("ຄູ່ຮ່ວມ ທີ່ແນະນຳ ສຳລັບ");
        assertThat(Spreadsheet.sheetName("Partners")).isEqualTo("Partners");
    }

    @Test
    void refusesAnUnknownFormatNamingTheParameter() {
        assertThat(Spreadsheet.Format.of("CSV")).isEqualTo(Spreadsheet.Format.CSV);
        assertThat(Spreadsheet.Format.of(null)).isEqualTo(Spreadsheet.Format.XLSX);
        assertThatThrownBy(() -> Spreadsheet.Format.of("pdf")).isInstanceOfSatisfying(BusinessException.class, ex -> {
            assertThat(ex.errorCode()).isEqualTo(ErrorCode.PLT_002);
            assertThat(ex.errors())
                    .extracting(BusinessException.FieldError::field)
                    .containsExactly("format");
        });
    }
}
