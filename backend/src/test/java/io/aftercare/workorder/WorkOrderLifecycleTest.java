package io.aftercare.workorder;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.aftercare.support.TestInstallers.certificate;
import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The work-order lifecycle and each rule of dispatch and on-site work (DOMAIN.md), against the real API. */
@QuarkusTest
class WorkOrderLifecycleTest {

    /** The smallest valid PNG (1×1), standing in for a drawn signature. */
    static final String SIGNATURE = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    @Inject
    TestTenants tenants;

    UUID tenant;
    String dispatcher;
    String manager;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        manager = Tokens.manager(tenant);
    }

    String order(String type, boolean electrical, OffsetDateTime start) throws Exception {
        return order(TestCustomers.customer(tenant), type, electrical, start);
    }

    static String order(UUID customer, String type, boolean electrical, OffsetDateTime start) {
        return """
                {"type":"%s","customerId":"%s","description":"GPS terminal on truck 粤B12345","priority":"HIGH",
                 "tasks":{"electricalWork":%s,"welding":false,"workAtHeight":false},
                 "itemsToBring":[{"name":"GPS terminal T-100","quantity":1},{"name":"fuse 5A","quantity":2}],
                 "appointment":{"start":"%s","end":"%s"}}""".formatted(type, customer, electrical, start, start.plusHours(2));
    }

    String create(String body) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body(body).post("/api/v1/work-orders")
                .then().statusCode(201).body("status", equalTo("NEW")).extract().path("id");
    }

    Response act(String token, String id, String action, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/work-orders/" + id + "/" + action);
    }

    int version(String id) {
        return given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + id).then().statusCode(200)
                .extract().path("order.version");
    }

    String installerToken(UUID installer) {
        return Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
    }

    /** An order assigned to a fresh electrician, contacted and checked in; answers {orderId, installerToken}. */
    String[] onSite(OffsetDateTime start) throws Exception {
        UUID electrician = installer(tenant, manager);
        certificate(manager, electrician, "ELECTRICIAN", "2020-01-01", "2035-12-31");
        String id = create(order("INSTALLATION", true, start));
        String token = installerToken(electrician);
        act(dispatcher, id, "assign", "{\"version\":0,\"leadInstallerId\":\"" + electrician + "\"}").then().statusCode(200);
        act(token, id, "contact", "{\"version\":1,\"note\":\"地址确认：深圳南山区科技园\"}").then().statusCode(200);
        act(token, id, "depart", "{\"version\":2}").then().statusCode(200);
        act(token, id, "check-in", "{\"version\":3,\"latitude\":22.54,\"longitude\":113.95}").then().statusCode(200);
        return new String[]{id, token};
    }

    static final String COMPLETE = """
            {"version":%d,
             "checklist":{"powerOffBeforeWork":true,"electricalSafetyChecked":true,"trialRunLeakChecked":true,"hazardsFound":false},
             "report":{"faultCause":"new installation","solution":"installed and wired the terminal",
                       "partsReplaced":[{"name":"fuse 5A","quantity":1}],"customerOpinion":"满意"}}""";

    @Test
    void createdOrderGetsAHumanNumberAndDerivedQualifications() throws Exception {
        String first = create(order("INSTALLATION", true, OffsetDateTime.now().plusDays(1)));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + first).then().statusCode(200)
                .body("order.number", equalTo("WO-000001")).body("order.requiredQualifications", equalTo(List.of("ELECTRICIAN")))
                .body("order.customerName", equalTo("王芳"))
                .body("order.allowedNextStates", hasItems("ASSIGNED", "CANCELLED"))
                .body("timeline[0].action", equalTo("created"));
        String second = create(order("REPAIR", false, OffsetDateTime.now().plusDays(1)));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + second).then()
                .body("order.number", equalTo("WO-000002")).body("order.requiredQualifications", equalTo(List.of()));
    }

    @Test
    void expiredCertificateOnTheAppointmentDateRefusesAssignmentWithTheReason() throws Exception {
        UUID expired = installer(tenant, manager);
        certificate(manager, expired, "ELECTRICIAN", "2020-01-01", "2026-06-30");
        UUID valid = installer(tenant, manager);
        certificate(manager, valid, "ELECTRICIAN", "2020-01-01", "2035-12-31");
        String id = create(order("INSTALLATION", true, OffsetDateTime.parse("2030-07-01T09:00:00+08:00")));

        act(dispatcher, id, "assign", "{\"version\":0,\"leadInstallerId\":\"" + expired + "\"}").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://aftercare.dev/problems/installer-not-dispatchable"))
                .body("errors[0].field", equalTo("leadInstallerId"))
                .body("errors[0].message", containsString("no ELECTRICIAN certificate valid on 2030-07-01 (latest valid until 2026-06-30)"));
        act(dispatcher, id, "assign", "{\"version\":0,\"leadInstallerId\":\"" + valid + "\"}").then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("leadInstallerId", equalTo(valid.toString()));
    }

    @Test
    void boardListsOrdersWhoseAppointmentFallsInTheRange() throws Exception {
        String monday = create(order("REPAIR", false, OffsetDateTime.parse("2030-09-02T09:00:00+08:00")));
        String friday = create(order("REPAIR", false, OffsetDateTime.parse("2030-09-06T09:00:00+08:00")));
        given().auth().oauth2(dispatcher).queryParam("from", "2030-09-02T00:00:00+08:00").queryParam("to", "2030-09-03T00:00:00+08:00")
                .get("/api/v1/work-orders").then().statusCode(200)
                .body("items.id", hasItem(monday)).body("items.id", not(hasItem(friday)));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders?from=monday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void overlappingAppointmentRefusesAssignment() throws Exception {
        UUID installer = installer(tenant, manager);
        OffsetDateTime start = OffsetDateTime.parse("2030-03-04T09:00:00+08:00");
        String first = create(order("REPAIR", false, start));
        String second = create(order("REPAIR", false, start.plusHours(1)));
        act(dispatcher, first, "assign", "{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}").then().statusCode(200);
        act(dispatcher, second, "assign", "{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}").then().statusCode(409)
                .body("errors[0].message", equalTo("has WO-000001 at an overlapping time"));
    }

    @Test
    void checkInAfterTheWindowPlusGraceIsLate() throws Exception {
        String[] late = onSite(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(40));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + late[0]).then()
                .body("order.status", equalTo("ON_SITE")).body("order.late", equalTo(true))
                .body("order.lateMinutes", equalTo(40))
                .body("timeline.action", hasItem("checked-in-late"));
        String[] onTime = onSite(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + onTime[0]).then()
                .body("order.late", equalTo(false)).body("order.lateMinutes", nullValue());
    }

    @Test
    void lateArrivalFollowsTheTenantsGraceSetting() throws Exception {
        String settings = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().asString()
                .replace("\"lateGraceMinutes\":15", "\"lateGraceMinutes\":60");
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
        String[] order = onSite(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(40));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order[0]).then().body("order.late", equalTo(false));
    }

    @Test
    void workDoneWithoutTheReportIs422ListingEachMissingItemAndTheAttemptIsRecorded() throws Exception {
        String[] order = onSite(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        act(order[1], order[0], "complete", "{\"version\":4,\"checklist\":{\"powerOffBeforeWork\":true},\"report\":{\"solution\":\"rewired\"}}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://aftercare.dev/problems/incomplete-service-report"))
                .body("errors.field", equalTo(List.of("checklist.electricalSafetyChecked", "checklist.trialRunLeakChecked",
                        "checklist.hazardsFound", "report.faultCause", "report.partsReplaced", "report.customerOpinion")));
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + order[0]).then()
                .body("order.status", equalTo("ON_SITE")).body("order.version", equalTo(4))
                .body("timeline.action", hasItem("completion-refused"))
                .body("timeline.find { it.action == 'completion-refused' }.details.missing", hasItem("report.faultCause"));
        act(order[1], order[0], "complete", COMPLETE.formatted(4)).then().statusCode(200).body("status", equalTo("WORK_DONE"));
    }

    @Test
    void pausingWithoutTellingTheCustomerIs422() throws Exception {
        String[] order = onSite(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        act(order[1], order[0], "pause", "{\"version\":4,\"reason\":\"fetch a part\"}").then().statusCode(422)
                .body("errors[0].field", equalTo("customerInformed"));
        act(order[1], order[0], "pause", "{\"version\":4,\"reason\":\"fetch a part\",\"customerInformed\":true}").then().statusCode(200)
                .body("status", equalTo("PAUSED"));
        act(order[1], order[0], "resume", "{\"version\":5}").then().statusCode(200).body("status", equalTo("ON_SITE"));
    }

    @Test
    void leaveIsRefusedWhileTheInstallerHoldsAnAssignedOrderUnlessAManagerOverrides() throws Exception {
        UUID installer = installer(tenant, manager);
        String id = create(order("REPAIR", false, OffsetDateTime.parse("2030-05-06T10:00:00+08:00")));
        act(dispatcher, id, "assign", "{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}").then().statusCode(200);
        given().auth().oauth2(installerToken(installer)).contentType("application/json")
                .body("{\"firstDay\":\"2030-05-05\",\"lastDay\":\"2030-05-07\",\"reason\":\"回老家\"}")
                .post("/api/v1/installers/" + installer + "/leave-requests").then().statusCode(409)
                .body("detail", containsString("WO-000001"));
        String leave = given().auth().oauth2(installerToken(installer)).contentType("application/json")
                .body("{\"firstDay\":\"2030-05-08\",\"lastDay\":\"2030-05-09\",\"reason\":\"回老家\"}")
                .post("/api/v1/installers/" + installer + "/leave-requests").then().statusCode(201).extract().path("id");
        given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"approve\":true}")
                .post("/api/v1/installers/" + installer + "/leave-requests/" + leave + "/decision").then().statusCode(200);
    }

    @Test
    void enRouteBeforeTheCustomerWasContactedIs409NamingTheAllowedStates() throws Exception {
        UUID installer = installer(tenant, manager);
        String id = create(order("REPAIR", false, OffsetDateTime.now().plusDays(1)));
        act(dispatcher, id, "assign", "{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}").then().statusCode(200);
        act(installerToken(installer), id, "depart", "{\"version\":1}").then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/illegal-transition"))
                .body("detail", containsString("Allowed next states: ASSIGNED, CUSTOMER_CONTACTED, CANCELLED"));
    }

    @Test
    void illegalTransitionIs409WithTheAllowedStatesAndChangesNothing() throws Exception {
        String id = create(order("REPAIR", false, OffsetDateTime.now().plusDays(1)));
        act(dispatcher, id, "file", "{\"version\":0}").then().statusCode(409)
                .body("errors[0].field", equalTo("status")).body("errors[0].message", equalTo("allowed next states: ASSIGNED, CANCELLED"));
        act(dispatcher, id, "cancel", "{\"version\":0,\"reason\":\"customer moved\"}").then().statusCode(200);
        act(dispatcher, id, "assign", "{\"version\":1,\"leadInstallerId\":\"" + UUID.randomUUID() + "\"}").then().statusCode(409)
                .body("detail", containsString("It is final."));
    }

    @Test
    void twentyParallelAssignmentsOfOneOrderYieldExactlyOneSuccessAndOneTimelineEntry() throws Exception {
        List<UUID> crew = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            crew.add(installer(tenant, manager));
        }
        String id = create(order("REPAIR", false, OffsetDateTime.now().plusDays(2)));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                UUID lead = crew.get(i % crew.size());
                attempts.add(() -> act(dispatcher, id, "assign", "{\"version\":0,\"leadInstallerId\":\"" + lead + "\"}").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from work_order_event where work_order_id = ? and action = 'assigned'",
                UUID.fromString(id)));
        assertEquals(1, version(id));
    }

    @Test
    void fullLifecycleFromAssignmentToClosedWithTheCustomersSignature() throws Exception {
        String[] order = onSite(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        String id = order[0];
        String token = order[1];
        act(token, id, "complete", COMPLETE.formatted(4)).then().statusCode(200);
        act(token, id, "sign-off", "{\"version\":5,\"signaturePng\":\"" + SIGNATURE + "\",\"ratings\":{\"attitude\":5,\"timeliness\":4,\"quality\":5},\"suggestions\":\"很好\"}")
                .then().statusCode(200).body("status", equalTo("SIGNED_OFF")).body("hasSignature", equalTo(true))
                .body("signOff.ratings.timeliness", equalTo(4));
        act(token, id, "report-in", "{\"version\":6}").then().statusCode(200).body("status", equalTo("REPORTED_IN"));
        act(token, id, "file", "{\"version\":7}").then().statusCode(403);
        act(dispatcher, id, "file", "{\"version\":7}").then().statusCode(200).body("status", equalTo("FILED"));
        act(dispatcher, id, "close", "{\"version\":8,\"followUpSkippedReason\":\"客户不接受回访\"}").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("allowedNextStates", equalTo(List.of()));
        byte[] png = given().auth().oauth2(token).get("/api/v1/work-orders/" + id + "/signature").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertEquals(Base64.getDecoder().decode(SIGNATURE).length, png.length);
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + id).then()
                .body("timeline.action", equalTo(List.of("created", "assigned", "customer-contacted", "departed", "checked-in",
                        "work-done", "signed-off", "reported-in", "filed", "closed-without-follow-up")))
                .body("order.hasSignature", equalTo(true));
        // Lists carry what a list shows: not the report, the sign-off or the signature, which the order's page has.
        String item = "items.find { it.id == '%s' }".formatted(id);
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders?status=CLOSED&limit=200").then().statusCode(200)
                .body(item + ".status", equalTo("CLOSED"))
                .body(item + ".keySet()", everyItem(not(in(List.of("serviceReport", "signOff", "hasSignature", "installationRecord", "itemsToBring", "checklist")))));
    }

    @Test
    void refusedSignOffKeepsTheReason() throws Exception {
        String[] order = onSite(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        act(order[1], order[0], "complete", COMPLETE.formatted(4)).then().statusCode(200);
        act(order[1], order[0], "sign-off", "{\"version\":5,\"refused\":true}").then().statusCode(400)
                .body("errors[0].field", equalTo("refusalReason"));
        act(order[1], order[0], "sign-off", "{\"version\":5,\"signaturePng\":\"bm90IGEgcG5n\",\"ratings\":{\"attitude\":5,\"timeliness\":5,\"quality\":5}}")
                .then().statusCode(400).body("errors[0].field", equalTo("signaturePng"));
        act(order[1], order[0], "sign-off", "{\"version\":5,\"refused\":true,\"refusalReason\":\"屏幕有划痕\"}").then().statusCode(200)
                .body("signOff.refused", equalTo(true)).body("signOff.refusalReason", equalTo("屏幕有划痕")).body("hasSignature", equalTo(false));
    }

    @Test
    void installersSeeOnlyTheirOwnOrdersAndOtherTenantsSeeNone() throws Exception {
        String[] mine = onSite(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        String other = create(order("REPAIR", false, OffsetDateTime.now().plusDays(3)));
        given().auth().oauth2(mine[1]).get("/api/v1/work-orders").then().statusCode(200)
                .body("items.id", hasItem(mine[0])).body("items.id", not(hasItem(other)));
        given().auth().oauth2(mine[1]).get("/api/v1/work-orders/" + other).then().statusCode(404);
        String stranger = Tokens.of(tenants.create(), "dispatcher");
        given().auth().oauth2(stranger).get("/api/v1/work-orders/" + mine[0]).then().statusCode(404);
        act(stranger, mine[0], "cancel", "{\"version\":4,\"reason\":\"x\"}").then().statusCode(404);
        given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + mine[0]).then().body("order.status", equalTo("ON_SITE"));
    }
}
