package org.vietlao.linkage.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.vietlao.linkage.ApiClient;
import org.vietlao.linkage.IntegrationTest;
import org.vietlao.linkage.PageSession;

/**
 * Attachments on cases (decision 0074): the type is read from the bytes, not the declared type; size and count are
 * limited; only the parties attach; everyone who sees the case sees and downloads its attachments, except an
 * association's internal ones, which nobody but the association sees, in the API and on the page (decision 0048).
 */
@IntegrationTest
class CaseAttachmentsTests {

    static final byte[] PNG = png();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    long file(String user, String json) {
        ApiClient.Response filed = api.post("/api/v1/casework/cases", user, json);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asLong();
    }

    /** A multipart upload: the file part (when {@code bytes} is not null) and the form fields given as pairs. */
    ApiClient.Response upload(long caseId, String user, String name, String declared, byte[] bytes, String... fields) {
        String boundary = "----casework" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                            + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (bytes != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                            + "\"\r\nContent-Type: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(api.builder("/api/v1/casework/cases/" + caseId + "/attachments", user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    HttpResponse<byte[]> download(long caseId, long attachmentId, String user) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        api.builder("/api/v1/casework/cases/" + caseId + "/attachments/" + attachmentId, user)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    static void expect(ApiClient.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.body()).isTrue();
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        if (field != null) {
            assertThat(response.json().get("errors").get(0).get("field").asText())
                    .isEqualTo(field);
        }
    }

    static String obstacle(String home, String country) {
        return """
				{"kind": "OBSTACLE", "topic": "TRANSPORT", "homeCountry": "%s", "country": "%s", "gatePairId": "VL-INT-06",
				 "title": "Attachment test", "description": "Trucks wait at the gate for the scale ticket.",
				 "language": "en"}""".formatted(home, country);
    }

    @Test
    void theTypeIsReadFromTheBytesAndEveryPartyWhoSeesTheCaseDownloadsIt() throws Exception {
        long id = file("la-enterprise", obstacle("LA", "VN"));
        // A PDF declared as an image, with a path and a misleading extension: kept as a PDF, named safely.
        ApiClient.Response stored = upload(id, "la-enterprise", "../../etc/scan.exe", "image/png", PDF);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        JsonNode attachment = stored.json();
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(attachment.get("filename").asText()).isEqualTo("scan.exe.pdf");
        assertThat(attachment.get("sizeBytes").asInt()).isEqualTo(PDF.length);
        long attachmentId = attachment.get("id").asLong();
        assertThat(upload(id, "analyst", "photo.jpeg", "application/pdf", JPEG)
                        .json()
                        .get("contentType")
                        .asText())
                .isEqualTo("image/jpeg");

        for (String reader : List.of("la-enterprise", "analyst", "iice-analyst", "ministry")) {
            ApiClient.Response listed = api.get("/api/v1/casework/cases/" + id + "/attachments", reader);
            assertThat(listed.status()).as(reader).isEqualTo(200);
            assertThat(listed.json()).as(reader).hasSize(2);
            HttpResponse<byte[]> file = download(id, attachmentId, reader);
            assertThat(file.statusCode()).as(reader).isEqualTo(200);
            assertThat(file.body()).isEqualTo(PDF);
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
            assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment")
                    .contains("scan.exe.pdf");
        }
        // Who does not see the case sees none of it; the ministry reads but does not attach.
        expect(api.get("/api/v1/casework/cases/" + id + "/attachments", "vn-enterprise"), 404, "CAS-001", null);
        assertThat(download(id, attachmentId, "vn-enterprise").statusCode()).isEqualTo(404);
        expect(upload(id, "vn-enterprise", "a.pdf", "application/pdf", PDF), 404, "CAS-001", null);
        expect(upload(id, "ministry", "a.pdf", "application/pdf", PDF), 403, "CAS-004", null);
        expect(api.get("/api/v1/casework/cases/" + id + "/attachments/999999999", "analyst"), 404, "CAS-012", null);

        // Audited, without the bytes.
        String audit = jdbc.sql("SELECT changes::text FROM audit_event WHERE entity_type = 'casework_attachment' "
                        + "AND entity_id = :id")
                .param("id", String.valueOf(attachmentId))
                .query(String.class)
                .single();
        assertThat(audit).contains("scan.exe.pdf", "application/pdf", CaseAttachments.sha256(PDF));

        // On the page: listed and downloadable by the body once routed.
        api.post("/api/v1/casework/cases/" + id + "/actions", "iice-analyst", "{\"action\": \"ACCEPT\"}");
        api.post(
                "/api/v1/casework/cases/" + id + "/actions",
                "analyst",
                "{\"action\": \"ROUTE\", \"bodyId\": \"VN-CUS-QT\"}");
        PageSession body = PageSession.signIn(port, "vn-customs");
        assertThat(body.page("/casework/cases/" + id).select("#case-attachments tbody tr"))
                .hasSize(2);
        HttpResponse<byte[]> fromPage = body.http()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create(
                                        body.baseUrl() + "/casework/cases/" + id + "/attachments/" + attachmentId))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fromPage.statusCode()).isEqualTo(200);
        assertThat(fromPage.body()).isEqualTo(PDF);
    }

    @Test
    void wrongTypesEmptyOrOversizedFilesAndTheEleventhAreRefusedOnTheField() {
        long id = file("la-enterprise", obstacle("LA", "VN"));
        expect(upload(id, "la-enterprise", "x.pdf", "application/pdf", "just text".getBytes()), 422, "CAS-014", "file");
        expect(upload(id, "la-enterprise", "x.html", "image/png", "<html><script>".getBytes()), 422, "CAS-014", "file");
        expect(upload(id, "la-enterprise", "x.pdf", "application/pdf", new byte[0]), 422, "CAS-013", "file");
        expect(upload(id, "la-enterprise", null, null, null), 422, "CAS-013", "file");
        byte[] big = Arrays.copyOf(PDF, CaseAttachments.MAX_BYTES + 1);
        expect(upload(id, "la-enterprise", "big.pdf", "application/pdf", big), 422, "CAS-013", "file");
        // An enterprise has no members to hide: "internal" is an association's.
        expect(upload(id, "la-enterprise", "x.png", "image/png", PNG, "internal", "true"), 422, "CAS-015", "internal");
        for (int i = 0; i < CaseAttachments.MAX_PER_CASE; i++) {
            assertThat(upload(id, "la-enterprise", "p" + i + ".png", "image/png", PNG)
                            .status())
                    .isEqualTo(201);
        }
        expect(upload(id, "la-enterprise", "one-more.png", "image/png", PNG), 409, "CAS-016", "file");
        assertThat(api.get("/api/v1/casework/cases/" + id + "/attachments", "la-enterprise")
                        .json())
                .hasSize(CaseAttachments.MAX_PER_CASE);
        // Not multipart at all, or a broken body: a problem, never a 500.
        ApiClient.Response json = api.post("/api/v1/casework/cases/" + id + "/attachments", "la-enterprise", "{}");
        assertThat(json.status()).isBetween(400, 499);
        assertThat(json.isProblem()).isTrue();
        ApiClient.Response broken = api.send(api.builder(
                        "/api/v1/casework/cases/" + id + "/attachments", "la-enterprise")
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\""))
                .build());
        assertThat(broken.status()).isBetween(400, 499);
        assertThat(broken.isProblem()).isTrue();
    }

    @Test
    void anAssociationsInternalFilesAreNeverSeenByTheOtherSide() throws Exception {
        ApiClient.Response filed = api.post("/api/v1/casework/cases", "vn-association", """
				{"kind": "OBSTACLE", "topic": "CUSTOMS", "homeCountry": "VN", "country": "LA", "gatePairId": "VL-INT-06",
				 "title": "Phí cân xe thu hai lần", "description": "Các hội viên bị thu phí cân xe hai lần.",
				 "language": "vi", "members": ["Công ty Hội Viên Kín C"]}""");
        long id = filed.json().get("id").asLong();
        // Neither internal nor confirmed anonymised: refused, nothing kept.
        expect(upload(id, "vn-association", "danh-sach.pdf", "application/pdf", PDF), 422, "CAS-015", "anonymised");
        long internal = upload(
                        id, "vn-association", "danh-sach-hoi-vien.pdf", "application/pdf", PDF, "internal", "true")
                .json()
                .get("id")
                .asLong();
        ApiClient.Response shared =
                upload(id, "vn-association", "bien-lai.png", "image/png", PNG, "anonymised", "true");
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        assertThat(shared.json().get("anonymised").asBoolean()).isTrue();

        assertThat(api.get("/api/v1/casework/cases/" + id + "/attachments", "vn-association")
                        .json())
                .hasSize(2);
        api.post("/api/v1/casework/cases/" + id + "/actions", "analyst", "{\"action\": \"ACCEPT\"}");
        api.post("/api/v1/casework/cases/" + id + "/actions", "iice-analyst", "{\"action\": \"ROUTE\"}");
        for (String reader : List.of("analyst", "iice-analyst", "ministry", "admin", "la-customs")) {
            ApiClient.Response listed = api.get("/api/v1/casework/cases/" + id + "/attachments", reader);
            assertThat(listed.status()).as(reader).isEqualTo(200);
            List<String> names = new ArrayList<>();
            listed.json().forEach(a -> names.add(a.get("filename").asText()));
            assertThat(names).as(reader).containsExactly("bien-lai.png");
            assertThat(download(id, internal, reader).statusCode()).as(reader).isEqualTo(404);
            assertThat(PageSession.signIn(port, reader)
                            .get("/casework/cases/" + id)
                            .body())
                    .as(reader)
                    .contains("bien-lai.png")
                    .doesNotContain("danh-sach-hoi-vien");
        }
        assertThat(download(id, internal, "vn-association").body()).isEqualTo(PDF);
        assertThat(PageSession.signIn(port, "vn-association")
                        .get("/casework/cases/" + id)
                        .body())
                .contains("danh-sach-hoi-vien.pdf");
    }

    @Test
    void whoAttachedAFileOrACoordinatorWithdrawsItAndItIsGoneWithAnAuditedTrace() throws Exception {
        long id = file("la-enterprise", obstacle("LA", "VN"));
        long own = upload(id, "la-enterprise", "mine.pdf", "application/pdf", PDF)
                .json()
                .get("id")
                .asLong();
        long coordinators = upload(id, "analyst", "theirs.png", "image/png", PNG)
                .json()
                .get("id")
                .asLong();
        String path = "/api/v1/casework/cases/" + id + "/attachments/";

        expect(api.delete(path + own, "vn-enterprise"), 404, "CAS-001", null);
        expect(api.delete(path + coordinators, "la-enterprise"), 403, "CAS-004", null);
        expect(api.delete(path + 999999999L, "la-enterprise"), 404, "CAS-012", null);
        assertThat(api.get("/api/v1/casework/cases/" + id + "/attachments", "la-enterprise")
                        .json()
                        .size())
                .isEqualTo(2);

        // The case page offers the filer a button for their own file only.
        PageSession filer = PageSession.signIn(port, "la-enterprise");
        var page = filer.page("/casework/cases/" + id);
        assertThat(page.select("#withdraw-" + own)).hasSize(1);
        assertThat(page.select("#withdraw-" + coordinators)).isEmpty();
        var withdrawn = filer.postForm(
                "/casework/cases/" + id, "/casework/cases/" + id + "/attachments/" + own + "/withdraw", Map.of());
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(302);
        assertThat(download(id, own, "la-enterprise").statusCode()).isEqualTo(404);
        expect(api.delete(path + own, "la-enterprise"), 404, "CAS-012", null);

        // A coordinator withdraws anyone's file; the slot is free again.
        assertThat(api.delete(path + coordinators, "iice-analyst").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/casework/cases/" + id + "/attachments", "analyst")
                        .json()
                        .size())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM casework_attachment WHERE case_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        List<String> trail = jdbc.sql("SELECT action || ' ' || actor FROM audit_event WHERE entity_type = "
                        + "'casework_attachment' AND entity_id IN (:a, :b) ORDER BY id")
                .param("a", String.valueOf(own))
                .param("b", String.valueOf(coordinators))
                .query(String.class)
                .list();
        assertThat(trail)
                .containsExactly(
                        "CREATED la-enterprise", "CREATED analyst", "DELETED la-enterprise", "DELETED iice-analyst");
    }

    @Test
    void theFileNameKeepsNoPathNoControlCharactersAndTheRightExtension() {
        assertThat(CaseAttachments.filename("C:\\Users\\a\\ໃບຢັ້ງຢືນ.PDF", "application/pdf"))
                .isEqualTo("ໃບຢັ້ງຢືນ.PDF");
        assertThat(CaseAttachments.filename("..\u0000\"evil\";.png", "image/png"))
                .isEqualTo("evil.png");
        assertThat(CaseAttachments.filename("", "image/jpeg")).isEqualTo("attachment.jpg");
        assertThat(CaseAttachments.filename("photo.jpeg", "image/jpeg")).isEqualTo("photo.jpeg");
        assertThat(CaseAttachments.filename("x".repeat(500), "image/png"))
                .hasSize(CaseAttachments.MAX_FILENAME)
                .endsWith(".png");
        assertThat(CaseAttachments.contentType("GIF89a".getBytes())).isEmpty();
        assertThat(CaseAttachments.contentType(new byte[] {(byte) 0xFF})).isEmpty();
    }
}
