package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static CsvTable parse(String text) throws IOException {
        return CsvTable.parse("test.csv", new StringReader(text));
    }

    @Test
    void skipsTheByteOrderMarkBeforeTheHeader() throws IOException {
        CsvTable table = parse("\uFEFFsection,name\nI,live animals\n");

        assertThat(table.rows().get(0).get("section")).isEqualTo("I");
    }

    @Test
    void readsCrLfLineEndsAndALastRecordWithoutLineEnd() throws IOException {
        CsvTable table = parse("code,name\r\n01,Hà Nội\r\n02,Hà Giang");

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.rows().get(1).get("name")).isEqualTo("Hà Giang");
    }

    @Test
    void skipsTrailingRecordsOfNothingButCommasAndEmptyLines() throws IOException {
        CsvTable table = parse("a,b,c\n1,2,3\n,,\n\n");

        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        CsvTable table = parse("code,text\n0101,\"Horses, asses; \"\"live\"\"\nand more\"\n");

        assertThat(table.rows().get(0).get("text")).isEqualTo("Horses, asses; \"live\"\nand more");
    }

    @Test
    void treatsBlankValuesAsMissing() throws IOException {
        CsvTable.Row row = parse("a,b\n1,  \n").rows().get(0);

        assertThat(row.optional("b")).isNull();
        assertThatThrownBy(() -> row.get("b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsARecordWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> parse("a,b\n1,2,3\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("record 2");
    }

    @Test
    void rejectsAnUnknownColumn() throws IOException {
        CsvTable.Row row = parse("a\n1\n").rows().get(0);

        assertThatThrownBy(() -> row.get("b"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no column b");
    }

    @Test
    void readsEveryShippedFileWithTheRowCountOfItsProvenanceNotes() {
        assertThat(CsvTable.fromClasspath("reference-data/hs/sections.csv").size())
                .isEqualTo(21);
        assertThat(CsvTable.fromClasspath("reference-data/hs/harmonized-system-2022.csv")
                        .size())
                .isEqualTo(6940);
        assertThat(CsvTable.fromClasspath("reference-data/hs/hs_vi.csv").size()).isEqualTo(15173);
        assertThat(CsvTable.fromClasspath("reference-data/geo/provinces.csv").size())
                .isEqualTo(115);
        assertThat(CsvTable.fromClasspath("reference-data/border/border_gates.csv")
                        .size())
                .isEqualTo(32);
    }
}
