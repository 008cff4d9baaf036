package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataMigrationTest {

    @Test
    void checksumsTheDataFilesSoThatAnEditedFileFailsValidation() {
        Integer checksum = new V18__Load_border_gates().getChecksum();

        assertThat(checksum).isNotNull().isEqualTo(new V18__Load_border_gates().getChecksum());
        assertThat(checksum).isNotEqualTo(new V16__Load_provinces().getChecksum());
    }

    @Test
    void namesTheWorldBankSeriesAsTheSourceOfTheLoadedRates() {
        CsvTable.Row row = CsvTable.fromClasspath(ReferenceDataMigration.ROOT + V20__Load_exchange_rates.RATES)
                .rows()
                .get(0);

        assertThat(V20__Load_exchange_rates.source(row))
                .isEqualTo("World Bank WDI PA.NUS.FCRF (IMF International Financial Statistics)");
    }

    @Test
    void padsIsoNumericCodesToThreeDigits() {
        assertThat(V14__Load_countries_and_currencies.threeDigits("4")).isEqualTo("004");
        assertThat(V14__Load_countries_and_currencies.minorUnit("-")).isNull();
        assertThat(V14__Load_countries_and_currencies.minorUnit("2")).isEqualTo(2);
    }
}
