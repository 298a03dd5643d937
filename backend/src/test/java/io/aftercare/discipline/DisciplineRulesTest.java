package io.aftercare.discipline;

import io.aftercare.complaint.ComplaintDtos;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TenantWork;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.aftercare.workorder.WorkOrderDtos;
import io.aftercare.workorder.WorkOrderMoved;
import io.aftercare.workorder.WorkOrderStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every discipline default of the rule books (shared/DOMAIN.md), each computed from the tenant's settings by the event
 * that triggers it; a tenant with other settings gets its own amounts, and past entries keep theirs.
 */
@QuarkusTest
class DisciplineRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    TestTenants tenants;

    @Inject
    ReportInWatch reportInWatch;

    @Inject
    DisciplineLedger ledger;

    @Inject
    TenantWork work;

    UUID tenant;
    String manager;
    String dispatcher;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    /** An order the installer checked in on; the window opened at {@code start}. */
    record OnSite(String id, UUID installer, String token) {
    }

    OnSite onSite(UUID tenant, OffsetDateTime start) throws Exception {
        String dispatcher = Tokens.of(tenant, "dispatcher");
        UUID installer = TestInstallers.installer(tenant, Tokens.manager(tenant));
        String token = Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
        String id = TestOrders.create(dispatcher, TestCustomers.customer(tenant), "REPAIR", start);
        act(dispatcher, id, "assign", "{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}").then().statusCode(200);
        act(token, id, "contact", "{\"version\":1,\"note\":\"已联系\"}").then().statusCode(200);
        act(token, id, "depart", "{\"version\":2}").then().statusCode(200);
        act(token, id, "check-in", "{\"version\":3}").then().statusCode(200);
        return new OnSite(id, installer, token);
    }

    static Response act(String token, String id, String action, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/work-orders/" + id + "/" + action);
    }

    Response entries(String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/discipline-entries?" + query);
    }

    void setting(UUID tenant, String from, String to) {
        String token = Tokens.manager(tenant);
        String body = given().auth().oauth2(token).get("/api/v1/settings").then().extract().asString();
        if (!body.contains(from)) {
            throw new AssertionError("settings lack " + from);
        }
        given().auth().oauth2(token).contentType("application/json").body(body.replace(from, to)).put("/api/v1/settings").then().statusCode(200);
    }

    @Test
    void aLateCheckInProposesTheLateArrivalFineOnceHoweverOftenTheEventIsReplayed() throws Exception {
        OnSite order = onSite(tenant, OffsetDateTime.now().minusHours(2));
        entries(manager, "installerId=" + order.installer()).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].rule", equalTo("LATE_ARRIVAL")).body("items[0].kind", equalTo("FINE"))
                .body("items[0].amount", equalTo("50.00")).body("items[0].status", equalTo("PROPOSED"))
                .body("items[0].sourceType", equalTo("WORK_ORDER")).body("items[0].sourceId", equalTo(order.id()))
                .body("items[0].number", equalTo("DE-000001"));
        // The same check-in delivered again (a replay) finds its entry and adds none.
        WorkOrderMoved replay = new WorkOrderMoved(UUID.fromString(order.id()), "WO-000001", WorkOrderDtos.WorkOrderType.REPAIR, null,
                WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE, "checked-in", null, null, order.installer(), true, 120, OffsetDateTime.now());
        work.inTransactionOf(tenant, () -> {
            ledger.onWorkOrderMoved(replay);
            ledger.onWorkOrderMoved(replay);
            return null;
        });
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from discipline_entry where rule = 'LATE_ARRIVAL'"));
        // On time: nothing.
        OnSite onTime = onSite(tenant, OffsetDateTime.now().plusMinutes(30));
        entries(manager, "installerId=" + onTime.installer()).then().body("items", hasSize(0));
    }

    @Test
    void anIncompleteServiceReportProposesItsFineAlthoughTheCompletionIsRefused() throws Exception {
        OnSite order = onSite(tenant, OffsetDateTime.now().plusMinutes(30));
        act(order.token(), order.id(), "complete", """
                {"version":4,"checklist":{"trialRunLeakChecked":true,"hazardsFound":false},
                 "report":{"solution":"补充冷媒","partsReplaced":[],"customerOpinion":"满意"}}""").then().statusCode(422);
        act(order.token(), order.id(), "complete", """
                {"version":4,"checklist":{"trialRunLeakChecked":true,"hazardsFound":false},
                 "report":{"partsReplaced":[]}}""").then().statusCode(422);
        entries(manager, "rule=INCOMPLETE_SERVICE_REPORT").then().body("items", hasSize(1))
                .body("items[0].amount", equalTo("20.00")).body("items[0].installerId", equalTo(order.installer().toString()));
    }

    @Test
    void leavingWithoutReportingInWithinTheTenantsMinutesIsFinedOnce() throws Exception {
        TestOrders.Order done = TestOrders.workDone(tenant, TestCustomers.customer(tenant), "REPAIR");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        reportInWatch.check(now.plusMinutes(59));
        entries(manager, "rule=LEFT_WITHOUT_REPORT_IN").then().body("items", hasSize(0));
        reportInWatch.check(now.plusMinutes(61));
        reportInWatch.check(now.plusMinutes(90));
        entries(manager, "rule=LEFT_WITHOUT_REPORT_IN").then().body("items", hasSize(1)).body("items[0].amount", equalTo("50.00"))
                .body("items[0].sourceId", equalTo(done.id()));
    }

    @Test
    void anUnansweredCallIsFinedOnlyWithinPhoneDutyHoursAndOnlyOnce() throws Exception {
        UUID installer = TestInstallers.installer(tenant, manager);
        LocalDate yesterday = LocalDate.now(SHANGHAI).minusDays(1);
        String inDuty = yesterday.atTime(10, 0).atZone(SHANGHAI).toOffsetDateTime().toString();
        String offDuty = yesterday.atTime(22, 30).atZone(SHANGHAI).toOffsetDateTime().toString();
        String body = "{\"installerId\":\"%s\",\"calledAt\":\"%s\",\"externalId\":\"%s\"}";
        given().auth().oauth2(dispatcher).contentType("application/json").body(body.formatted(installer, inDuty, "pbx-1"))
                .post("/api/v1/unanswered-calls").then().statusCode(200).body("withinDuty", equalTo(true));
        given().auth().oauth2(dispatcher).contentType("application/json").body(body.formatted(installer, inDuty, "pbx-1"))
                .post("/api/v1/unanswered-calls").then().statusCode(200);
        given().auth().oauth2(dispatcher).contentType("application/json").body(body.formatted(installer, offDuty, "pbx-2"))
                .post("/api/v1/unanswered-calls").then().statusCode(200).body("withinDuty", equalTo(false)).body("entryId", nullValue());
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"installerId\":\"%s\"}".formatted(installer))
                .post("/api/v1/unanswered-calls").then().statusCode(400).body("errors[0].field", equalTo("calledAt"));
        entries(manager, "rule=PHONE_UNREACHABLE").then().body("items", hasSize(1)).body("items[0].amount", equalTo("10.00"));
        assertEquals(2, OwnerDatabase.count(tenant, "select count(*) from unanswered_call"));
    }

    @Test
    void anAssignmentRefusedWithoutAnApprovedReasonIsDisobeyingDispatch() throws Exception {
        UUID installer = TestInstallers.installer(tenant, manager);
        String token = Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
        String approved = TestOrders.create(dispatcher, TestCustomers.customer(tenant), "REPAIR", OffsetDateTime.now().plusDays(1));
        String refused = TestOrders.create(dispatcher, TestCustomers.customer(tenant), "REPAIR", OffsetDateTime.now().plusDays(1));
        String first = given().auth().oauth2(token).contentType("application/json")
                .body("{\"workOrderId\":\"%s\",\"kind\":\"REFUSED\",\"reason\":\"家中有急事\"}".formatted(approved))
                .post("/api/v1/dispatch-refusals").then().statusCode(201).body("installerId", equalTo(installer.toString())).extract().path("id");
        String second = given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"workOrderId\":\"%s\",\"installerId\":\"%s\",\"kind\":\"IGNORED\"}".formatted(refused, installer))
                .post("/api/v1/dispatch-refusals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"approved\":true}")
                .post("/api/v1/dispatch-refusals/" + first + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0,\"approved\":false,\"note\":\"未接单也未说明\"}")
                .post("/api/v1/dispatch-refusals/" + second + "/decision").then().statusCode(200).body("status", equalTo("NOT_APPROVED"));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":1,\"approved\":false}")
                .post("/api/v1/dispatch-refusals/" + second + "/decision").then().statusCode(409);
        entries(manager, "rule=DISPATCH_DISOBEDIENCE").then().body("items", hasSize(1)).body("items[0].amount", equalTo("100.00"))
                .body("items[0].sourceId", equalTo(second));
    }

    @Test
    void aCustomersPraiseInTheSignOffOrAFollowUpEarnsTheReward() throws Exception {
        TestOrders.Order filed = TestOrders.filed(tenant, TestCustomers.customer(tenant), "INSTALLATION");
        entries(manager, "rule=CUSTOMER_PRAISE").then().body("items", hasSize(1)).body("items[0].kind", equalTo("REWARD"))
                .body("items[0].amount", equalTo("10.00")).body("items[0].sourceId", equalTo(filed.id()));
        String followUp = given().auth().oauth2(dispatcher).get("/api/v1/follow-ups?kind=AFTER_SERVICE").then().extract().path("items[0].id");
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"reached\":true,\"answers\":{\"knowsUsage\":5,\"meetsNeeds\":5,\"installerAttitude\":5}}")
                .post("/api/v1/follow-ups/" + followUp + "/attempts").then().statusCode(200);
        entries(manager, "rule=CUSTOMER_PRAISE").then().body("items", hasSize(2)).body("items[0].sourceType", equalTo("FOLLOW_UP"));
    }

    @Test
    void aVerifiedComplaintOfQuarrellingIsAMajorDemeritAndAnAttitudeComplaintIsNot() throws Exception {
        TestOrders.Order done = TestOrders.workDone(tenant, TestCustomers.customer(tenant), "REPAIR");
        String quarrel = complaint(done.id(), ComplaintDtos.Category.QUARREL_WITH_CUSTOMER);
        String attitude = complaint(done.id(), ComplaintDtos.Category.ATTITUDE);
        for (String id : new String[]{quarrel, attitude}) {
            given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"note\":\"核实属实\",\"customerAnswer\":\"已致歉\"}")
                    .post("/api/v1/complaints/" + id + "/verification").then().statusCode(200).body("verified", equalTo(true))
                    .body("status", equalTo("VERIFIED")).body("promise.status", equalTo("MET"));
        }
        entries(manager, "rule=VERIFIED_COMPLAINT").then().body("items", hasSize(1)).body("items[0].kind", equalTo("MAJOR_DEMERIT"))
                .body("items[0].amount", nullValue()).body("items[0].sourceId", equalTo(quarrel));
    }

    String complaint(String orderId, ComplaintDtos.Category category) {
        return given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"channel\":\"PHONE\",\"category\":\"%s\",\"workOrderId\":\"%s\",\"description\":\"客户来电投诉\"}".formatted(category, orderId))
                .post("/api/v1/complaints").then().statusCode(201).extract().path("id");
    }

    @Test
    void installerCausedReworkIsFirstAWarningThenTheReworksCost() throws Exception {
        TestOrders.Order original = TestOrders.filed(tenant, TestCustomers.customer(tenant), "REPAIR");
        UUID installer = UUID.fromString(given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + original.id()).then()
                .extract().path("order.leadInstallerId"));
        for (String fee : new String[]{"0.00", "180.00"}) {
            String rework = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                            {"type":"REPAIR","customerId":"%s","description":"返修","fee":"%s",
                             "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                             "appointment":{"start":"%s","end":"%s"}}""".formatted(
                            given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + original.id()).then().extract().path("order.customerId"),
                            fee, OffsetDateTime.now().plusDays(1), OffsetDateTime.now().plusDays(1).plusHours(2)))
                    .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
            OwnerDatabase.execute(tenant, "update work_order set rework_of_id = ?::uuid where id = ?::uuid", original.id(), rework);
            given().auth().oauth2(manager).contentType("application/json").body("{\"version\":0,\"cause\":\"INSTALLER\"}")
                    .post("/api/v1/work-orders/" + rework + "/rework-cause").then().statusCode(200);
        }
        entries(manager, "rule=REWORK&installerId=" + installer).then().body("items", hasSize(2))
                .body("items[1].kind", equalTo("WARNING")).body("items[1].amount", nullValue())
                .body("items[0].kind", equalTo("COST_CHARGE")).body("items[0].amount", equalTo("180.00"));
    }

    @Test
    void aManagersFineMustLieWithinTheTenantsRange() throws Exception {
        UUID installer = TestInstallers.installer(tenant, manager);
        String body = "{\"installerId\":\"%s\",\"kind\":\"FINE\",\"amount\":\"%s\",\"description\":\"工作时间饮酒\"}";
        for (String outside : new String[]{"9.99", "200.01"}) {
            given().auth().oauth2(manager).contentType("application/json").body(body.formatted(installer, outside))
                    .post("/api/v1/discipline-entries").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        }
        given().auth().oauth2(manager).contentType("application/json").body(body.formatted(installer, "abc"))
                .post("/api/v1/discipline-entries").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        given().auth().oauth2(manager).contentType("application/json").body(body.formatted(installer, "200.00"))
                .post("/api/v1/discipline-entries").then().statusCode(201).body("status", equalTo("CONFIRMED")).body("amount", equalTo("200.00"))
                .body("rule", equalTo("MANUAL"));
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"installerId\":\"%s\",\"kind\":\"WARNING\",\"amount\":\"10.00\",\"description\":\"x\"}".formatted(installer))
                .post("/api/v1/discipline-entries").then().statusCode(400).body("errors[0].field", equalTo("amount"));
    }

    @Test
    void anotherTenantsSettingsGiveItsOwnAmountsAndPastEntriesKeepTheirs() throws Exception {
        UUID other = tenants.create();
        setting(other, "\"lateArrivalFine\":\"50.00\"", "\"lateArrivalFine\":\"80.00\"");
        setting(other, "\"phoneUnreachableFine\":\"10.00\"", "\"phoneUnreachableFine\":\"15.50\"");
        setting(other, "\"otherBreachFineMax\":\"200.00\"", "\"otherBreachFineMax\":\"300.00\"");
        OnSite mine = onSite(tenant, OffsetDateTime.now().minusHours(2));
        OnSite theirs = onSite(other, OffsetDateTime.now().minusHours(2));
        entries(manager, "rule=LATE_ARRIVAL").then().body("items", hasSize(1)).body("items[0].amount", equalTo("50.00"));
        entries(Tokens.manager(other), "rule=LATE_ARRIVAL").then().body("items", hasSize(1)).body("items[0].amount", equalTo("80.00"))
                .body("items[0].installerId", equalTo(theirs.installer().toString()));
        String call = "{\"installerId\":\"%s\",\"calledAt\":\"%s\"}".formatted(theirs.installer(),
                LocalDate.now(SHANGHAI).minusDays(1).atTime(9, 0).atZone(SHANGHAI).toOffsetDateTime());
        given().auth().oauth2(Tokens.of(other, "dispatcher")).contentType("application/json").body(call).post("/api/v1/unanswered-calls")
                .then().statusCode(200);
        entries(Tokens.manager(other), "rule=PHONE_UNREACHABLE").then().body("items[0].amount", equalTo("15.50"));
        given().auth().oauth2(Tokens.manager(other)).contentType("application/json")
                .body("{\"installerId\":\"%s\",\"kind\":\"FINE\",\"amount\":\"250.00\",\"description\":\"x\"}".formatted(theirs.installer()))
                .post("/api/v1/discipline-entries").then().statusCode(201);
        // This tenant changes its fine later: the entry made before keeps 50.00, the next one costs 70.00.
        setting(tenant, "\"lateArrivalFine\":\"50.00\"", "\"lateArrivalFine\":\"70.00\"");
        onSite(tenant, OffsetDateTime.now().minusHours(2));
        entries(manager, "rule=LATE_ARRIVAL").then().body("items", hasSize(2))
                .body("items[0].amount", equalTo("70.00")).body("items[1].amount", equalTo("50.00"))
                .body("items[1].sourceId", equalTo(mine.id()));
        // Neither sees the other's ledger.
        String theirEntry = entries(Tokens.manager(other), "rule=LATE_ARRIVAL").then().extract().path("items[0].id");
        given().auth().oauth2(manager).get("/api/v1/discipline-entries/" + theirEntry).then().statusCode(404);
    }
}
