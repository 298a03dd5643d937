package io.aftercare.connection;

import io.aftercare.calendar.WorkingCalendarService;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The connection procedure of doc 4, each rule with its default and with a changed tenant setting. */
@QuarkusTest
class ConnectionApplicationsTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String BASE = "/api/v1/connection-applications";
    static final List<String> HV_DOCUMENTS = List.of("DESIGN_AND_DESCRIPTION", "LOAD_DISTRIBUTION", "LOAD_COMPOSITION", "POWER_QUALITY_EQUIPMENT",
            "MAIN_EQUIPMENT_LIST", "PRODUCTION_CONSUMPTION", "WIRING_AND_LAYOUT", "POWER_FACTOR_COMPENSATION", "PROTECTION_AND_METERING",
            "CONCEALED_WORK", "DISTRIBUTION_NETWORK", "OWN_GENERATION", "OTHERS_REQUIRED");
    static final List<String> LV_DOCUMENTS = List.of("LOAD_COMPOSITION", "MAIN_EQUIPMENT_LIST");

    @Inject
    TestTenants tenants;

    @Inject
    TenantContext tenantContext;

    @Inject
    WorkingCalendarService calendar;

    @Inject
    ConnectionWatch watch;

    @Inject
    io.aftercare.promise.PromiseWatch promiseWatch;

    UUID tenant;
    String manager;
    String dispatcher;
    UUID customer;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
        customer = TestCustomers.customer(tenant);
        rules(c -> c.put("enabled", true));
    }

    /** Changes the tenant's connection settings as a manager does. */
    @SuppressWarnings("unchecked")
    void rules(Consumer<Map<String, Object>> change) {
        Map<String, Object> settings = given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200).extract().path("$");
        change.accept((Map<String, Object>) settings.get("connection"));
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
    }

    Response create(String supplyClass) {
        return given().auth().oauth2(dispatcher).contentType("application/json")
                .body("""
                        {"customerId":"%s","kind":"NEW_CONNECTION","supplyClass":"%s","capacityKva":80,
                         "siteAddress":"郑州市金水区花园路 18 号","description":"新建厂房用电"}""".formatted(customer, supplyClass))
                .post(BASE);
    }

    String applied(String supplyClass) {
        return create(supplyClass).then().statusCode(201).extract().path("id");
    }

    Response act(String id, String step, String body) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body(body).post(BASE + "/" + id + "/" + step);
    }

    int version(String id) {
        return given().auth().oauth2(dispatcher).get(BASE + "/" + id).then().statusCode(200).extract().path("version");
    }

    ValidatableResponse read(String id) {
        return given().auth().oauth2(dispatcher).get(BASE + "/" + id).then().statusCode(200);
    }

    ValidatableResponse plan(String id) {
        return act(id, "plan", "{\"version\":%d,\"plan\":\"10kV 花园路开闭所出线，专变 250kVA，高供高计\"}".formatted(version(id))).then();
    }

    static String documents(List<String> kinds) {
        List<String> items = new ArrayList<>();
        kinds.forEach(k -> items.add("{\"document\":\"" + k + "\"}"));
        return "[" + String.join(",", items) + "]";
    }

    Response submit(String id, List<String> kinds, int copies) {
        return act(id, "design-submissions", "{\"version\":%d,\"copies\":%d,\"documents\":%s}".formatted(version(id), copies, documents(kinds)));
    }

    ValidatableResponse review(String id, String result) {
        return act(id, "design-review", "{\"version\":%d,\"result\":\"%s\",\"opinion\":\"计量方式符合要求\"}".formatted(version(id), result)).then();
    }

    /** An installer trained and certified, so own construction may start with them. */
    UUID crewMember() throws Exception {
        UUID installer = TestInstallers.installer(tenant, manager);
        TestInstallers.certificate(manager, installer, "ELECTRICIAN", "2020-01-01", "2035-12-31");
        given().auth().oauth2(manager).contentType("application/json").body("{\"course\":\"低压配电施工岗前培训\",\"trainedOn\":\"2026-01-05\"}")
                .post("/api/v1/installers/" + installer + "/trainings").then().statusCode(201);
        return installer;
    }

    Response construction(String id, UUID installer) {
        LocalDate today = LocalDate.now(ZONE);
        return act(id, "construction", "{\"version\":%d,\"contractor\":\"OWN\",\"installerIds\":[\"%s\"],\"feesPaidOn\":\"%s\",\"startedOn\":\"%s\"}"
                .formatted(version(id), installer, today, today));
    }

    String approved(String supplyClass) {
        String id = applied(supplyClass);
        plan(id).statusCode(200);
        submit(id, supplyClass.startsWith("HIGH") ? HV_DOCUMENTS : LV_DOCUMENTS, 2).then().statusCode(200);
        review(id, "APPROVED").statusCode(200);
        return id;
    }

    String building(String supplyClass) throws Exception {
        String id = approved(supplyClass);
        construction(id, crewMember()).then().statusCode(200).body("status", equalTo("CONSTRUCTION"));
        return id;
    }

    Response inspect(String id, String stage, boolean pass) {
        String second = pass ? "{\"item\":\"接地电阻合格\",\"passed\":true}" : "{\"item\":\"接地电阻合格\",\"passed\":false,\"finding\":\"接地电阻 12Ω 超标\"}";
        return act(id, "inspections", "{\"version\":%d,\"stage\":\"%s\",\"inspector\":\"李工\",\"checklist\":[{\"item\":\"接线与审核图纸一致\",\"passed\":true},%s]}"
                .formatted(version(id), stage, second));
    }

    String item(String code, boolean domestic) {
        return given().auth().oauth2(manager).contentType("application/json")
                .body("{\"kind\":\"PART\",\"code\":\"%s\",\"name\":\"电缆 %s\",\"unit\":\"米\",\"domestic\":%s,\"centralProcurement\":true}"
                        .formatted(code, code, domestic))
                .post("/api/v1/catalog-items").then().statusCode(201).body("domestic", equalTo(domestic)).extract().path("id");
    }

    static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }

    @ActivateRequestContext
    Instant plusWorkingDays(Instant start, int days) {
        return tenantContext.runAs(tenant, () -> QuarkusTransaction.requiringNew().call(() -> calendar.workingTime().plusWorkingDays(start, days)));
    }

    long notifications(String template) throws Exception {
        return OwnerDatabase.count(tenant, "select count(*) from notification where template = ?", template);
    }

    // --- 1. application and supply plan deadlines ------------------------------------------------------------------------

    @Test
    void eachClassHasItsPlanDeadlineOnTheCalendarOrInWorkingDaysAsTheTenantSays() throws Exception {
        Map<String, Integer> days = Map.of("RESIDENTIAL", 5, "LOW_VOLTAGE", 10);
        for (var entry : days.entrySet()) {
            Response created = create(entry.getKey());
            created.then().statusCode(201).body("status", equalTo("APPLIED")).body("promise.kind", equalTo("SUPPLY_PLAN"))
                    .body("promise.status", equalTo("ON_TRACK")).body("number", containsString("CA-"))
                    .body("allowedActions", hasItems("NOTIFY_PLAN", "EXPLAIN_DELAY", "CANCEL"));
            OffsetDateTime createdAt = at(created.path("createdAt"));
            assertEquals(createdAt.atZoneSameInstant(ZONE).plusDays(entry.getValue()).toInstant(), at(created.path("promise.dueAt")).toInstant(),
                    entry.getKey());
        }
        Map<String, Integer> months = Map.of("HIGH_VOLTAGE_SINGLE", 1, "HIGH_VOLTAGE_DUAL", 2);
        for (var entry : months.entrySet()) {
            Response created = create(entry.getKey());
            OffsetDateTime createdAt = at(created.path("createdAt"));
            assertEquals(createdAt.atZoneSameInstant(ZONE).plusMonths(entry.getValue()).toInstant(), at(created.path("promise.dueAt")).toInstant(),
                    entry.getKey());
        }
        assertEquals(4, notifications("CONNECTION_RECEIVED"));

        // The tenant counts working days, with its own numbers.
        rules(c -> {
            c.put("workingDays", true);
            c.put("residentialPlanDays", 3);
            c.put("lowVoltagePlanDays", 7);
            c.put("highVoltageDualSourcePlanMonths", 3);
        });
        Response residential = create("RESIDENTIAL");
        Instant from = at(residential.path("createdAt")).toInstant();
        assertEquals(plusWorkingDays(from, 3), at(residential.path("promise.dueAt")).toInstant());
        Response lowVoltage = create("LOW_VOLTAGE");
        assertEquals(plusWorkingDays(at(lowVoltage.path("createdAt")).toInstant(), 7), at(lowVoltage.path("promise.dueAt")).toInstant());
        // working days never come sooner than calendar days, and seven of them always span a weekend
        OffsetDateTime lvCreated = at(lowVoltage.path("createdAt"));
        assertEquals(true, at(lowVoltage.path("promise.dueAt")).isAfter(lvCreated.plusDays(7)));
        Response dual = create("HIGH_VOLTAGE_DUAL");
        assertEquals(at(dual.path("createdAt")).atZoneSameInstant(ZONE).plusMonths(3).toInstant(), at(dual.path("promise.dueAt")).toInstant());
    }

    @Test
    void aLatePlanNeedsAnExplanationToTheCustomer() throws Exception {
        String id = applied("LOW_VOLTAGE");
        OwnerDatabase.execute(tenant, "update connection_application set promise_due_at = now() - interval '1 hour', "
                + "promise_started_at = now() - interval '11 days' where id = ?", UUID.fromString(id));
        // The promise watch escalates it like any promise.
        promiseWatch.check(OffsetDateTime.now(ZoneOffset.UTC));
        read(id).body("promise.status", equalTo("BREACHED"));
        given().auth().oauth2(manager).get("/api/v1/promise-breaches").then().body("items[0].subjectType", equalTo("CONNECTION_APPLICATION"))
                .body("items[0].promiseKind", equalTo("SUPPLY_PLAN"));
        act(id, "plan", "{\"version\":%d,\"plan\":\"380V 公变接入\"}".formatted(version(id))).then().statusCode(400)
                .body("errors[0].field", equalTo("lateExplanation"));
        act(id, "plan", "{\"version\":%d,\"plan\":\"380V 公变接入\",\"lateExplanation\":\"配变容量不足，需先增容\"}".formatted(version(id))).then()
                .statusCode(200).body("status", equalTo("PLAN_NOTIFIED")).body("delayExplanation", equalTo("配变容量不足，需先增容"))
                .body("promise.status", equalTo("BREACHED"));
        assertEquals(1, notifications("CONNECTION_PLAN_DELAYED"));
        assertEquals(1, notifications("CONNECTION_PLAN_NOTIFIED"));

        // Explained beforehand, while it was still awaited: the late plan needs nothing more.
        String second = applied("LOW_VOLTAGE");
        act(second, "delay-explanation", "{\"version\":%d,\"explanation\":\"需等待规划部门批复\"}".formatted(version(second))).then()
                .statusCode(200).body("delayExplanation", equalTo("需等待规划部门批复")).body("delayExplainedAt", notNullValue());
        OwnerDatabase.execute(tenant, "update connection_application set promise_due_at = now() - interval '1 hour', "
                + "promise_started_at = now() - interval '11 days' where id = ?", UUID.fromString(second));
        promiseWatch.check(OffsetDateTime.now(ZoneOffset.UTC));
        plan(second).statusCode(200).body("status", equalTo("PLAN_NOTIFIED"));
        // In time, no explanation is asked for.
        plan(applied("RESIDENTIAL")).statusCode(200).body("promise.status", equalTo("MET")).body("delayExplanation", nullValue());
        // Promise compliance counts the supply plans: one of three kept.
        LocalDate today = LocalDate.now(ZONE);
        given().auth().oauth2(manager).get("/api/v1/kpis?from=%s&to=%s".formatted(today, today)).then().statusCode(200)
                .body("figures.find { it.kpi == 'PROMISE_COMPLIANCE' }.breakdown.find { it.key == 'SUPPLY_PLAN' }.value", equalTo(33.33f));
    }

    @Test
    void theCustomerObjectsWithinTheMonthAndThePlanIsNegotiatedAgainButNotAfterIt() throws Exception {
        String id = applied("LOW_VOLTAGE");
        plan(id).statusCode(200).body("allowedActions", hasItem("OBJECT_TO_PLAN"))
                .body("plan.objectionUntil", equalTo(LocalDate.now(ZONE).plusMonths(1).toString()));
        act(id, "plan-objection", "{\"version\":%d,\"reason\":\"希望从北侧接入\"}".formatted(version(id))).then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("plan", nullValue()).body("promise.kind", equalTo("SUPPLY_PLAN"))
                .body("promise.status", equalTo("ON_TRACK"));
        given().auth().oauth2(dispatcher).get(BASE + "/" + id + "/timeline").then().statusCode(200)
                .body("items.kind", hasItems("applied", "plan-notified", "plan-objected"))
                .body("items.find { it.kind == 'plan-objected' }.details.reason", equalTo("希望从北侧接入"));
        plan(id).statusCode(200).body("status", equalTo("PLAN_NOTIFIED"));

        // A month and two days after the notice: too late.
        OwnerDatabase.execute(tenant, "update connection_application set plan_notified_at = now() - interval '1 month 2 days' where id = ?",
                UUID.fromString(id));
        read(id).body("allowedActions", not(hasItem("OBJECT_TO_PLAN")));
        act(id, "plan-objection", "{\"version\":%d,\"reason\":\"再议\"}".formatted(version(id))).then().statusCode(422)
                .body("type", containsString("connection-objection-too-late")).body("errors[0].field", equalTo("reason"));
        // The tenant allows two months: the same objection is in time.
        rules(c -> c.put("planObjectionMonths", 2));
        act(id, "plan-objection", "{\"version\":%d,\"reason\":\"再议\"}".formatted(version(id))).then().statusCode(200)
                .body("status", equalTo("APPLIED"));
    }

    // --- 2. validity, warning, expiry and extension -------------------------------------------------------------------------

    @Test
    void aPlanIsValidForItsClassMonthsTheCustomerIsWarnedAndAnExpiredPlanIsCancelled() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        String low = applied("LOW_VOLTAGE");
        plan(low).statusCode(200).body("plan.validUntil", equalTo(today.plusMonths(3).toString()));
        String high = applied("HIGH_VOLTAGE_SINGLE");
        plan(high).statusCode(200).body("plan.validUntil", equalTo(today.plusMonths(12).toString()));
        rules(c -> {
            c.put("lowVoltagePlanValidityMonths", 2);
            c.put("highVoltagePlanValidityMonths", 6);
        });
        String low2 = applied("RESIDENTIAL");
        plan(low2).statusCode(200).body("plan.validUntil", equalTo(today.plusMonths(2).toString()));

        // 15 days before it lapses (the default warning), the customer is told once.
        OwnerDatabase.execute(tenant, "update connection_application set plan_valid_until = ?, plan_original_valid_until = ? where id = ?",
                today.plusDays(15), today.plusDays(15), UUID.fromString(low));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        watch.check(now);
        watch.check(now);
        assertEquals(1, notifications("CONNECTION_PLAN_EXPIRING"));
        read(low).body("plan.expiryWarnedAt", notNullValue()).body("status", equalTo("PLAN_NOTIFIED"));
        // 16 days before: not yet.
        OwnerDatabase.execute(tenant, "update connection_application set plan_valid_until = ?, plan_original_valid_until = ? where id = ?",
                today.plusDays(16), today.plusDays(16), UUID.fromString(high));
        watch.check(now);
        read(high).body("plan.expiryWarnedAt", nullValue());
        // The tenant warns 20 days ahead: now it is told.
        rules(c -> c.put("planExpiryWarningDays", 20));
        watch.check(now);
        read(high).body("plan.expiryWarnedAt", notNullValue());

        // Lapsed before construction started: cancelled, and the customer told.
        OwnerDatabase.execute(tenant, "update connection_application set plan_valid_until = ? where id = ?", today.minusDays(1), UUID.fromString(low));
        watch.check(now);
        read(low).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("PLAN_EXPIRED")).body("allowedActions", hasSize(0));
        assertEquals(1, notifications("CONNECTION_PLAN_EXPIRED"));
        given().auth().oauth2(dispatcher).get(BASE + "/" + low + "/timeline").then()
                .body("items.find { it.kind == 'plan-expired' }.actor", equalTo("system"))
                .body("items.find { it.kind == 'plan-expired' }.actorName", nullValue());

        // Construction started in time: the plan's validity no longer matters.
        String built = building("LOW_VOLTAGE");
        OwnerDatabase.execute(tenant, "update connection_application set plan_valid_until = ? where id = ?", today.minusDays(5), UUID.fromString(built));
        watch.check(now);
        read(built).body("status", equalTo("CONSTRUCTION"));
    }

    @Test
    void anExtensionIsAskedTenDaysBeforeExpiryAndNeverExceedsTheOriginalPeriod() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        String id = applied("LOW_VOLTAGE");
        plan(id).statusCode(200);
        // The plan's original period: 11 days from today's notice; so extensions may reach 22 days from today.
        OwnerDatabase.execute(tenant, "update connection_application set plan_valid_until = ?, plan_original_valid_until = ? where id = ?",
                today.plusDays(11), today.plusDays(11), UUID.fromString(id));
        read(id).body("allowedActions", hasItem("EXTEND_PLAN")).body("plan.extensionLimit", equalTo(today.plusDays(22).toString()));
        act(id, "plan-extension", "{\"version\":%d,\"validUntil\":\"%s\",\"reason\":\"设备到货延迟\"}".formatted(version(id), today.plusDays(20)))
                .then().statusCode(200).body("plan.validUntil", equalTo(today.plusDays(20).toString()))
                .body("plan.originalValidUntil", equalTo(today.plusDays(11).toString()));
        // Longer than the original period in total: refused.
        act(id, "plan-extension", "{\"version\":%d,\"validUntil\":\"%s\",\"reason\":\"再延\"}".formatted(version(id), today.plusDays(23)))
                .then().statusCode(422).body("type", containsString("connection-extension-refused")).body("errors[0].field", equalTo("validUntil"));
        act(id, "plan-extension", "{\"version\":%d,\"validUntil\":\"%s\",\"reason\":\"再延\"}".formatted(version(id), today.plusDays(22)))
                .then().statusCode(200);

        // Nine days before expiry: too late to ask.
        OwnerDatabase.execute(tenant, "update connection_application set plan_valid_until = ?, plan_original_valid_until = ? where id = ?",
                today.plusDays(9), today.plusDays(9), UUID.fromString(id));
        read(id).body("allowedActions", not(hasItem("EXTEND_PLAN")));
        act(id, "plan-extension", "{\"version\":%d,\"validUntil\":\"%s\",\"reason\":\"设备到货延迟\"}".formatted(version(id), today.plusDays(15)))
                .then().statusCode(422).body("type", containsString("connection-extension-refused")).body("detail", containsString("10 days"));
        // The tenant's notice is 5 days: nine days before is in time.
        rules(c -> c.put("extensionNoticeDays", 5));
        act(id, "plan-extension", "{\"version\":%d,\"validUntil\":\"%s\",\"reason\":\"设备到货延迟\"}".formatted(version(id), today.plusDays(15)))
                .then().statusCode(200).body("plan.validUntil", equalTo(today.plusDays(15).toString()));
        // An extension moves the plan later, never earlier.
        act(id, "plan-extension", "{\"version\":%d,\"validUntil\":\"%s\",\"reason\":\"x\"}".formatted(version(id), today.plusDays(3)))
                .then().statusCode(400).body("errors[0].field", equalTo("validUntil"));
    }

    // --- 3. design review ---------------------------------------------------------------------------------------------------

    @Test
    void aHighVoltageDesignNeedsAllThirteenDocumentsAndALowVoltageOneItsLoadList() throws Exception {
        String high = applied("HIGH_VOLTAGE_DUAL");
        plan(high).statusCode(200).body("requiredDocuments", hasSize(13));
        submit(high, HV_DOCUMENTS.subList(0, 12), 2).then().statusCode(422).body("type", containsString("connection-design-incomplete"))
                .body("detail", containsString("OTHERS_REQUIRED")).body("errors[0].field", equalTo("documents"));
        submit(high, HV_DOCUMENTS, 1).then().statusCode(400).body("errors[0].field", equalTo("copies"));
        submit(high, List.of("LOAD_COMPOSITION", "LOAD_COMPOSITION"), 2).then().statusCode(400)
                .body("errors[0].field", equalTo("documents[1].document"));
        submit(high, HV_DOCUMENTS, 2).then().statusCode(200).body("status", equalTo("DESIGN_REVIEW"))
                .body("designs[0].documents", hasSize(13)).body("designs[0].documents.included", not(hasItem(false)));

        String low = applied("LOW_VOLTAGE");
        plan(low).statusCode(200).body("requiredDocuments", equalTo(LV_DOCUMENTS));
        submit(low, List.of("LOAD_COMPOSITION"), 2).then().statusCode(422).body("detail", containsString("MAIN_EQUIPMENT_LIST"));
        submit(low, LV_DOCUMENTS, 2).then().statusCode(200).body("status", equalTo("DESIGN_REVIEW"));

        // The tenant takes a single copy.
        rules(c -> c.put("designCopies", 1));
        String residential = applied("RESIDENTIAL");
        plan(residential).statusCode(200);
        submit(residential, LV_DOCUMENTS, 1).then().statusCode(200);
    }

    @Test
    void aReviewIsPromisedWithinAMonthForHighVoltageAndTenDaysForLowVoltage() throws Exception {
        String high = applied("HIGH_VOLTAGE_SINGLE");
        plan(high).statusCode(200);
        Response highReview = submit(high, HV_DOCUMENTS, 2);
        highReview.then().statusCode(200).body("promise.kind", equalTo("DESIGN_REVIEW"));
        OffsetDateTime submitted = at(highReview.path("designs[0].submittedAt"));
        assertEquals(submitted.atZoneSameInstant(ZONE).plusMonths(1).toInstant(), at(highReview.path("promise.dueAt")).toInstant());

        String low = applied("LOW_VOLTAGE");
        plan(low).statusCode(200);
        Response lowReview = submit(low, LV_DOCUMENTS, 2);
        assertEquals(at(lowReview.path("designs[0].submittedAt")).atZoneSameInstant(ZONE).plusDays(10).toInstant(),
                at(lowReview.path("promise.dueAt")).toInstant());

        rules(c -> {
            c.put("lowVoltageDesignReviewDays", 7);
            c.put("highVoltageDesignReviewMonths", 2);
        });
        String low2 = applied("RESIDENTIAL");
        plan(low2).statusCode(200);
        Response changed = submit(low2, LV_DOCUMENTS, 2);
        assertEquals(at(changed.path("designs[0].submittedAt")).atZoneSameInstant(ZONE).plusDays(7).toInstant(),
                at(changed.path("promise.dueAt")).toInstant());
        String high2 = applied("HIGH_VOLTAGE_DUAL");
        plan(high2).statusCode(200);
        Response highChanged = submit(high2, HV_DOCUMENTS, 2);
        assertEquals(at(highChanged.path("designs[0].submittedAt")).atZoneSameInstant(ZONE).plusMonths(2).toInstant(),
                at(highChanged.path("promise.dueAt")).toInstant());

        // A review kept in time is met; the written opinion goes to the customer.
        review(low, "CHANGES_REQUIRED").statusCode(200).body("status", equalTo("DESIGN_CHANGES_REQUIRED")).body("promise.status", equalTo("MET"))
                .body("designs[0].opinion", equalTo("计量方式符合要求"));
        assertEquals(1, notifications("CONNECTION_DESIGN_CHANGES"));
    }

    @Test
    void theTimelineNamesWhoTookEachStep() {
        String named = Tokens.claims(tenant, "dispatcher").claim("name", "王建国").sign();
        String id = given().auth().oauth2(named).contentType("application/json")
                .body("""
                        {"customerId":"%s","kind":"CAPACITY_INCREASE","supplyClass":"RESIDENTIAL","capacityKva":12,
                         "siteAddress":"郑州市金水区花园路 18 号"}""".formatted(customer))
                .post(BASE).then().statusCode(201).extract().path("id");
        plan(id).statusCode(200);
        given().auth().oauth2(dispatcher).get(BASE + "/" + id + "/timeline").then().statusCode(200)
                .body("items.kind", equalTo(List.of("applied", "plan-notified")))
                .body("items[0].actorName", equalTo("王建国")).body("items[0].actor", startsWith("user-"))
                // A token without a name: the login stands in.
                .body("items[1].actorName", equalTo(given().auth().oauth2(dispatcher).get(BASE + "/" + id + "/timeline").then()
                        .extract().path("items[1].actor")));
        // The design's hand-in names the person too.
        given().auth().oauth2(named).contentType("application/json")
                .body("{\"version\":%d,\"copies\":2,\"documents\":%s}".formatted(version(id), documents(LV_DOCUMENTS)))
                .post(BASE + "/" + id + "/design-submissions").then().statusCode(200).body("designs[0].submittedBy", equalTo("王建国"));
    }

    @Test
    void noConstructionInstallationOrInspectionOnAnUnapprovedDesign() throws Exception {
        UUID installer = crewMember();
        String id = applied("LOW_VOLTAGE");
        // The survey is an inspection order for the application, allowed while the plan is awaited.
        workOrder(id, "INSPECTION").then().statusCode(201).body("connectionApplicationId", equalTo(id));
        plan(id).statusCode(200);
        construction(id, installer).then().statusCode(409).body("type", containsString("connection-design-not-approved"));
        workOrder(id, "INSTALLATION").then().statusCode(409).body("type", containsString("connection-design-not-approved"));
        workOrder(id, "INSPECTION").then().statusCode(409).body("type", containsString("connection-design-not-approved"));
        submit(id, LV_DOCUMENTS, 2).then().statusCode(200);
        construction(id, installer).then().statusCode(409).body("type", containsString("connection-design-not-approved"));
        inspect(id, "COMPLETION", true).then().statusCode(409).body("type", containsString("connection-design-not-approved"));
        review(id, "CHANGES_REQUIRED").statusCode(200);
        workOrder(id, "INSTALLATION").then().statusCode(409);
        submit(id, LV_DOCUMENTS, 2).then().statusCode(200);
        review(id, "APPROVED").statusCode(200).body("status", equalTo("DESIGN_APPROVED")).body("allowedActions", hasItem("START_CONSTRUCTION"));
        workOrder(id, "INSTALLATION").then().statusCode(201);
        construction(id, installer).then().statusCode(200).body("status", equalTo("CONSTRUCTION"))
                .body("construction.crew[0].name", not(equalTo(""))).body("workOrders", hasSize(2))
                .body("workOrders.type", equalTo(List.of("INSPECTION", "INSTALLATION"))).body("workOrders[0].number", startsWith("WO-"))
                .body("workOrders[1].status", equalTo("NEW"));
        // Orders of another kind, or for another customer, are not connection work.
        workOrder(id, "REPAIR").then().statusCode(400).body("errors[0].field", equalTo("type"));
        UUID someoneElse = TestCustomers.customer(tenant);
        UUID before = customer;
        customer = someoneElse;
        workOrder(id, "INSTALLATION").then().statusCode(400).body("errors[0].field", equalTo("connectionApplicationId"));
        customer = before;
    }

    Response workOrder(String applicationId, String type) {
        OffsetDateTime start = OffsetDateTime.now(ZONE).plusDays(2).withHour(9).withMinute(0).withSecond(0).withNano(0);
        return given().auth().oauth2(dispatcher).contentType("application/json").body("""
                {"type":"%s","customerId":"%s","description":"报装接电现场工作","tasks":{"electricalWork":true,"welding":false,"workAtHeight":false},
                 "appointment":{"start":"%s","end":"%s"},"connectionApplicationId":"%s"}"""
                .formatted(type, customer, start, start.plusHours(2), applicationId)).post("/api/v1/work-orders");
    }

    @Test
    void aDesignChangedAfterApprovalIsReviewedAgainBeforeWorkGoesOn() throws Exception {
        String id = building("LOW_VOLTAGE");
        inspect(id, "INTERMEDIATE", true).then().statusCode(200);
        submit(id, LV_DOCUMENTS, 2).then().statusCode(200).body("status", equalTo("DESIGN_REVIEW")).body("designs", hasSize(2))
                .body("designs[1].revision", equalTo(2));
        given().auth().oauth2(dispatcher).get(BASE + "/" + id + "/timeline").then()
                .body("items.findAll { it.kind == 'design-submitted' }[1].details.changed", equalTo("true"));
        inspect(id, "COMPLETION", true).then().statusCode(409).body("type", containsString("connection-design-not-approved"));
        workOrder(id, "INSTALLATION").then().statusCode(409);
        review(id, "APPROVED").statusCode(200).body("status", equalTo("CONSTRUCTION"));
        // The intermediate inspection was of revision 1: the changed design is inspected again first.
        read(id).body("allowedActions", not(hasItem("INSPECT_COMPLETION")));
        inspect(id, "COMPLETION", true).then().statusCode(409).body("type", containsString("connection-intermediate-missing"));
        inspect(id, "INTERMEDIATE", true).then().statusCode(200).body("inspections[1].designRevision", equalTo(2));
        inspect(id, "COMPLETION", true).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    // --- 4. construction ------------------------------------------------------------------------------------------------

    @Test
    void lowVoltageWorkTakesDomesticMaterialOnlyAndRecordsCentralProcurement() throws Exception {
        String imported = item("IMP-1", false);
        String domestic = item("DOM-1", true);
        String low = building("LOW_VOLTAGE");
        act(low, "materials", "{\"catalogItemId\":\"%s\",\"quantity\":120}".formatted(imported)).then().statusCode(422)
                .body("type", containsString("connection-material-not-domestic")).body("errors[0].field", equalTo("catalogItemId"));
        act(low, "materials", "{\"catalogItemId\":\"%s\",\"quantity\":120}".formatted(domestic)).then().statusCode(200)
                .body("materials", hasSize(1)).body("materials[0].domestic", equalTo(true)).body("materials[0].centralProcurement", equalTo(true))
                .body("materials[0].quantity", equalTo("120.00")).body("materials[0].unit", equalTo("米"));
        act(low, "materials", "{\"catalogItemId\":\"%s\",\"quantity\":0}".formatted(domestic)).then().statusCode(400)
                .body("errors[0].field", equalTo("quantity"));
        act(low, "materials", "{\"catalogItemId\":\"%s\",\"quantity\":1}".formatted(UUID.randomUUID())).then().statusCode(400)
                .body("errors[0].field", equalTo("catalogItemId"));
        // High voltage has no such rule.
        String high = building("HIGH_VOLTAGE_SINGLE");
        act(high, "materials", "{\"catalogItemId\":\"%s\",\"quantity\":3}".formatted(imported)).then().statusCode(200);
        // The flag is the catalogue's: once marked domestic, the same item passes.
        int version = given().auth().oauth2(manager).get("/api/v1/catalog-items/" + imported).then().extract().path("version");
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":%d,\"code\":\"IMP-1\",\"name\":\"电缆 IMP-1\",\"unit\":\"米\",\"domestic\":true}".formatted(version))
                .put("/api/v1/catalog-items/" + imported).then().statusCode(200).body("domestic", equalTo(true)).body("centralProcurement", equalTo(true));
        act(low, "materials", "{\"catalogItemId\":\"%s\",\"quantity\":5}".formatted(imported)).then().statusCode(200);
    }

    @Test
    void theContractorMustBeQualifiedAndItsCrewTrained() throws Exception {
        String id = approved("LOW_VOLTAGE");
        LocalDate today = LocalDate.now(ZONE);
        UUID untrained = TestInstallers.installer(tenant, manager);
        TestInstallers.certificate(manager, untrained, "ELECTRICIAN", "2020-01-01", "2035-12-31");
        construction(id, untrained).then().statusCode(422).body("type", containsString("connection-crew-unqualified"))
                .body("errors[0].field", equalTo("installerIds[0]")).body("errors[0].message", containsString("training"));
        UUID uncertified = TestInstallers.installer(tenant, manager);
        given().auth().oauth2(manager).contentType("application/json").body("{\"course\":\"岗前培训\",\"trainedOn\":\"2026-01-05\"}")
                .post("/api/v1/installers/" + uncertified + "/trainings").then().statusCode(201);
        construction(id, uncertified).then().statusCode(422).body("errors[0].message", containsString("electrician"));
        given().auth().oauth2(manager).get("/api/v1/installers/" + uncertified + "/trainings").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].course", equalTo("岗前培训"));

        // A partner without a valid construction qualification may not do the work; with one it may (its staff need no electrician card here).
        String partner = given().auth().oauth2(manager).contentType("application/json").body("{\"name\":\"安达电力安装\"}").post("/api/v1/partners")
                .then().statusCode(201).body("constructionQualification", nullValue()).extract().path("id");
        String body = "{\"version\":%d,\"contractor\":\"PARTNER\",\"partnerId\":\"%s\",\"installerIds\":[\"%s\"],\"feesPaidOn\":\"%s\",\"startedOn\":\"%s\"}";
        act(id, "construction", body.formatted(version(id), partner, uncertified, today, today)).then().statusCode(422)
                .body("type", containsString("connection-contractor-unqualified")).body("errors[0].field", equalTo("partnerId"));
        int partnerVersion = given().auth().oauth2(manager).get("/api/v1/partners/" + partner).then().extract().path("version");
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":%d,\"constructionQualification\":{\"number\":\"D341012345\",\"validTo\":\"%s\"}}"
                        .formatted(partnerVersion, today.plusYears(1)))
                .patch("/api/v1/partners/" + partner).then().statusCode(200).body("constructionQualification.number", equalTo("D341012345"));
        act(id, "construction", "{\"version\":%d,\"contractor\":\"PARTNER\",\"installerIds\":[\"%s\"],\"feesPaidOn\":\"%s\",\"startedOn\":\"%s\"}"
                .formatted(version(id), uncertified, today, today)).then().statusCode(400).body("errors[0].field", equalTo("partnerId"));
        act(id, "construction", body.formatted(version(id), partner, uncertified, today.plusDays(1), today)).then().statusCode(400)
                .body("errors[0].field", equalTo("feesPaidOn"));
        act(id, "construction", body.formatted(version(id), partner, uncertified, today, today)).then().statusCode(200)
                .body("construction.partnerName", equalTo("安达电力安装")).body("construction.contractor", equalTo("PARTNER"));
    }

    // --- 5. inspection and connection -------------------------------------------------------------------------------------

    @Test
    void aFailedCompletionInspectionGoesBackToConstructionThenPassesAndTheMeterIsConnected() throws Exception {
        String id = building("LOW_VOLTAGE");
        read(id).body("allowedActions", hasItems("RECORD_MATERIAL", "INSPECT_INTERMEDIATE")).body("allowedActions", not(hasItem("INSPECT_COMPLETION")));
        inspect(id, "COMPLETION", true).then().statusCode(409).body("type", containsString("connection-intermediate-missing"));
        inspect(id, "INTERMEDIATE", true).then().statusCode(200).body("inspections[0].result", equalTo("PASSED"))
                .body("allowedActions", hasItem("INSPECT_COMPLETION"));
        act(id, "inspections", "{\"version\":%d,\"stage\":\"COMPLETION\",\"inspector\":\"李工\",\"checklist\":[{\"item\":\"接地\",\"passed\":false}]}"
                .formatted(version(id))).then().statusCode(400).body("errors[0].field", equalTo("checklist[0].finding"));
        inspect(id, "COMPLETION", false).then().statusCode(200).body("status", equalTo("CONSTRUCTION"))
                .body("inspections[1].result", equalTo("FAILED")).body("inspections[1].findings", containsString("接地电阻 12Ω 超标"));
        assertEquals(1, notifications("CONNECTION_INSPECTION_FAILED"));
        act(id, "connection", "{\"version\":%d,\"supplyContractNumber\":\"GD-1\",\"contractSignedOn\":\"%s\",\"meterNumber\":\"M-1\"}"
                .formatted(version(id), LocalDate.now(ZONE))).then().statusCode(409).body("type", containsString("connection-step-not-allowed"));
        inspect(id, "COMPLETION", true).then().statusCode(200).body("status", equalTo("ACCEPTED")).body("allowedActions", hasItem("CONNECT"));
        act(id, "connection", "{\"version\":%d,\"supplyContractNumber\":\"GD-2026-0012\",\"contractSignedOn\":\"%s\",\"meterNumber\":\"3310001234567\"}"
                .formatted(version(id), LocalDate.now(ZONE))).then().statusCode(200).body("status", equalTo("CONNECTED"))
                .body("connection.meterNumber", equalTo("3310001234567")).body("allowedActions", hasSize(0));
        assertEquals(1, notifications("CONNECTION_CONNECTED"));
        given().auth().oauth2(dispatcher).get(BASE + "/" + id + "/timeline").then().body("items.kind", hasItems("applied", "plan-notified",
                "design-submitted", "design-reviewed", "construction-started", "inspected", "connected"));
        assertEquals(true, OwnerDatabase.count(tenant, "select count(*) from audit_event where entity_id = ?", id) >= 8);
        // Final: nothing more happens to it.
        act(id, "cancellation", "{\"version\":%d,\"reason\":\"x\"}".formatted(version(id))).then().statusCode(409);
    }

    // --- 6. the module, roles, tenants, the customer and bad input ----------------------------------------------------------

    @Test
    void theModuleIsOffUntilTheTenantSwitchesItOnAndItsProcedureIsPublished() throws Exception {
        rules(c -> {
            c.put("enabled", false);
            c.put("fees", List.of(Map.of("item", "低压接电费", "amount", "300.00", "per", "户")));
            c.put("procedureNote", "营业厅：花园路 18 号，工作日 9:00–17:00");
        });
        create("LOW_VOLTAGE").then().statusCode(409).body("type", containsString("connection-module-off"));
        given().auth().oauth2(dispatcher).get("/api/v1/me").then().body("tenant.connectionApplications", equalTo(false));
        String slug = "t-" + tenant.toString().substring(24);
        given().get("/api/v1/public/" + slug + "/connection-procedure").then().statusCode(200).body("enabled", equalTo(false))
                .body("fees[0].amount", equalTo("300.00")).body("planDeadlines.RESIDENTIAL.amount", equalTo(5))
                .body("planDeadlines.HIGH_VOLTAGE_DUAL.unit", equalTo("MONTHS")).body("highVoltageDocuments", hasSize(13)).body("lowVoltageDocuments", hasSize(2))
                .body("note", containsString("花园路"));
        rules(c -> c.put("enabled", true));
        given().get("/api/v1/public/" + slug + "/connection-procedure").then().body("enabled", equalTo(true));
        given().auth().oauth2(dispatcher).get("/api/v1/me").then().body("tenant.connectionApplications", equalTo(true));
        given().get("/api/v1/public/no-such-company/connection-procedure").then().statusCode(404);
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = given().auth().oauth2(manager).get("/api/v1/settings").then().extract().path("$");
        ((Map<String, Object>) settings.get("connection")).put("fees", List.of(Map.of("item", "x", "amount", "3.456")));
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(400)
                .body("errors[0].field", equalTo("connection.fees[0].amount"));
        // A warning that comes after the last day to ask for an extension is no use.
        ((Map<String, Object>) settings.get("connection")).put("fees", List.of());
        ((Map<String, Object>) settings.get("connection")).put("planExpiryWarningDays", 10);
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(400)
                .body("errors[0].field", equalTo("connection.planExpiryWarningDays"));
    }

    @Test
    void anotherTenantSeesNothingAndOnlyTheOfficeWorksApplications() throws Exception {
        String id = applied("LOW_VOLTAGE");
        String stranger = Tokens.of(tenants.create(), "manager");
        given().auth().oauth2(stranger).get(BASE + "/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).get(BASE + "/" + id + "/timeline").then().statusCode(404);
        given().auth().oauth2(stranger).get(BASE).then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(stranger).contentType("application/json").body("{\"version\":0,\"plan\":\"x\"}").post(BASE + "/" + id + "/plan")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(tenant, "installer")).get(BASE).then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "partner")).get(BASE + "/" + id).then().statusCode(403);
        given().get(BASE).then().statusCode(401);
        // Its files follow the application: the office sees them, another tenant does not.
        String file = given().auth().oauth2(dispatcher).contentType("image/png").body(java.util.Base64.getDecoder().decode(io.aftercare.support.TestOrders.SIGNATURE))
                .queryParam("ownerType", "CONNECTION_APPLICATION").queryParam("ownerId", id).queryParam("kind", "DOCUMENT")
                .post("/api/v1/attachments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(stranger).get("/api/v1/attachments/" + file).then().statusCode(404);
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/attachments/" + file).then().statusCode(404);
        // ... and a design's scan must be one of them.
        plan(id).statusCode(200);
        act(id, "design-submissions", "{\"version\":%d,\"copies\":2,\"documents\":[{\"document\":\"LOAD_COMPOSITION\",\"attachmentId\":\"%s\"},{\"document\":\"MAIN_EQUIPMENT_LIST\",\"attachmentId\":\"%s\"}]}"
                .formatted(version(id), file, UUID.randomUUID())).then().statusCode(400).body("errors[0].field", equalTo("documents[1].attachmentId"));
        act(id, "design-submissions", "{\"version\":%d,\"copies\":2,\"documents\":[{\"document\":\"LOAD_COMPOSITION\",\"attachmentId\":\"%s\"},{\"document\":\"MAIN_EQUIPMENT_LIST\"}]}"
                .formatted(version(id), file)).then().statusCode(200).body("designs[0].documents[0].attachmentId", equalTo(file));
        // Filters.
        given().auth().oauth2(dispatcher).queryParam("status", "DESIGN_REVIEW").get(BASE).then().body("items", hasSize(1))
                .body("items[0].customerName", equalTo("王芳"));
        given().auth().oauth2(dispatcher).queryParam("status", "NOPE").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void badInputNamesTheFieldAndAStaleVersionIsRefused() throws Exception {
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"customerId\":\"%s\",\"kind\":\"NEW_CONNECTION\",\"supplyClass\":\"LOW_VOLTAGE\",\"capacityKva\":80}".formatted(customer))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("siteAddress"));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"customerId\":\"%s\",\"kind\":\"NEW_CONNECTION\",\"supplyClass\":\"MEDIUM\",\"capacityKva\":80,\"siteAddress\":\"x\"}".formatted(customer))
                .post(BASE).then().statusCode(400);
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"customerId\":\"%s\",\"kind\":\"NEW_CONNECTION\",\"supplyClass\":\"LOW_VOLTAGE\",\"capacityKva\":-1,\"siteAddress\":\"x\"}".formatted(customer))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("capacityKva"));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"customerId\":\"%s\",\"kind\":\"NEW_CONNECTION\",\"supplyClass\":\"LOW_VOLTAGE\",\"capacityKva\":8,\"siteAddress\":\"x\"}".formatted(UUID.randomUUID()))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("customerId"));
        String id = applied("LOW_VOLTAGE");
        act(id, "plan", "{\"version\":99,\"plan\":\"x\"}").then().statusCode(409);
        act(id, "plan", "{\"version\":0}").then().statusCode(400).body("errors[0].field", equalTo("plan"));
        act(id, "design-review", "{\"version\":%d,\"result\":\"APPROVED\",\"opinion\":\"ok\"}".formatted(version(id))).then().statusCode(409)
                .body("type", containsString("connection-step-not-allowed"));
        act(id, "cancellation", "{\"version\":%d,\"reason\":\"客户撤回\"}".formatted(version(id))).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("WITHDRAWN")).body("promise.status", equalTo("CANCELLED"));
    }

    @Test
    void theCustomerAppliesFollowsObjectsAndAsksForAnExtensionOfTheirOwnOnly() throws Exception {
        String mine = Tokens.claims(tenant, "customer").claim("customer_id", customer.toString()).sign();
        UUID neighbourId = TestCustomers.customer(tenant);
        String neighbour = Tokens.claims(tenant, "customer").claim("customer_id", neighbourId.toString()).sign();
        Response applied = given().auth().oauth2(mine).contentType("application/json")
                .body("{\"kind\":\"CAPACITY_INCREASE\",\"supplyClass\":\"RESIDENTIAL\",\"capacityKva\":12,\"siteAddress\":\"金水区花园路 18 号 3 单元\"}")
                .post("/api/v1/my/connection-applications");
        applied.then().statusCode(201).body("status", equalTo("APPLIED")).body("planDueAt", notNullValue())
                .body("timeline[0].kind", equalTo("applied"));
        String number = applied.path("number");
        given().auth().oauth2(neighbour).get("/api/v1/my/connection-applications/" + number).then().statusCode(404);
        given().auth().oauth2(neighbour).get("/api/v1/my/connection-applications").then().body("items", hasSize(0));
        String elsewhere = Tokens.claims(tenants.create(), "customer").claim("customer_id", customer.toString()).sign();
        given().auth().oauth2(elsewhere).get("/api/v1/my/connection-applications/" + number).then().statusCode(404);
        given().auth().oauth2(dispatcher).get("/api/v1/my/connection-applications").then().statusCode(403);
        // Staff see it came from the customer, and notify the plan.
        String id = given().auth().oauth2(dispatcher).queryParam("customerId", customer).get(BASE).then().body("items", hasSize(1))
                .extract().path("items[0].id");
        read(id).body("source", equalTo("CUSTOMER"));
        plan(id).statusCode(200);
        int version = given().auth().oauth2(mine).get("/api/v1/my/connection-applications/" + number).then().statusCode(200)
                .body("plan.text", containsString("10kV")).body("allowedActions", hasItems("OBJECT_TO_PLAN", "EXTEND_PLAN"))
                // Who notified the plan, by name only: the office's logins stay in the office.
                .body("timeline.find { it.kind == 'plan-notified' }.actor", equalTo(""))
                .body("timeline.find { it.kind == 'plan-notified' }.actorName", notNullValue())
                .extract().path("version");
        given().auth().oauth2(neighbour).contentType("application/json").body("{\"version\":%d,\"reason\":\"x\"}".formatted(version))
                .post("/api/v1/my/connection-applications/" + number + "/plan-objection").then().statusCode(404);
        LocalDate today = LocalDate.now(ZONE);
        given().auth().oauth2(mine).contentType("application/json")
                .body("{\"version\":%d,\"validUntil\":\"%s\",\"reason\":\"装修延期\"}".formatted(version, today.plusMonths(4)))
                .post("/api/v1/my/connection-applications/" + number + "/plan-extension").then().statusCode(200)
                .body("plan.validUntil", equalTo(today.plusMonths(4).toString()));
        version = given().auth().oauth2(mine).get("/api/v1/my/connection-applications/" + number).then().extract().path("version");
        given().auth().oauth2(mine).contentType("application/json").body("{\"version\":%d,\"reason\":\"希望改为三相供电\"}".formatted(version))
                .post("/api/v1/my/connection-applications/" + number + "/plan-objection").then().statusCode(200)
                .body("status", equalTo("APPLIED")).body("timeline.kind", hasItem("plan-objected"));
        // The office's own steps stay the office's.
        given().auth().oauth2(mine).get(BASE + "/" + id).then().statusCode(403);
    }

    // --- 7. races --------------------------------------------------------------------------------------------------------

    /** Runs the calls at once; their status codes. */
    static List<Integer> atOnce(List<java.util.concurrent.Callable<Integer>> calls) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (var f : futures) {
                codes.add(f.get());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stepsTakenAtOnceOnTheSameVersionLeaveOneWinnerAndNo500() throws Exception {
        String id = applied("LOW_VOLTAGE");
        int v = version(id);
        List<Integer> plans = atOnce(List.of(
                () -> act(id, "plan", "{\"version\":%d,\"plan\":\"甲方案\"}".formatted(v)).statusCode(),
                () -> act(id, "plan", "{\"version\":%d,\"plan\":\"乙方案\"}".formatted(v)).statusCode(),
                () -> act(id, "cancellation", "{\"version\":%d,\"reason\":\"撤回\"}".formatted(v)).statusCode()));
        assertEquals(1, plans.stream().filter(c -> c == 200).count(), plans.toString());
        assertEquals(2, plans.stream().filter(c -> c == 409).count(), plans.toString());

        String other = applied("LOW_VOLTAGE");
        plan(other).statusCode(200);
        int w = version(other);
        String design = "{\"version\":%d,\"copies\":2,\"documents\":%s}".formatted(w, documents(LV_DOCUMENTS));
        List<Integer> designs = atOnce(List.of(() -> act(other, "design-submissions", design).statusCode(),
                () -> act(other, "design-submissions", design).statusCode()));
        assertEquals(List.of(200, 409), designs.stream().sorted().toList());
        read(other).body("designs", hasSize(1));

        // One application per Idempotency-Key, however many retries arrive together.
        String body = "{\"customerId\":\"%s\",\"kind\":\"NEW_CONNECTION\",\"supplyClass\":\"RESIDENTIAL\",\"capacityKva\":8,\"siteAddress\":\"x\"}"
                .formatted(customer);
        String key = UUID.randomUUID().toString();
        List<Integer> creates = atOnce(List.of(
                () -> given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("application/json").body(body).post(BASE).statusCode(),
                () -> given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("application/json").body(body).post(BASE).statusCode()));
        assertEquals(false, creates.contains(500), creates.toString());
        given().auth().oauth2(dispatcher).queryParam("supplyClass", "RESIDENTIAL").get(BASE).then().body("items", hasSize(1));
    }
}
