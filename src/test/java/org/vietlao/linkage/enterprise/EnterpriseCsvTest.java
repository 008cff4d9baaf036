package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vietlao.linkage.shared.BusinessException;
import org.vietlao.linkage.shared.ErrorCode;

class EnterpriseCsvTest {

    static List<EnterpriseCsv.ParsedRow> parse(String csv) {
        return EnterpriseCsv.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsCompactOffersNeedsAndCertifications() {
        List<EnterpriseCsv.ParsedRow> rows =
                parse("\uFEFFcountry,registrationNumber,name,provinceCode,sector,certifications,"
                        + "offers,needs\n"
                        + "LA,LA-0100234,\"Savan, Cassava\",LA-SV,0113,GLOBALGAP|LAOGAP,"
                        + "071410:20000:t:fresh roots: peeled|071410::t:,310420:500:t:ORGANIC+LAOGAP\n");

        assertThat(rows).hasSize(1);
        EnterpriseCsv.ParsedRow row = rows.get(0);
        assertThat(row.row()).as("the header is row 1").isEqualTo(2);
        assertThat(row.violations().isEmpty()).isTrue();
        Profile.Draft draft = row.draft();
        assertThat(draft.name()).isEqualTo("Savan, Cassava");
        assertThat(draft.certifications()).containsExactly("GLOBALGAP", "LAOGAP");
        assertThat(draft.offers())
                .containsExactly(
                        new Profile.OfferDraft("071410", "fresh roots: peeled", new BigDecimal("20000"), "t"),
                        new Profile.OfferDraft("071410", null, null, "t"));
        assertThat(draft.needs())
                .containsExactly(
                        new Profile.NeedDraft("310420", new BigDecimal("500"), "t", List.of("ORGANIC", "LAOGAP")));
    }

    @Test
    void reportsNumbersThatAreNotNumbersOnTheirRow() {
        List<EnterpriseCsv.ParsedRow> rows =
                parse("country,registrationNumber,name,provinceCode,sector,employees,offers\n"
                        + "LA,LA-0100234,A,LA-SV,0113,12,071410:1:t:\n"
                        + "LA,LA-0100235,B,LA-SV,0113,many,071410:lots:t:\n");

        assertThat(rows.get(1).row()).isEqualTo(3);
        assertThat(rows.get(1).violations().all())
                .extracting(Violations.Violation::field)
                .containsExactly("employees", "offers[0].annualCapacity");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsOrWithAnUnknownOne() {
        for (String header :
                List.of("country,name\n", "country,registrationNumber,name,provinceCode,sector,colour\n")) {
            assertThatThrownBy(() -> parse(header))
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            ex -> assertThat(ex.errorCode()).isEqualTo(ErrorCode.ENT_013));
        }
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = "country,registrationNumber,name,provinceCode,sector\nVN,0100233488,Caf\u00e9,40,1062\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> EnterpriseCsv.parse(new ByteArrayInputStream(latin1)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        StringBuilder csv = new StringBuilder("country,registrationNumber,name,provinceCode,sector\n");
        for (int i = 0; i <= EnterpriseCsv.MAX_ROWS; i++) {
            csv.append("LA,LA-").append(1_000_000 + i).append(",N,LA-SV,0113\n");
        }

        assertThatThrownBy(() -> parse(csv.toString())).isInstanceOf(BusinessException.class);
    }

    @Test
    void namesDraftFieldsAfterTheirFormLine() {
        assertThat(EnterprisePageController.formField("offers[1].hsCode", List.of(0, 3), List.of()))
                .isEqualTo("offers[3].hsCode");
        assertThat(EnterprisePageController.formField("needs[0].requiredCertifications[2]", List.of(), List.of(1)))
                .isEqualTo("needs[1].requiredCertifications");
        assertThat(EnterprisePageController.formField("name", List.of(), List.of()))
                .isEqualTo("name");
    }
}
