package io.aftercare.report;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.PdfText;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weekly report of a fixed week in Shanghai: its counts, its PDF in Chinese, its workbook, and one report per period across replicas. */
@QuarkusTest
class ReportsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    TestTenants tenants;

    @Inject
    PeriodicReports reports;

    UUID tenant;
    String manager;
    UUID customer;
    UUID installer;
    int numbers;

    private static OffsetDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toOffsetDateTime();
    }

    private String number(String prefix) {
        return prefix + "-" + (++numbers);
    }

    private void request(String channel, String category, String status, String registered) throws Exception {
        OwnerDatabase.execute(tenant, """
                        insert into service_request (tenant_id, id, number, channel, customer_id, category, description, status, registered_at,
                                                     registered_by)
                        values (?, ?, ?, ?, ?, ?, '空调不制冷', ?, ?, 'dispatcher')""",
                tenant, UUID.randomUUID(), number("SR"), channel, customer, category, status, at(registered));
    }

    /** Week 47 of 2026 (Monday 16 to Sunday 22 November): three requests, an order done, a spot check and a warning. */
    @BeforeEach
    void week() throws Exception {
        tenant = tenants.create(SHANGHAI.getId());
        manager = Tokens.manager(tenant);
        customer = TestCustomers.customer(tenant);
        installer = TestInstallers.installer(tenant, manager);
        request("PHONE", "FAULT", "RESOLVED_BY_PHONE", "2026-11-16T00:00");
        request("PHONE", "INSTALLATION", "OPEN", "2026-11-19T15:00");
        request("WEB", "CONSULTATION", "DISMISSED", "2026-11-22T23:59");
        request("PHONE", "FAULT", "OPEN", "2026-11-23T00:00");
        UUID order = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                        insert into work_order (tenant_id, id, number, type, status, priority, customer_id, description, tasks, appointment_start,
                                                appointment_end, created_at, updated_at, lead_installer_id, checked_in_at, late, work_done_at, sign_off)
                        values (?, ?, 'WO-1', 'REPAIR', 'WORK_DONE', 'NORMAL', ?, '不制冷', '{}', ?, ?, ?, ?, ?, ?, true, ?,
                                cast('{"refused":false,"ratings":{"attitude":4,"timeliness":4,"quality":4}}' as jsonb))""",
                tenant, order, customer, at("2026-11-18T09:00"), at("2026-11-18T11:00"), at("2026-11-17T09:00"), at("2026-11-18T12:00"),
                installer, at("2026-11-18T09:30"), at("2026-11-18T11:30"));
        OwnerDatabase.execute(tenant, """
                        insert into follow_up (tenant_id, id, number, kind, status, customer_id, work_order_id, due_at, next_attempt_at, created_at,
                                               completed_at, knows_usage, meets_needs, installer_attitude)
                        values (?, ?, 'FU-1', 'SPOT_CHECK_VISIT', 'COMPLETED', ?, ?, ?, ?, ?, ?, 2, 3, 4)""",
                tenant, UUID.randomUUID(), customer, order, at("2026-11-20T09:00"), at("2026-11-20T09:00"), at("2026-11-19T09:00"),
                at("2026-11-20T10:00"));
        UUID product = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                        insert into catalog_item (tenant_id, id, kind, code, name, unit, created_at, updated_at)
                        values (?, ?, 'PRODUCT', 'K-200', '冷柜 K-200', '台', now(), now())""", tenant, product);
        OwnerDatabase.execute(tenant, """
                        insert into early_warning (tenant_id, id, number, product_id, fault_category, rule, period_start, period_end, occurrences,
                                                   routed_to, status, raised_at)
                        values (?, ?, 'EW-1', ?, 'no-cooling', 'MONTHLY', '2026-11-01', '2026-11-30', 3, 'ENGINEERING', 'OPEN', ?)""",
                tenant, UUID.randomUUID(), product, at("2026-11-21T08:00"));
    }

    private Response generate(String kind, String day) {
        return given().auth().oauth2(manager).contentType("application/json")
                .body("{\"kind\":\"" + kind + "\",\"periodStart\":\"" + day + "\"}").post("/api/v1/reports");
    }

    private String weekly() {
        return generate("WEEKLY", "2026-11-18").then().statusCode(201).extract().path("id");
    }

    @Test
    void theWeeklyReportOfAFixedWeekHasItsCounts() {
        JsonPath report = generate("WEEKLY", "2026-11-18").then().statusCode(201).extract().jsonPath();
        assertEquals("2026-11-16", report.getString("periodStart"));
        assertEquals("2026-11-22", report.getString("periodEnd"));
        assertEquals(3.0f, report.getFloat("content.figures.find { it.kpi == 'REQUESTS' }.value"));
        assertEquals(2.0f, report.getFloat("content.figures.find { it.kpi == 'REQUESTS' }.breakdown.find { it.key == 'PHONE' }.value"));
        assertEquals(50.0f, report.getFloat("content.figures.find { it.kpi == 'PHONE_RESOLUTION_RATE' }.value"));
        assertEquals(1, report.getInt("content.requestOutcomes.find { it.key == 'DISMISSED' }.count"));
        assertEquals(1, report.getInt("content.spotChecks.visits"));
        assertEquals(1, report.getInt("content.spotChecks.poorAnswers"));
        assertEquals(3.0f, report.getFloat("content.spotChecks.averageScore"));
        assertEquals(1, report.getInt("content.installers.find { it.installerId == '" + installer + "' }.ordersDone"));
        assertEquals(1, report.getInt("content.installers.find { it.installerId == '" + installer + "' }.late"));
        assertEquals(4.0f, report.getFloat("content.installers.find { it.installerId == '" + installer + "' }.satisfaction"));
        assertEquals(List.of("EW-1"), report.getList("content.warnings.number"));

        // Made once: asking again answers the kept report.
        generate("WEEKLY", "2026-11-22").then().statusCode(200).body("id", equalTo(report.getString("id")));
        given().auth().oauth2(manager).get("/api/v1/reports?kind=WEEKLY").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].generatedBy", equalTo(report.getString("generatedBy")));
    }

    @Test
    void aPeriodThatHasNotEndedCannotBeReportedYet() {
        generate("MONTHLY", LocalDate.now(SHANGHAI).toString()).then().statusCode(400).body("errors[0].field", equalTo("periodStart"));
        generate("YEARLY", "2026-11-18").then().statusCode(400);
    }

    @Test
    void thePdfIsWrittenInChinese() throws Exception {
        byte[] pdf = given().auth().oauth2(manager).get("/api/v1/reports/" + weekly() + "/pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", equalTo("attachment; filename=\"weekly-report-2026-11-16.pdf\""))
                .extract().asByteArray();
        String text = PdfText.text(pdf);
        assertTrue(text.contains("周报"), text);
        assertTrue(text.contains("关键指标"), text);
        assertTrue(text.contains("冷柜 K-200"), text);
        assertTrue(text.contains("技术部门"), text);
        // Hyphens and dashes share glyphs too: any of them between the days.
        assertTrue(java.util.regex.Pattern.compile("2026.11.16 . 2026.11.22").matcher(text).find(), text);
    }

    @Test
    void theWorkbookOpensWithASheetPerTable() throws Exception {
        byte[] xlsx = given().auth().oauth2(manager).get("/api/v1/reports/" + weekly() + "/xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = workbook.getSheets().map(Sheet::getName).toList();
            assertTrue(names.containsAll(List.of("关键指标", "处理结果", "质量预警及分流", "抽查回访", "安装工", "服务网点")), names.toString());
            var rows = workbook.getSheets().filter(s -> s.getName().equals("安装工")).findFirst().orElseThrow().read();
            assertTrue(rows.stream().anyMatch(r -> r.getCellCount() > 1 && "1".equals(r.getCellRawValue(1).orElse(""))),
                    "the installer's order done is a number in the sheet");
        }
    }

    @Test
    void reportsStayInTheirTenantAndWithTheManager() {
        String id = weekly();
        UUID elsewhere = tenants.create(SHANGHAI.getId());
        given().auth().oauth2(Tokens.manager(elsewhere)).get("/api/v1/reports/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.manager(elsewhere)).get("/api/v1/reports/" + id + "/pdf").then().statusCode(404);
        for (String role : List.of("dispatcher", "installer", "partner")) {
            given().auth().oauth2(Tokens.of(tenant, role)).get("/api/v1/reports").then().statusCode(403);
        }
    }

    /** Two replicas run the schedule at the same moment: the last week's and last month's reports are each made once. */
    @Test
    void twoReplicasGenerateEachPeriodsReportOnce() throws Exception {
        UUID old = tenants.create(SHANGHAI.getId());
        OwnerDatabase.execute(null, "update tenant set created_at = now() - interval '90 days' where id = ?", old);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                runs.add(replicas.submit(() -> reports.generateDue()));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate lastMonday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(1);
        assertEquals(1, OwnerDatabase.count(old, "select count(*) from periodic_report where kind = 'WEEKLY' and period_start = ?", lastMonday));
        assertEquals(1, OwnerDatabase.count(old, "select count(*) from periodic_report where kind = 'MONTHLY' and period_start = ?",
                today.minusMonths(1).withDayOfMonth(1)));
        assertEquals(2, OwnerDatabase.count(old, "select count(*) from periodic_report"));
        // Run again: nothing new.
        reports.generateDue();
        assertEquals(2, OwnerDatabase.count(old, "select count(*) from periodic_report"));
    }
}
