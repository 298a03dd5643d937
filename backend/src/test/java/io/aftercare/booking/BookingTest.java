package io.aftercare.booking;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customers book online without a login and follow their booking through its tracking code. */
@QuarkusTest
class BookingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    UUID tenant;
    String slug;
    String dispatcher;
    UUID installer;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        slug = "t-" + tenant.toString().substring(24);
        dispatcher = Tokens.of(tenant, "dispatcher");
        installer = TestInstallers.installer(tenant, Tokens.manager(tenant));
    }

    private List<Map<String, Object>> slots() {
        return given().get("/api/v1/public/" + slug + "/booking-options").then().statusCode(200).extract().path("slots");
    }

    private static String booking(String phone, Map<String, Object> slot) {
        return """
                {"name":"李先生","phone":"%s","address":"杭州市西湖区文三路 100 号","service":"FAULT","problem":"空调不制冷",
                 "preferredSlot":{"start":"%s","end":"%s"}}""".formatted(phone, slot.get("start"), slot.get("end"));
    }

    private Response book(String body) {
        return given().contentType("application/json").body(body).post("/api/v1/public/" + slug + "/bookings");
    }

    private JsonPath track(String code) {
        return given().get("/api/v1/public/bookings/" + code).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void optionsOfferFreeSlotsOnWorkingDaysWithinInstallersHours() {
        given().get("/api/v1/public/" + slug + "/booking-options").then().statusCode(200)
                .body("tenantName", notNullValue()).body("services", equalTo(List.of("INSTALLATION", "FAULT", "MAINTENANCE")))
                .body("changeCutoffHours", equalTo(24));
        List<Map<String, Object>> slots = slots();
        assertFalse(slots.isEmpty());
        for (Map<String, Object> slot : slots) {
            var start = OffsetDateTime.parse((String) slot.get("start")).atZoneSameInstant(SHANGHAI);
            var end = OffsetDateTime.parse((String) slot.get("end")).atZoneSameInstant(SHANGHAI);
            assertFalse(start.getDayOfWeek() == DayOfWeek.SUNDAY, "no Sunday slots (none is a make-up day in range): " + start);
            assertTrue(!start.toLocalTime().isBefore(java.time.LocalTime.of(8, 30)) && !end.toLocalTime().isAfter(java.time.LocalTime.of(17, 30)),
                    "inside the installer's 08:30–17:30: " + start);
            assertEquals(120, java.time.Duration.between(start, end).toMinutes());
            assertEquals(1, slot.get("free"));
        }
        given().get("/api/v1/public/no-such-tenant/booking-options").then().statusCode(404);
    }

    @Test
    void aBookingBecomesAWebRequestWithATrackingCodeAndTakesItsSlot() {
        Map<String, Object> slot = slots().getFirst();
        Response booked = book(booking("139 1111 2222", slot));
        booked.then().statusCode(201).body("trackingCode", matchesPattern("^[a-z2-7]{32}$")).body("number", equalTo("SR-000001"))
                .body("trackingUrl", matchesPattern("^http.*/track/[a-z2-7]{32}$"));
        String code = booked.path("trackingCode");
        JsonPath status = track(code);
        assertEquals("RECEIVED", status.getString("stage"));
        assertEquals(slug, status.getString("tenantSlug"));
        assertTrue(status.getBoolean("canCancel") || status.getString("changeDeadline") != null);
        given().auth().oauth2(dispatcher).queryParam("channel", "WEB").get("/api/v1/service-requests").then()
                .body("items", hasSize(1)).body("items[0].customerName", equalTo("李先生"))
                .body("items[0].preferredSlot.start", notNullValue()).body("items[0].siteId", notNullValue())
                .body("items[0].promise.kind", equalTo("ON_SITE"));
        // The only installer is now booked in that slot.
        assertFalse(slots().stream().anyMatch(s -> s.get("start").equals(slot.get("start"))));
        book(booking("139 1111 3333", slot)).then().statusCode(409).body("errors[0].field", equalTo("preferredSlot"));
        // The customer is told, with the tracking link.
        assertEquals(1, countNotifications("BOOKING_RECEIVED"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyBooksOnceAndOnlyTheNewestCodeWorks() throws Exception {
        Map<String, Object> slot = slots().getFirst();
        String body = booking("139 1111 4444", slot);
        String key = UUID.randomUUID().toString();
        Response first = given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/public/" + slug + "/bookings");
        first.then().statusCode(201);
        Response retry = given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/public/" + slug + "/bookings");
        retry.then().statusCode(200).header("Idempotent-Replayed", "true").body("number", equalTo(first.path("number")));
        String newest = retry.path("trackingCode");
        assertNotEquals(first.path("trackingCode"), newest);
        given().get("/api/v1/public/bookings/" + first.path("trackingCode")).then().statusCode(404);
        assertEquals("RECEIVED", track(newest).getString("stage"));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from service_request"));
        // The same key from another phone is another customer's key: a booking of its own.
        given().header("Idempotency-Key", key).contentType("application/json").body(booking("139 1111 5555", slots().getFirst()))
                .post("/api/v1/public/" + slug + "/bookings").then().statusCode(201);
    }

    @Test
    void badInputNamesTheFieldAndLosesNothing() {
        Map<String, Object> slot = slots().getFirst();
        book(booking("not-a-phone", slot)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("phone"));
        book(booking("139 1111 2222", slot).replace("\"FAULT\"", "\"CAKE\"")).then().statusCode(400);
        book("{\"name\":\"x\"}").then().statusCode(400);
        given().auth().oauth2(dispatcher).get("/api/v1/service-requests").then().body("items", hasSize(0));
    }

    @Test
    void aBurstFromOneAddressIsRefusedWith429AfterTheLimit() {
        List<Map<String, Object>> slots = slots();
        for (int i = 0; i < 8; i++) {
            book(booking("137 0000 00" + (10 + i), slots.get(i))).then().statusCode(201);
        }
        book(booking("137 0000 0099", slots.get(8))).then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://aftercare.dev/problems/booking-rate-limited"));
    }

    @Test
    void aTrackingCodeUnderAnotherTenantsPageAnswersExactlyLikeAnUnknownCode() {
        String code = book(booking("139 1111 2222", slots().getFirst())).then().statusCode(201).extract().path("trackingCode");
        UUID other = tenants.create();
        String otherSlug = "t-" + other.toString().substring(24);
        given().get("/api/v1/public/" + slug + "/bookings/" + code).then().statusCode(200).body("number", equalTo("SR-000001"));
        String unknown = "a".repeat(32);
        long[] counts = new long[2];
        Response[] answers = new Response[2];
        counts[0] = statements.during(() -> answers[0] = given().get("/api/v1/public/" + otherSlug + "/bookings/" + code));
        counts[1] = statements.during(() -> answers[1] = given().get("/api/v1/public/" + otherSlug + "/bookings/" + unknown));
        assertEquals(404, answers[0].statusCode());
        assertEquals(404, answers[1].statusCode());
        assertEquals(counts[0], counts[1], "the same database work for both");
        for (String field : List.of("type", "title", "status", "detail")) {
            assertEquals(answers[0].jsonPath().getString(field), answers[1].jsonPath().getString(field), field);
        }
        given().get("/api/v1/public/bookings/" + unknown).then().statusCode(404);
    }

    @Test
    void theCustomerSeesTheAppointmentConfirmsReschedulesAndSignsOffThroughTheLink() throws Exception {
        List<Map<String, Object>> slots = slots();
        Map<String, Object> later = slots.getLast();
        String code = book(booking("139 1111 2222", later)).then().statusCode(201).extract().path("trackingCode");
        String request = given().auth().oauth2(dispatcher).get("/api/v1/service-requests").then().extract().path("items[0].id");
        String order = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"version":0,"type":"REPAIR","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"%s","end":"%s"}}""".formatted(later.get("start"), later.get("end")))
                .post("/api/v1/service-requests/" + request + "/convert").then().statusCode(200).extract().path("workOrderId");
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}")
                .post("/api/v1/work-orders/" + order + "/assign").then().statusCode(200);
        JsonPath scheduled = track(code);
        assertEquals("SCHEDULED", scheduled.getString("stage"));
        assertEquals(OffsetDateTime.parse((String) later.get("start")).toInstant(),
                OffsetDateTime.parse(scheduled.getString("appointment.start")).toInstant());
        assertEquals("Test Person", scheduled.getString("installerName"));
        assertTrue(scheduled.getBoolean("canConfirm"));

        given().post("/api/v1/public/bookings/" + code + "/confirm").then().statusCode(200)
                .body("confirmedAt", notNullValue()).body("canConfirm", equalTo(false));
        given().post("/api/v1/public/bookings/" + code + "/confirm").then().statusCode(409);
        Map<String, Object> other = slots().stream().filter(s -> !s.get("start").equals(later.get("start"))).toList().getLast();
        given().contentType("application/json").body("{\"slot\":{\"start\":\"%s\",\"end\":\"%s\"}}".formatted(other.get("start"), other.get("end")))
                .post("/api/v1/public/bookings/" + code + "/reschedule").then().statusCode(200)
                .body("appointment.start", equalTo(given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order).path("order.appointment.start")));
        // Told about the new time: the customer (SMS) and the installer (SMS).
        assertEquals(2, countNotifications("APPOINTMENT_CHANGED"));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order).then()
                .body("timeline.action", org.hamcrest.Matchers.hasItems("customer-confirmed", "rescheduled"))
                .body("timeline.find { it.action == 'rescheduled' }.actorName", equalTo("customer (tracking link)"));

        // The installer does the work; the customer signs off and rates on the tracking page.
        String token = Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
        given().contentType("application/json").body("{\"ratings\":{\"attitude\":5,\"timeliness\":5,\"quality\":4}}")
                .post("/api/v1/public/bookings/" + code + "/sign-off").then().statusCode(409);
        int v = given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order).path("order.version");
        act(token, order, "contact", "{\"version\":%d,\"note\":\"ok\"}".formatted(v));
        act(token, order, "depart", "{\"version\":%d}".formatted(v + 1));
        assertEquals("ON_THE_WAY", track(code).getString("stage"));
        act(token, order, "check-in", "{\"version\":%d}".formatted(v + 2));
        assertTrue(track(code).get("arrivedAt") != null, "the check-in shows as the arrival");
        assertTrue(track(code).get("eta") == null, "no ETA once arrived");
        act(token, order, "complete", """
                {"version":%d,"checklist":{"trialRunLeakChecked":true,"hazardsFound":false},
                 "report":{"faultCause":"缺氟","solution":"补充冷媒","partsReplaced":[],"customerOpinion":"满意"}}""".formatted(v + 3));
        JsonPath done = track(code);
        assertEquals("AWAITING_SIGN_OFF", done.getString("stage"));
        assertEquals(false, done.getBoolean("hasServiceReport"));
        given().get("/api/v1/public/bookings/" + code + "/service-report").then().statusCode(409);
        assertEquals("缺氟", done.getString("work.faultCause"));
        assertTrue(done.getBoolean("canSignOff"));
        given().contentType("application/json").body("{\"signaturePng\":\"%s\",\"ratings\":{\"attitude\":5,\"timeliness\":5,\"quality\":4}}"
                        .formatted(TestOrders.SIGNATURE))
                .post("/api/v1/public/bookings/" + code + "/sign-off").then().statusCode(200)
                .body("stage", equalTo("DONE")).body("ratings.quality", equalTo(4)).body("canSignOff", equalTo(false))
                .body("workOrderId", equalTo(order)).body("hasServiceReport", equalTo(true));
        // The signed report is there to download from the link, and from nowhere for a wrong code.
        byte[] pdf = given().get("/api/v1/public/bookings/" + code + "/service-report").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertTrue(io.aftercare.support.PdfText.text(pdf).contains("补充冷媒"));
        given().get("/api/v1/public/bookings/" + "a".repeat(32) + "/service-report").then().statusCode(404);
    }

    @Test
    void cancellingIsPossibleUntilTheCutOffOnly() {
        List<Map<String, Object>> slots = slots();
        String early = book(booking("139 1111 2222", slots.getFirst())).then().statusCode(201).extract().path("trackingCode");
        String late = book(booking("139 1111 3333", slots.getLast())).then().statusCode(201).extract().path("trackingCode");
        String manager = Tokens.manager(tenant);
        String settings = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString()
                .replace("\"changeCutoffHours\":24", "\"changeCutoffHours\":168");
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
        JsonPath first = track(early);
        if (OffsetDateTime.parse(first.getString("changeDeadline")).isBefore(OffsetDateTime.now())) {
            given().contentType("application/json").body("{}").post("/api/v1/public/bookings/" + early + "/cancel").then().statusCode(409)
                    .body("type", equalTo("https://aftercare.dev/problems/booking-not-changeable"));
        }
        settings = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString()
                .replace("\"changeCutoffHours\":168", "\"changeCutoffHours\":0");
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
        given().contentType("application/json").body("{\"reason\":\"已自行修好\"}").post("/api/v1/public/bookings/" + late + "/cancel").then()
                .statusCode(200).body("stage", equalTo("CANCELLED")).body("canCancel", equalTo(false));
    }

    @Test
    void aSignedInCustomerSeesTheirOwnRequestsAndNothingElse() {
        List<Map<String, Object>> slots = slots();
        book(booking("139 1111 2222", slots.get(0))).then().statusCode(201);
        book(booking("139 1111 3333", slots.get(1))).then().statusCode(201);
        List<String> customers = given().auth().oauth2(dispatcher).get("/api/v1/service-requests").then().extract().path("items.customerId");
        String mine = Tokens.claims(tenant, "customer").claim("customer_id", customers.get(0)).sign();
        given().auth().oauth2(mine).get("/api/v1/my/requests").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].number", equalTo("SR-000001"));
        given().auth().oauth2(mine).get("/api/v1/service-requests").then().statusCode(403);
        given().auth().oauth2(mine).get("/api/v1/customers/" + customers.get(1)).then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "customer")).get("/api/v1/my/requests").then().statusCode(403);
        given().auth().oauth2(dispatcher).get("/api/v1/my/requests").then().statusCode(403);
        // The same customer id under another tenant's token finds nothing.
        String elsewhere = Tokens.claims(tenants.create(), "customer").claim("customer_id", customers.get(0)).sign();
        given().auth().oauth2(elsewhere).get("/api/v1/my/requests").then().statusCode(200).body("items", hasSize(0));
    }

    private long countNotifications(String template) {
        try {
            return OwnerDatabase.count(tenant, "select count(*) from notification where template = ?", template);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void act(String token, String id, String action, String body) {
        given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/work-orders/" + id + "/" + action)
                .then().statusCode(200);
    }
}
