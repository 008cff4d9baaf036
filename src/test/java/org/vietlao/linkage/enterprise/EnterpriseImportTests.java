package org.vietlao.linkage.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;

/**
 * CSV import by analysts: all rows or none, and a report of every bad row.
 */
@IntegrationTest
class EnterpriseImportTests {

    static final String HEADER = "country,registrationNumber,name,nameEn,provinceCode,sector,employees,sizeClass,"
            + "certifications,offers,needs\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient(port);
    }

    ApiClient.Response upload(String user, String csv) {
        String boundary = "----enterprise-import-test";
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"enterprises.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return client.send(client.builder("/api/v1/enterprises/import", user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    long enterprisesNamed(String prefix) {
        return jdbc.sql("SELECT count(*) FROM enterprise WHERE name LIKE :prefix")
                .param("prefix", prefix + "%")
                .query(Long.class)
                .single();
    }

    static String row(String taxCode, String name, String offers) {
        return "VN," + taxCode + ",\"" + name + "\",Imported Starch,40,1062,120,,HACCP|ISO9001," + offers
                + ",071410:50000:t:LAOGAP\n";
    }

    @Test
    void importsEveryRowOfAGoodFileInOneGo() {
        String csv = HEADER + row(EnterpriseApiTests.newTaxCode(), "Nhập khẩu Tốt 1", "110814:20000:t:tinh bột: loại 1")
                + row(EnterpriseApiTests.newTaxCode(), "Nhập khẩu Tốt 2", "110814:1000:t:")
                + "LA,LA-" + EnterpriseApiTests.newTaxCode()
                + ",\"ສະຫະກອນ, ນຳເຂົ້າ\",Imported Coop,LA-SV,0113,,SMALL,GLOBALGAP,"
                + "071410:8000:t:fresh roots,310420:300:t:\n";

        var response = upload("analyst", csv);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("imported").asInt()).isEqualTo(3);
        assertThat(enterprisesNamed("Nhập khẩu Tốt")).isEqualTo(2);
        long first = response.json().get("ids").get(0).asLong();
        JsonNode saved = client.get("/api/v1/enterprises/" + first, "analyst").json();
        assertThat(saved.get("sizeClass").asText())
                .as("derived from 120 employees")
                .isEqualTo("MEDIUM");
        assertThat(saved.get("offers").get(0).get("description").asText()).isEqualTo("tinh bột: loại 1");
        assertThat(saved.get("needs")
                        .get(0)
                        .get("requiredCertifications")
                        .get(0)
                        .asText())
                .isEqualTo("LAOGAP");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE entity_type = 'enterprise' AND action = 'CREATED' "
                                + "AND entity_id = :id")
                        .param("id", String.valueOf(first))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void importsNothingWhenOneRowIsBadAndListsEveryBadRow() {
        String duplicate = EnterpriseApiTests.newTaxCode();
        String csv = HEADER
                + row(EnterpriseApiTests.newTaxCode(), "Nhập khẩu Hỏng 1", "110814:20000:t:")
                + row(duplicate, "Nhập khẩu Hỏng 2", "0714:abc:t:")
                + row("0100233480", "Nhập khẩu Hỏng 3", "110814:1:t:")
                + row(duplicate, "Nhập khẩu Hỏng 4", "110814:1:t:");

        var response = upload("analyst", csv);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("code").asText()).isEqualTo("ENT-012");
        List<String> fields = new ArrayList<>();
        response.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields)
                .contains(
                        "rows[3].offers[0].annualCapacity",
                        "rows[3].offers[0].hsCode",
                        "rows[4].registrationNumber",
                        "rows[5].registrationNumber");
        assertThat(fields).noneMatch(field -> field.startsWith("rows[2]"));
        assertThat(enterprisesNamed("Nhập khẩu Hỏng")).as("nothing imported").isZero();
    }

    @Test
    void refusesRowsAlreadyInTheRegistry() {
        var response = upload("analyst", HEADER + row("3369006021", "Nhập khẩu Trùng", "110814:1:t:"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("rows[2].registrationNumber");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        var response = upload("analyst", "country,name\nVN,Thiếu cột\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asText()).isEqualTo("ENT-013");
    }

    @Test
    void onlyAnalystsImport() {
        var response = upload("vn-enterprise", HEADER);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asText()).isEqualTo("AUT-002");
    }
}
