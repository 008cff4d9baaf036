package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvinceDirectoryTest {

    @Test
    void comparesNamesWithoutUnitPrefixesAccentsAndRemarks() {
        assertThat(ProvinceDirectory.key("Tỉnh Điện Biên")).isEqualTo(ProvinceDirectory.key("Điện Biên"));
        assertThat(ProvinceDirectory.key("Đà Nẵng (centrally-run city)"))
                .isEqualTo(ProvinceDirectory.key("Thành phố Đà Nẵng"));
    }

    @Test
    void comparesLaoProvincesByTheirEnglishNameWithoutProvince() {
        assertThat(ProvinceDirectory.key("Bolikhamxay Province")).isEqualTo(ProvinceDirectory.key("Bolikhamxay"));
        assertThat(ProvinceDirectory.key("Xayabury (Sainyabuli) Province")).isEqualTo("xayabury");
    }

    @Test
    void knowsThuaThienHueByItsNewName() {
        assertThat(ProvinceDirectory.key("Thừa Thiên Huế")).isEqualTo(ProvinceDirectory.key("Thành phố Huế"));
    }

    @Test
    void shortensVietnameseNamesToHowTheyAreSpoken() {
        assertThat(ProvinceDirectory.shortName("Tỉnh Quảng Trị")).isEqualTo("Quảng Trị");
        assertThat(ProvinceDirectory.shortName("Thành phố Huế")).isEqualTo("Huế");
        assertThat(ProvinceDirectory.shortName("ສະຫວັນນະເຂດ")).isEqualTo("ສະຫວັນນະເຂດ");
    }
}
