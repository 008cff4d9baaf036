package org.vietlao.linkage.border;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vietlao.linkage.ApiClient;

/** Traders, officers and declarations for the border tests, on the demo accounts and extra ones made here. */
final class BorderFixtures {

    private final JdbcClient jdbc;
    private final ApiClient api;

    BorderFixtures(JdbcClient jdbc, ApiClient api) {
        this.jdbc = jdbc;
        this.api = api;
    }

    /** The first enterprise a demo user's organisation owns. */
    long traderOf(String username) {
        return jdbc.sql("""
				SELECT e.id FROM enterprise e JOIN app_user u ON u.organisation_id = e.owner_organisation_id
				WHERE u.username = :u ORDER BY e.id LIMIT 1""").param("u", username).query(Long.class).single();
    }

    /** A border officer (password "demo") bound to {@code gates}. */
    String officerAt(PasswordEncoder encoder, String... gates) {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
				INSERT INTO app_user (username, password_hash, display_name) VALUES (:u, :h, :u) RETURNING id""")
                .param("u", username)
                .param("h", encoder.encode("demo"))
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, 'BORDER_OFFICER')")
                .param("id", id)
                .update();
        for (String gate : gates) {
            jdbc.sql("INSERT INTO user_border_gate (user_id, gate_pair_id) VALUES (:id, :g)")
                    .param("id", id)
                    .param("g", gate)
                    .update();
        }
        return username;
    }

    static String declaration(long trader, String gate, String plate, String hs, String origin, String coForm) {
        return """
				{"traderId": %d, "gatePairId": "%s", "direction": "EXPORT",
				 "vehicle": {"plate": "%s", "country": "VN"},
				 "driver": {"name": "Nguyễn Văn An", "document": "B2-0123456789"},
				 "items": [{"hsCode": "%s", "description": "Test goods", "quantity": 20000, "unit": "KGM",
				            "value": 60000000, "currency": "VND", "originCountry": "%s", "certificateOfOrigin": %s}]}""".formatted(trader, gate, plate, hs, origin, coForm == null ? "null" : "\"" + coForm + "\"");
    }

    ApiClient.Response lodge(String user, String key, String body) {
        HttpRequest.Builder request = api.builder("/api/v1/declarations", user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request.build());
    }

    /** Lodges a new declaration and answers its id. */
    long lodged(String user, String body) {
        ApiClient.Response response = lodge(user, UUID.randomUUID().toString(), body);
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response.json().get("id").asLong();
    }

    ApiClient.Response act(long id, String action, String user) {
        return api.post("/api/v1/declarations/" + id + "/" + action, user, "");
    }
}
