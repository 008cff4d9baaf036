package org.vietlao.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInvocation;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.authorization.method.SecuredAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 9, defect 6: authorisation before validation. A caller who may not do something learns that (403 or
 * 404) before learning whether what they sent was valid. Over <em>every</em> write operation of the application
 * (POST, PUT, PATCH, DELETE of the API and of the pages, found in the handler mappings, so a new one is tested
 * the day it is added), every demo user whose role the operation's rule refuses, and every user of an allowed
 * role whose organisation or ownership does not allow it on the target, sends invalid content: the answer is
 * 403 or 404, never 400 or 422, and nothing in the database changed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationBeforeValidationTest {

    static final List<String> USERS =
            List.of("admin", "analyst", "iice-analyst", "ministry", "officer", "vn-enterprise", "la-enterprise");

    /**
     * Write operations every signed-in user (or everyone) may call, so there is nobody to refuse; each with why.
     * A new write operation open to all fails the test until it is listed here.
     */
    static final Map<String, String> OPEN_TO_EVERYONE = Map.of(
            "POST /api/v1/auth/token", "signing in",
            "DELETE /api/v1/auth/token", "revokes the caller's own token",
            "POST /api/v1/mcda/ahp", "a computation: changes nothing",
            "POST /api/v1/mcda/ahp/group", "a computation: changes nothing",
            "POST /api/v1/mcda/topsis", "a computation: changes nothing",
            "POST /api/v1/mcda/sensitivity", "a computation: changes nothing",
            "POST /api/v1/notifications/read-all", "marks the caller's own notices",
            "POST /inbox/read-all", "marks the caller's own notices",
            // expo (issue 14)
            "POST /api/v1/expo/schedule/solve", "a computation: changes nothing",
            // zone (issue 17)
            "POST /api/v1/zones/calculator", "a computation: changes nothing");

    /** Operations on a resource that every holder of the allowed role may change (no owner to be). */
    static final Set<String> ANY_HOLDER_OF_THE_ROLE = Set.of(
            "PUT /api/v1/matching/chains/{id}",
            "DELETE /api/v1/matching/chains/{id}",
            "PUT /api/v1/matching/value-chain-links/{id}",
            "DELETE /api/v1/matching/value-chain-links/{id}",
            "POST /api/v1/enterprises/{id}/verification",
            "POST /enterprises/{id}/verification",
            // trade (issue 12): published figures belong to no organisation; any analyst or administrator corrects
            "PUT /api/v1/trade/figures/{id}",
            "DELETE /api/v1/trade/figures/{id}",
            // border (issue 13): administrators set parameters; no owner.
            "PUT /api/v1/parameters/{name}",
            // border transit and risk settings (issue 13, h21): administrators maintain the rules; no owner.
            "PUT /api/v1/selectivity-rules/{id}",
            "POST /border/rules/{id}/active",
            // expo (issue 14): the organisers' decisions on any event
            "POST /api/v1/expo/events/{id}/booths/{boothId}/approve",
            "POST /api/v1/expo/events/{id}/booths/{boothId}/decline",
            "POST /api/v1/expo/events/{id}/schedule",
            "POST /api/v1/expo/events/{id}/agreements",
            "POST /api/v1/expo/events/{id}/meetings/{meetingId}/lock",
            "POST /api/v1/expo/events/{id}/meetings/{meetingId}/unlock",
            "POST /expo/events/{id}/schedule",
            "POST /expo/events/{id}/meetings/{meetingId}/lock",
            "POST /expo/events/{id}/meetings/{meetingId}/unlock",
            "PUT /api/v1/expo/events/{id}",
            "POST /expo/events/{id}",
            "POST /expo/events/{id}/booths/{boothId}/approve",
            "POST /expo/events/{id}/booths/{boothId}/decline",
            // casework (issue 15): supporting any open case ("me too"), deadlines set by any administrator
            "POST /api/v1/casework/cases/{id}/support",
            "POST /casework/cases/{id}/support",
            "PUT /api/v1/casework/deadlines/{step}",
            // energy (issue 16): analysts and ministry officials keep every PPA and project; no owner.
            "POST /api/v1/energy/power/ppas/{id}/deliveries",
            "POST /api/v1/energy/infrastructure/projects/{id}/milestones",
            "PUT /api/v1/energy/infrastructure/projects/{id}/progress",
            "POST /energy/power/{id}/deliveries",
            "POST /energy/infrastructure/{id}/milestones",
            "POST /energy/infrastructure/{id}/progress",
            // training (issue 17): organisers (ANALYST, ADMIN) run every course; no owner
            "POST /api/v1/training/courses/{id}/close",
            "POST /api/v1/training/courses/{id}/outputs",
            "POST /api/v1/training/courses/{id}/enrolments",
            "PUT /api/v1/training/courses/{id}/enrolments/{enrolmentId}/attendance",
            "PUT /api/v1/training/courses/{id}/enrolments/{enrolmentId}/assessment",
            "POST /api/v1/training/courses/{id}/enrolments/{enrolmentId}/completion",
            "POST /training/courses/{id}/outputs",
            "POST /training/courses/{id}/close",
            "PUT /api/v1/training/courses/{id}",
            "POST /training/courses/{id}",
            "POST /training/courses/{id}/enrolments",
            "POST /training/courses/{id}/sessions/{sessionId}/register",
            // zone (issue 17): parks and incentive terms belong to no organisation; analysts and ministry keep them
            "PUT /api/v1/zones/{id}",
            "PUT /api/v1/incentive-regimes/{id}/terms/{term}",
            // zone (issue 17, night): the park's page form, as its API; and any ENTERPRISE user may express interest
            // in any park for its own enterprise (a form without an enterprise names none to refuse; the API case
            // with another organisation's enterprise is refused below)
            "POST /zones/{id}",
            "POST /zones/{id}/interests",
            // promotion (issue 18): programmes belong to no organisation; analysts and ministry officials keep them,
            // analysts and administrators set the rating rules.
            "POST /api/v1/promotion/programmes/{id}/activities",
            "PUT /api/v1/promotion/activities/{id}/results",
            "PUT /api/v1/promotion/rating-rules/{country}",
            // promotion pages (issue 18, decision 0091): the same programme operations through the page forms
            "POST /promotion/programmes/{id}/activities",
            "POST /promotion/activities/{id}/results");

    /**
     * Tables that change without any request: sessions, and the scheduler's locks (a scheduled job may take
     * its lock while the test runs, which is not a change made by the refused request).
     */
    static final Set<String> NOT_DATA = Set.of("spring_session", "spring_session_attributes", "shedlock");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Map<String, PageSession> pages = new TreeMap<>();
    long vnEnterprise;
    long laEnterprise;
    long interest;
    long evaluation;
    long notice;
    long declaration;
    long visit;
    long resident;
    long transit;
    long expoEvent;
    long expoMeeting;
    long casework;
    long energyContract;
    long promotionProduct;
    long promotionListing;
    List<AuthorizationManager<MethodInvocation>> rules;

    @BeforeAll
    void fixtures() throws Exception {
        api = new ApiClient(port);
        for (String user : USERS) {
            api.tokenFor(user);
            pages.put(user, PageSession.signIn(port, user));
        }
        vnEnterprise = enterpriseOf("vn-enterprise");
        laEnterprise = enterpriseOf("la-enterprise");
        notice = jdbc.sql("""
				INSERT INTO notification (recipient, kind, message_key, created_at)
				VALUES ('analyst', 'FIXTURE', 'notification.fixture', now()) RETURNING id""").query(Long.class).single();
        interest = jdbc.sql("""
				INSERT INTO matching_interest (from_enterprise_id, to_enterprise_id, from_country, to_country, message,
				                               status, sent_by, sent_at, expires_at)
				VALUES (:from, :to, 'VN', 'LA', 'fixture', 'OPEN', 'vn-enterprise', now(), now() + interval '30 days')
				ON CONFLICT DO NOTHING RETURNING id""")
                .param("from", vnEnterprise)
                .param("to", laEnterprise)
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("""
						SELECT id FROM matching_interest WHERE from_enterprise_id = :from AND to_enterprise_id = :to
						AND status = 'OPEN'""")
                        .param("from", vnEnterprise)
                        .param("to", laEnterprise)
                        .query(Long.class)
                        .single());
        // expo (issue 14): an event and a request from the Vietnamese demo enterprise to a Lao enterprise that is
        // not la-enterprise's, so that la-enterprise is neither side and vn-enterprise is the sending side.
        expoEvent = jdbc.sql("""
				INSERT INTO expo_event (name_en, name_vi, name_lo, city, country, starts_on, ends_on, slot_minutes,
				  meeting_tables, province_quota, request_quota, requests_close_hours, created_by, created_at)
				VALUES ('Fixture', 'Mẫu', 'ຕົວຢ່າງ', 'Vientiane', 'LA', current_date + 60, current_date + 61, 30, 5, 5, 5,
				  24, 'analyst', now()) RETURNING id""").query(Long.class).single();
        long otherLao = jdbc.sql("""
				SELECT e.id FROM enterprise e WHERE e.country = 'LA' AND e.owner_organisation_id IS DISTINCT FROM
				  (SELECT organisation_id FROM app_user WHERE username = 'la-enterprise') ORDER BY e.id LIMIT 1""").query(Long.class).single();
        expoMeeting = jdbc.sql("""
				INSERT INTO expo_meeting (event_id, from_enterprise_id, to_enterprise_id, score, status, sent_by, sent_at)
				VALUES (:e, :from, :to, 0.5, 'REQUESTED', 'vn-enterprise', now()) RETURNING id""")
                .param("e", expoEvent)
                .param("from", vnEnterprise)
                .param("to", otherLao)
                .query(Long.class)
                .single();
        // promotion (issue 18): a product of the Vietnamese demo enterprise, and a request at a channel without a
        // registry enterprise (answered by analysts only), so that neither enterprise user may answer it.
        promotionProduct =
                jdbc.sql("""
				INSERT INTO promotion_product (enterprise_id, country, province_code, hs_code, category, name_vi,
				  brand_vi, search_text, created_by, created_at)
				VALUES (:e, 'VN', '40', '110814', 'FOOD', 'Mẫu', 'Mẫu', 'mau', 'analyst', now()) RETURNING id""").param("e", vnEnterprise).query(Long.class).single();
        long promotionChannel = jdbc.sql("""
				INSERT INTO promotion_channel (country, kind, name, provinces, categories, created_by, created_at)
				VALUES ('LA', 'SHOWROOM', 'Fixture', ARRAY['LA-VT'], ARRAY['FOOD'], 'analyst', now()) RETURNING id""").query(Long.class).single();
        promotionListing = jdbc.sql("""
				INSERT INTO promotion_listing (product_id, channel_id, status, via, requested_by, requested_at)
				VALUES (:p, :c, 'REQUESTED', 'DIRECT', 'vn-enterprise', now()) RETURNING id""")
                .param("p", promotionProduct)
                .param("c", promotionChannel)
                .query(Long.class)
                .single();
        ApiClient.Response created = api.post(
                "/api/v1/pilot/evaluations",
                "analyst",
                "{\"title\":{\"en\":\"Fixture\",\"vi\":\"Mẫu\",\"lo\":\"ຕົວຢ່າງ\"}}");
        assertThat(created.status()).as(created.body()).isBetween(200, 201);
        evaluation = created.json().get("id").asLong();
        // border (issue 13): a declaration of vn-enterprise's enterprise at Lao Bảo (VL-INT-06, the officer's gate).
        ApiClient.Response lodged = api.send(api.builder("/api/v1/declarations", "vn-enterprise")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "authorisation-fixture")
                .POST(HttpRequest.BodyPublishers.ofString("""
						{"traderId": %d, "gatePairId": "VL-INT-06", "direction": "EXPORT",
						 "vehicle": {"plate": "74C-000.01", "country": "VN"},
						 "driver": {"name": "Fixture", "document": "B2-0000000001"},
						 "items": [{"hsCode": "071410", "description": "Fixture", "quantity": 1, "unit": "KGM",
						            "value": 1000, "currency": "VND", "originCountry": "VN"}]}""".formatted(vnEnterprise), StandardCharsets.UTF_8))
                .build());
        assertThat(lodged.status()).as(lodged.body()).isBetween(200, 201);
        declaration = lodged.json().get("id").asLong();
        ApiClient.Response opened = api.post(
                "/api/v1/visits",
                "officer",
                "{\"gatePairId\": \"VL-INT-06\", \"side\": \"VN\", \"plate\": \"AUTH"
                        + UUID.randomUUID().toString().substring(0, 8) + "\", \"vehicleCountry\": \"VN\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        visit = opened.json().get("id").asLong();
        ApiClient.Response registered = api.post(
                "/api/v1/residents",
                "officer",
                "{\"fullName\": \"Fixture\", \"idDocument\": \"" + UUID.randomUUID()
                        + "\", \"nationality\": \"VN\", \"commune\": \"Lao Bảo\", \"borderResident\": true, "
                        + "\"gatePairId\": \"VL-INT-06\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        resident = registered.json().get("id").asLong();
        // border transit (issue 13, h21): a movement of la-enterprise's enterprise from Lao Bảo (the officer's
        // gate, office of departure) to Vũng Áng, so that the officer is not the office of destination.
        ApiClient.Response guarantee = api.post(
                "/api/v1/guarantees",
                "la-enterprise",
                "{\"traderId\": " + laEnterprise + ", \"journey\": \"MULTIPLE\", \"reference\": \"AUTH-"
                        + UUID.randomUUID() + "\", \"amount\": 1000000, \"currency\": \"VND\"}");
        assertThat(guarantee.status()).as(guarantee.body()).isEqualTo(201);
        ApiClient.Response declared = api.post("/api/v1/transits", "la-enterprise", """
				{"traderId": %d, "departureOffice": "VL-INT-06", "destinationOffice": "SEA-VUNG-ANG",
				 "vehicle": {"plate": "LA-AUTH-1", "country": "LA"}, "currency": "VND",
				 "dutyExposure": [{"country": "VN", "amount": 1000}], "guaranteeId": %d, "seals": ["AUTH-1"],
				 "items": [{"hsCode": "310420", "description": "Fixture", "quantity": 1, "unit": "KGM", "value": 1000}]}""".formatted(
                        laEnterprise, guarantee.json().get("id").asLong()));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        transit = declared.json().get("id").asLong();

        // casework (issue 15): an obstacle la-enterprise filed, which vn-enterprise may not see.
        ApiClient.Response filed = api.post("/api/v1/casework/cases", "la-enterprise", """
				{"kind": "OBSTACLE", "topic": "CUSTOMS", "homeCountry": "LA", "country": "VN", "gatePairId": "VL-INT-06",
				 "title": "Fixture", "description": "Fixture", "language": "lo"}""");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        casework = filed.json().get("id").asLong();
        // energy (issue 16): a coal contract whose buyer is vn-enterprise's enterprise, so la-enterprise is no party.
        long laoCoal = jdbc.sql("SELECT id FROM enterprise WHERE registration_number = 'LA-834280454'")
                .query(Long.class)
                .single();
        ApiClient.Response contract = api.post(
                "/api/v1/energy/coal/contracts", "analyst", """
				{"reference": "AUTH-%s", "sellerId": %d, "buyerId": %d, "startsOn": "2026-01-01", "endsOn": "2027-12-31",
				 "annualTonnes": 1000, "quarterlyTonnes": 250, "tolerancePct": 10, "takeOrPayPct": 80, "basis": "GAR",
				 "baseCv": 5000, "gatePairId": "VL-INT-06", "incoterm": "DAP", "currency": "USD",
				 "formula": {"kind": "FIXED", "fixedPrice": 60}}""".formatted(UUID.randomUUID(), laoCoal, vnEnterprise));
        assertThat(contract.status()).as(contract.body()).isEqualTo(201);
        energyContract = contract.json().get("id").asLong();

        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();
        preAuthorize.setExpressionHandler(expressions);
        rules = List.of(preAuthorize, new SecuredAuthorizationManager(), new Jsr250AuthorizationManager());
    }

    @Test
    void everyWriteOperationRefusesBeforeItValidates() throws Exception {
        List<WriteOperation> operations = writeOperations();
        assertThat(operations).as("write operations found").hasSizeGreaterThan(40);

        Map<String, String> failures = new TreeMap<>();
        Set<String> openToEveryone = new TreeSet<>();
        int requests = 0;
        for (WriteOperation operation : operations) {
            Map<String, String> refused = refusedCallers(operation);
            if (refused.isEmpty()) {
                openToEveryone.add(operation.name());
                continue;
            }
            String before = fingerprint();
            for (Map.Entry<String, String> caller : refused.entrySet()) {
                for (Invalid invalid : invalidContents(operation, caller.getValue())) {
                    requests++;
                    Answer answer = send(operation, caller.getKey(), invalid);
                    boolean refusal = (answer.status() == 403 || answer.status() == 404)
                            && (!operation.api() || answer.contentType().startsWith("application/problem+json"));
                    if (!refusal) {
                        failures.put(
                                operation.name() + " as " + caller.getKey() + " (" + caller.getValue() + ") with "
                                        + invalid.what(),
                                answer.status() + " " + abbreviate(answer.body()));
                    }
                }
            }
            String after = fingerprint();
            if (!before.equals(after)) {
                failures.put(operation.name(), "the database changed: " + difference(before, after));
            }
        }

        System.out.printf(
                "Authorisation before validation: %d write operations, %d refused requests%n",
                operations.size(), requests);
        assertThat(failures)
                .as("answers other than 403/404 after %d requests", requests)
                .isEmpty();
        assertThat(openToEveryone)
                .as("write operations nobody is refused; list them with a reason")
                .isEqualTo(new TreeSet<>(OPEN_TO_EVERYONE.keySet()));
    }

    @Test
    void theInvalidContentIsInvalidForACallerWhoMayAct() throws Exception {
        // Controls: the same malformed content from a caller who may act is refused as content, so the refusals
        // above are about the caller, and the page door's CSRF token is accepted.
        Answer apiControl =
                send(operation("POST", "/api/v1/matching/chains"), "analyst", new Invalid("malformed JSON", "{", null));
        assertThat(apiControl.status()).as(apiControl.body()).isEqualTo(400);

        Answer pageControl = send(
                operation("POST", "/enterprises/{id}/verification"),
                "analyst",
                new Invalid("an unknown status", null, Map.of("status", "NOT-A-STATUS")));
        assertThat(pageControl.status()).as("CSRF accepted, content refused").isEqualTo(422);
    }

    /** Every demo user who may not act, with why: the role rule, or the target's owner. */
    Map<String, String> refusedCallers(WriteOperation operation) {
        Map<String, String> refused = new TreeMap<>();
        for (String user : USERS) {
            if (!roleAllows(operation.handler(), user)) {
                refused.put(user, "role");
            }
        }
        String path = operation.path();
        String outsiderReason = "not the owner";
        List<String> outsiders = List.of();
        if (path.matches("(/api/v1)?/enterprises/\\{id}(/delete)?")) {
            outsiders = List.of("la-enterprise");
            outsiderReason = "another organisation's enterprise";
        } else if (path.matches("(/api/v1)?/matching/interests/\\{id}/(accept|decline)")) {
            outsiders = List.of("vn-enterprise");
            outsiderReason = "the sending side";
        } else if (path.matches("(/api/v1)?/matching/interests")) {
            outsiders = List.of("la-enterprise");
            outsiderReason = "sends from another organisation's enterprise";
        } else if (path.matches("(/api/v1)?/pilot/evaluations/\\{id}.*")) {
            outsiders = USERS.stream().filter(u -> !u.equals("analyst")).toList();
            outsiderReason = "neither owner nor evaluator";
        } else if (path.matches("(/api/v1/notifications|/inbox)/\\{id}/read")) {
            outsiders = USERS.stream().filter(u -> !u.equals("analyst")).toList();
            outsiderReason = "another user's notice";
            // border (issue 13)
        } else if (path.matches("/api/v1/declarations/\\{id}/(register|cancel)")) {
            outsiders = List.of("la-enterprise");
            outsiderReason = "another organisation's declaration";
        } else if (path.matches("/api/v1/declarations/\\{id}/[a-z-]+")) {
            outsiders = List.of("vn-enterprise", "la-enterprise");
            outsiderReason = "officers of the gate only";
        } else if (path.equals("/border/declarations/{id}/{action}")) {
            outsiders = List.of("la-enterprise");
            outsiderReason = "another organisation's declaration";
        } else if (path.matches("/api/v1/(visits|residents)/\\{id}/[a-z-]+")) {
            outsiders = List.of("vn-enterprise", "la-enterprise");
            outsiderReason = "officers of the gate only";
        } else if (path.matches("(/api/v1|/border)/transits/\\{id}/(arrive|discharge)")) {
            outsiders = List.of("officer", "vn-enterprise", "la-enterprise");
            outsiderReason = "officers of the office of destination only";
        } else if (path.matches("(/api/v1|/border)/transits/\\{id}/[a-z-{}]+")) {
            outsiders = List.of("vn-enterprise");
            outsiderReason = "another organisation's movement";
        } else if (path.equals("/api/v1/declarations")) {
            outsiders = List.of("la-enterprise");
            outsiderReason = "lodges for another organisation's enterprise";
        } else if (path.matches(
                "(/api/v1)?/expo/events/\\{id}/(booths|participants|blocked-slots|meetings|no-thanks)")) {
            outsiders = List.of("la-enterprise");
            outsiderReason = "acts for another organisation's enterprise";
        } else if (path.matches("(/api/v1)?/expo/meetings/\\{id}/(accept|decline)")) {
            outsiders = List.of("vn-enterprise", "la-enterprise");
            outsiderReason = "the sending side, or neither side";
        } else if (path.matches("/api/v1/expo/meetings/\\{id}/cancel")) {
            outsiders = List.of("la-enterprise");
            outsiderReason = "neither side";
        } else if (path.equals("/expo/meetings/{id}/cancel")) {
            outsiders = List.of("la-enterprise");
            outsiderReason = "neither side";
        } else if (path.equals("/api/v1/expo/events/{id}/agreements/{agreementId}/pilot-proposals/{evaluationId}")) {
            // expo (issue 14, decision 0044): only the pilot evaluation's owner (analyst) proposes to it
            outsiders = List.of("admin", "iice-analyst");
            outsiderReason = "not the evaluation's owner";
        } else if (path.matches(
                "(/api/v1)?/casework/cases/\\{id}/(actions|messages|attachments(/\\{attachmentId}(/withdraw)?)?)")) {
            // casework (issue 15): a case of another organisation, neither filed by nor routed to the caller
            outsiders = List.of("vn-enterprise");
            outsiderReason = "another organisation's case";
        } else if (path.matches("(/api/v1/energy/coal|/energy)/contracts/\\{id}/shipments")) {
            // energy (issue 16): only a party's users (and analysts, ministry officials) record shipments
            outsiders = List.of("la-enterprise");
            outsiderReason = "not a party to the contract";
        } else if (path.matches("/api/v1/zones/\\{id}/interests")) {
            // zone (issue 17, decision 0082): for another organisation's enterprise
            outsiders = List.of("la-enterprise");
            outsiderReason = "expresses interest for another organisation's enterprise";
        } else if (path.matches("(/api/v1)?/zones/\\{id}/interests/\\{interestId}/\\{step}")) {
            // zone (issue 17, decision 0082): neither the park's operator nor the sender
            outsiders = List.of("vn-enterprise", "la-enterprise");
            outsiderReason = "neither the park's operator nor the sender";
        } else if (path.matches("/zones/\\{id}/tenants.*")) {
            // zone (issue 17, night): the tenant page forms, as the API's
            outsiders = List.of("vn-enterprise", "la-enterprise");
            outsiderReason = "not the park's operator";
        } else if (path.matches("/api/v1/zones/\\{id}/tenants.*")) {
            // zone (issue 17, decision 0058): only the park's operator among ENTERPRISE users; no demo user is
            // the operator of demo park 1
            outsiders = List.of("vn-enterprise", "la-enterprise");
            outsiderReason = "not the park's operator";
        } else if (path.matches("(/api/v1/promotion/products/\\{id}.*|/promotion/products/\\{id}/listings)")
                // promotion pages (decision 0091): the product form and its photos
                || path.matches("/promotion/products/\\{id}(/photos.*)?")) {
            // promotion (issue 18)
            outsiders = List.of("la-enterprise");
            outsiderReason = "another organisation's product";
        } else if (path.matches("(/api/v1)?/promotion/listings/\\{id}/(accept|decline)")) {
            outsiders = List.of("vn-enterprise", "la-enterprise");
            outsiderReason = "not the channel's";
        } else if (path.matches("(/api/v1)?/promotion/(products|channels|listings)")) {
            outsiders = List.of("la-enterprise");
            outsiderReason = "for no enterprise of theirs, or another organisation's product";
        } else if (path.contains("{") && !ANY_HOLDER_OF_THE_ROLE.contains(operation.name())) {
            throw new AssertionError("Who may not act on " + operation.name()
                    + "? Add its owner rule to refusedCallers or list it in ANY_HOLDER_OF_THE_ROLE.");
        }
        for (String outsider : outsiders) {
            refused.putIfAbsent(outsider, outsiderReason);
        }
        return refused;
    }

    /** Content each caller sends: malformed where the role alone refuses, well-formed but invalid always. */
    List<Invalid> invalidContents(WriteOperation operation, String reason) {
        List<Invalid> contents = new ArrayList<>();
        boolean roleOnly = reason.equals("role");
        if (operation.api()) {
            if (operation.multipart()) {
                contents.add(new Invalid("multipart without a boundary", "--x\r\nbroken", null));
                contents.add(new Invalid("a CSV without the columns", multipartCsv("not,a,csv\n"), null));
            } else if (operation.bodyType() != null) {
                if (roleOnly) {
                    contents.add(new Invalid("malformed JSON", "{", null));
                }
                contents.add(new Invalid("well-formed JSON with invalid values", invalidJson(operation), null));
            } else {
                contents.add(new Invalid("no body", null, null));
            }
        } else if (operation.multipart()) {
            contents.add(new Invalid("a CSV without the columns", multipartCsv("not,a,csv\n"), null));
        } else {
            if (roleOnly) {
                contents.add(new Invalid("an empty form", null, Map.of()));
            }
            contents.add(new Invalid("a form with invalid values", null, invalidForm()));
        }
        return contents;
    }

    String invalidJson(WriteOperation operation) {
        if (operation.path().matches("(/api/v1)?/matching/interests")) {
            return "{\"fromEnterpriseId\":" + vnEnterprise + ",\"toEnterpriseId\":" + laEnterprise + ",\"message\":\""
                    + "x".repeat(5000) + "\"}";
        }
        if (operation.path().equals("/api/v1/declarations")) {
            // border (issue 13): another organisation's trader, everything else invalid.
            return "{\"traderId\":" + vnEnterprise + ",\"gatePairId\":\"" + "x".repeat(5000) + "\",\"items\":[]}";
        }
        if (operation.path().startsWith("/api/v1/expo/events/{id}/")) {
            // expo (issue 14): in the name of the Vietnamese demo enterprise, with values that break every rule.
            String enterprise = String.valueOf(vnEnterprise);
            String[] fields = {"enterpriseId", "fromEnterpriseId"};
            String json = json(operation.bodyType(), 0);
            for (String field : fields) {
                json = json.replace("\"" + field + "\":-1", "\"" + field + "\":" + enterprise);
            }
            return json;
        }
        return json(operation.bodyType(), 0);
    }

    /** Every text far too long, every number negative, every list empty: binds, and breaks every rule. */
    static String json(Class<?> type, int depth) {
        if (!type.isRecord() || depth > 2) {
            return "{}";
        }
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> t = component.getType();
            String value;
            if (t == String.class) {
                value = "\"" + "x".repeat(5000) + "\"";
            } else if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
                value = "-1";
            } else if (t == double.class || t == Double.class || t == java.math.BigDecimal.class) {
                value = "-1.5";
            } else if (t == boolean.class || t == Boolean.class) {
                value = "true";
            } else if (Collection.class.isAssignableFrom(t)) {
                value = "[]";
            } else if (Map.class.isAssignableFrom(t)) {
                value = "{}";
            } else if (t.isRecord()) {
                value = json(t, depth + 1);
            } else {
                continue;
            }
            fields.add("\"" + component.getName() + "\":" + value);
        }
        return "{" + String.join(",", fields) + "}";
    }

    Map<String, String> invalidForm() {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of(
                "name",
                "titleEn",
                "nameEn",
                "country",
                "registrationNumber",
                "provinceCode",
                "sector",
                "message",
                "username")) {
            form.put(field, "x".repeat(5000));
        }
        form.put("employees", "many");
        form.put("status", "NOT-A-STATUS");
        form.put("weight", "heavy");
        form.put("c0_1", "banana");
        form.put("fromEnterpriseId", String.valueOf(vnEnterprise));
        form.put("toEnterpriseId", String.valueOf(laEnterprise));
        return form;
    }

    String multipartCsv(String csv) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n";
    }

    static final String BOUNDARY = "----authorisation-before-validation";

    Answer send(WriteOperation operation, String user, Invalid invalid) throws Exception {
        String path = expand(operation.path());
        if (operation.api()) {
            HttpRequest.Builder request = api.builder(path, user);
            HttpRequest.BodyPublisher body = invalid.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(invalid.body(), StandardCharsets.UTF_8);
            if (operation.multipart()) {
                request.header(
                        "Content-Type",
                        invalid.what().contains("boundary")
                                ? "multipart/form-data"
                                : "multipart/form-data; boundary=" + BOUNDARY);
            } else if (invalid.body() != null) {
                request.header("Content-Type", "application/json");
            }
            request.header("Idempotency-Key", UUID.randomUUID().toString());
            ApiClient.Response response =
                    api.send(request.method(operation.method(), body).build());
            return new Answer(response.status(), response.contentType(), response.body());
        }
        PageSession session = pages.get(user);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.baseUrl() + path));
        String csrf = session.csrf();
        if (operation.multipart()) {
            String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                    + invalid.body().substring(0);
            request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            Map<String, String> fields = new LinkedHashMap<>(invalid.form());
            fields.put("_csrf", csrf);
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response =
                session.http().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    String expand(String path) {
        long id;
        if (path.matches("(/api/v1)?/enterprises/\\{id}.*")) {
            id = vnEnterprise;
        } else if (path.matches("(/api/v1)?/matching/interests/\\{id}.*")) {
            id = interest;
        } else if (path.matches("(/api/v1)?/pilot/evaluations/\\{id}.*")) {
            id = evaluation;
        } else if (path.matches("(/api/v1/notifications|/inbox)/\\{id}.*")) {
            id = notice;
        } else if (path.matches("(/api/v1|/border)/declarations/\\{id}.*")) {
            id = declaration;
        } else if (path.matches("/api/v1/visits/\\{id}.*")) {
            id = visit;
        } else if (path.matches("(/api/v1|/border)/transits/\\{id}.*")) {
            id = transit;
        } else if (path.matches("/api/v1/residents/\\{id}.*")) {
            id = resident;
        } else if (path.matches("(/api/v1)?/expo/events/\\{id}.*")) {
            id = expoEvent;
        } else if (path.matches("(/api/v1)?/expo/meetings/\\{id}.*")) {
            id = expoMeeting;
        } else if (path.matches("(/api/v1)?/casework/cases/\\{id}.*")) {
            id = casework;
        } else if (path.matches("(/api/v1/energy/coal|/energy)/contracts/\\{id}.*")) {
            id = energyContract;
        } else if (path.matches("(/api/v1)?/promotion/products/\\{id}.*")) {
            id = promotionProduct;
        } else if (path.matches("(/api/v1)?/promotion/listings/\\{id}.*")) {
            id = promotionListing;
        } else {
            id = 1;
        }
        Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder expanded = new StringBuilder();
        while (variables.find()) {
            String value = switch (variables.group(1)) {
                case "id" -> String.valueOf(id);
                case "username" -> "analyst";
                case "key" -> "criteria";
                default -> "1";
            };
            variables.appendReplacement(expanded, value);
        }
        variables.appendTail(expanded);
        return expanded.toString();
    }

    boolean roleAllows(HandlerMethod handler, String user) {
        List<SimpleGrantedAuthority> roles = jdbc.sql("""
				SELECT 'ROLE_' || r.role FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = :u""").param("u", user).query(String.class).list().stream()
                .map(SimpleGrantedAuthority::new)
                .toList();
        Authentication caller = UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
        MethodInvocation invocation = new Invocation(handler);
        for (AuthorizationManager<MethodInvocation> rule : rules) {
            AuthorizationResult result = rule.authorize(() -> caller, invocation);
            if (result != null && !result.isGranted()) {
                return false;
            }
        }
        return true;
    }

    List<WriteOperation> writeOperations() {
        Set<RequestMethod> writes =
                Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);
        List<WriteOperation> operations = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (!handler.getBeanType().getPackageName().startsWith("org.vietlao.linkage")
                        || fromTestSources(handler.getBeanType())) {
                    return;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (!writes.contains(method)) {
                        continue;
                    }
                    for (String path : info.getPatternValues()) {
                        boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                                        .anyMatch(type -> type.getSubtype().equals("form-data"))
                                || List.of(handler.getMethod().getParameterTypes()).stream()
                                        .anyMatch(t -> t.getSimpleName().equals("MultipartFile"));
                        operations.add(new WriteOperation(method.name(), path, handler, multipart, bodyType(handler)));
                    }
                }
            });
        }
        return operations.stream().distinct().toList();
    }

    /** Controllers some tests add to probe error handling are not the application's operations. */
    static boolean fromTestSources(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation().getPath().contains("test-classes");
    }

    WriteOperation operation(String method, String path) {
        return writeOperations().stream()
                .filter(o -> o.method().equals(method) && o.path().equals(path))
                .findFirst()
                .orElseThrow();
    }

    static Class<?> bodyType(HandlerMethod handler) {
        Method method = handler.getMethod();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(RequestBody.class)) {
                if (parameter.getParameterizedType() instanceof ParameterizedType) {
                    return Object.class;
                }
                return parameter.getType();
            }
        }
        return null;
    }

    /** Rows and a checksum of every data table, so that any insert, update or delete shows. */
    String fingerprint() {
        List<String> tables = jdbc.sql(
                        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                .query(String.class)
                .list();
        StringBuilder fingerprint = new StringBuilder();
        for (String table : tables) {
            if (NOT_DATA.contains(table)) {
                continue;
            }
            fingerprint
                    .append(table)
                    .append('=')
                    .append(jdbc.sql("SELECT count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM \""
                                    + table + "\" t")
                            .query(String.class)
                            .single())
                    .append('\n');
        }
        return fingerprint.toString();
    }

    static String difference(String before, String after) {
        List<String> a = List.of(before.split("\n"));
        return List.of(after.split("\n")).stream()
                .filter(line -> !a.contains(line))
                .collect(Collectors.joining(", "));
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    long enterpriseOf(String username) {
        return jdbc.sql("""
				SELECT e.id FROM enterprise e JOIN app_user u ON u.organisation_id = e.owner_organisation_id
				WHERE u.username = :u ORDER BY e.id LIMIT 1""").param("u", username).query(Long.class).single();
    }

    record WriteOperation(String method, String path, HandlerMethod handler, boolean multipart, Class<?> bodyType) {

        boolean api() {
            return path.startsWith("/api/");
        }

        String name() {
            return method + " " + path;
        }
    }

    record Invalid(String what, String body, Map<String, String> form) {}

    record Answer(int status, String contentType, String body) {}

    /** The handler method as method security sees it, without arguments (the rules read none). */
    record Invocation(HandlerMethod handler) implements MethodInvocation {

        @Override
        public Method getMethod() {
            return handler.getMethod();
        }

        @Override
        public Object[] getArguments() {
            return new Object[handler.getMethodParameters().length];
        }

        @Override
        public Object proceed() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getThis() {
            return handler.getBean();
        }

        @Override
        public java.lang.reflect.AccessibleObject getStaticPart() {
            return handler.getMethod();
        }
    }

    /** A signed-in page session that keeps its cookies and reads the CSRF token from a form. */
    record PageSession(HttpClient http, String baseUrl) {

        static PageSession signIn(int port, String username) throws Exception {
            PageSession session = new PageSession(
                    HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build(),
                    "http://localhost:" + port);
            String body = "username=" + username + "&password=demo&_csrf="
                    + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8);
            HttpResponse<String> response = session.http.send(
                    HttpRequest.newBuilder(URI.create(session.baseUrl + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location"))
                    .as("sign-in of %s", username)
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
            return session;
        }

        String csrf() throws Exception {
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return Jsoup.parse(login.body()).select("input[name=_csrf]").val();
        }
    }
}
