package io.aftercare.partner;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outsourced installation: partners are paid per unit under their agreement, less delay, complaint and damage deductions. */
@QuarkusTest
class PartnersTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String manager;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
    }

    private Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path);
    }

    private String partner(String token, String name) {
        return post(token, "/api/v1/partners", """
                {"name":"%s","contacts":[{"name":"李强","phone":"13900001111","role":"项目经理"}],
                 "bankAccount":{"accountName":"%s","bank":"中国工商银行","accountNumber":"6222 0212 3456 7890 123"}}""".formatted(name, name))
                .then().statusCode(201).extract().path("id");
    }

    private String agreement(String token, String partner, String extra) {
        return post(token, "/api/v1/partners/" + partner + "/agreements",
                "{\"feePerUnit\":\"50.00\",\"firstDay\":\"2025-01-01\",\"lastDay\":\"2025-12-31\"" + extra + "}")
                .then().statusCode(201).extract().path("id");
    }

    private Response assign(String token, String partner, String workOrder, String agreement, int units, String due) {
        return post(token, "/api/v1/partners/" + partner + "/orders", """
                {"workOrderId":"%s","agreementId":"%s","units":%d,"dueDate":"%s"}""".formatted(workOrder, agreement, units, due));
    }

    private void workDoneAt(UUID tenant, String workOrder, String at) throws Exception {
        OwnerDatabase.execute(tenant, "update work_order set work_done_at = ?::timestamptz where id = ?::uuid", at, workOrder);
    }

    /** A complaint about the order through the complaint API, then verified, rejected, or verified and closed by the manager. */
    private void complaint(UUID tenant, String workOrder, String outcome) {
        String id = post(Tokens.of(tenant, "dispatcher"), "/api/v1/complaints",
                "{\"channel\":\"PHONE\",\"category\":\"ATTITUDE\",\"workOrderId\":\"" + workOrder + "\",\"description\":\"安装人员态度差\"}")
                .then().statusCode(201).extract().path("id");
        String step = outcome.equals("REJECTED") ? "rejection" : "verification";
        post(Tokens.manager(tenant), "/api/v1/complaints/" + id + "/" + step, "{\"version\":0,\"note\":\"核实\",\"customerAnswer\":\"已回复\"}")
                .then().statusCode(200);
        if (outcome.equals("CLOSED")) {
            post(Tokens.manager(tenant), "/api/v1/complaints/" + id + "/closing", "{\"version\":1,\"remedialAction\":\"重新培训安装人员\"}")
                    .then().statusCode(200);
        }
    }

    private String partnerToken(UUID tenant, String partner) throws Exception {
        UUID staff = OwnerDatabase.insertStaff(tenant, "p-" + UUID.randomUUID().toString().substring(0, 8), "partner");
        post(Tokens.manager(tenant), "/api/v1/partners/" + partner + "/staff", "{\"staffUserId\":\"" + staff + "\"}").then().statusCode(200);
        return Tokens.claims(tenant, "partner").subject(staff.toString()).sign();
    }

    private static String phoneOf(UUID tenant, UUID customer) throws Exception {
        try (Connection c = OwnerDatabase.connect(tenant); PreparedStatement q = c.prepareStatement("select phone from customer where id = ?")) {
            q.setObject(1, customer);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** 10 accepted, signed units at 50.00 = 500.00; one day late and one verified complaint deduct 5 % each → 450.00. */
    @Test
    void statementPaysAcceptedSignedUnitsLessDelayAndComplaintDeductions() throws Exception {
        String partner = partner(manager, "安达安装");
        String agreement = agreement(manager, partner, "");
        UUID customer = TestCustomers.customer(tenant);
        TestOrders.Order signed = TestOrders.filed(tenant, customer, "INSTALLATION");
        TestOrders.Order unsigned = TestOrders.workDone(tenant, customer, "INSTALLATION");
        TestOrders.Order notAccepted = TestOrders.filed(tenant, customer, "INSTALLATION");
        String counted = assign(manager, partner, signed.id(), agreement, 10, "2025-03-09").then().statusCode(201).extract().path("id");
        String unsignedOrder = assign(manager, partner, unsigned.id(), agreement, 5, "2025-03-10").then().statusCode(201).extract().path("id");
        assign(manager, partner, notAccepted.id(), agreement, 7, "2025-03-10").then().statusCode(201);
        assign(manager, partner, signed.id(), agreement, 1, "2025-03-10").then().statusCode(409);
        for (String wo : List.of(signed.id(), unsigned.id(), notAccepted.id())) {
            workDoneAt(tenant, wo, "2025-03-10T10:00:00+08:00");
        }
        post(manager, "/api/v1/partner-orders/" + counted + "/accept", "{\"version\":0}").then().statusCode(200).body("accepted", equalTo(true));
        post(manager, "/api/v1/partner-orders/" + counted + "/accept", "{\"version\":1}").then().statusCode(409);
        // Without the customer's signed acceptance the manager cannot sign off.
        post(manager, "/api/v1/partner-orders/" + unsignedOrder + "/accept", "{\"version\":0}").then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/partner-order-unsigned"));
        complaint(tenant, signed.id(), "VERIFIED");
        complaint(tenant, signed.id(), "REJECTED");
        complaint(tenant, notAccepted.id(), "VERIFIED");

        Response draft = post(manager, "/api/v1/partners/" + partner + "/statements", "{\"periodFrom\":\"2025-03-01\",\"periodTo\":\"2025-03-31\"}");
        draft.then().statusCode(201).body("status", equalTo("DRAFT")).body("units", equalTo(10)).body("gross", equalTo("500.00"))
                .body("delayDays", equalTo(1)).body("delayDeduction", equalTo("25.00")).body("complaints", equalTo(1))
                .body("complaintDeduction", equalTo("25.00")).body("damageDeduction", equalTo("0.00")).body("net", equalTo("450.00"))
                .body("lines", hasSize(1)).body("lines[0].daysLate", equalTo(1)).body("lines[0].amount", equalTo("500.00"))
                .body("lines[0].delayDeductionPercentPerDay", equalTo("5.00"));
        String statement = draft.path("id");
        String base = "/api/v1/partners/" + partner + "/statements/" + statement;

        // Damage the partner caused is theirs to pay; a recompute of the draft takes it in.
        post(manager, "/api/v1/partner-orders/" + counted + "/damage", "{\"version\":1,\"amount\":\"30.00\",\"note\":\"仪表盘烧毁\"}")
                .then().statusCode(200).body("damageAmount", equalTo("30.00"));
        post(manager, base + "/recompute", "{\"version\":0}").then().statusCode(200)
                .body("damageDeduction", equalTo("30.00")).body("net", equalTo("420.00"));

        byte[] xlsx = given().auth().oauth2(manager).get(base + ".xlsx").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row net = rows.get(rows.size() - 1);
            assertEquals("应付金额 Net", net.getCellText(0));
            assertEquals(0, new java.math.BigDecimal("420.00").compareTo(net.getCellAsNumber(3).orElseThrow()));
            assertTrue(rows.get(0).getCellText(0).contains("安达安装"));
        }
        byte[] pdf = given().auth().oauth2(manager).get(base + ".pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            // Noto Sans SC shares glyphs between Kangxi radicals and ideographs (⽅/方); NFKC folds extraction back.
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFKC);
            assertTrue(text.contains("乙方 Partner: 安达安装"), text);
            assertTrue(text.contains("安装费合计 Gross: 500.00"), text);
            assertTrue(text.contains("延误扣款 Delay deduction: 25.00"), text);
            assertTrue(text.contains("投诉扣款 Complaint deduction: 25.00"), text);
            assertTrue(text.contains("应付金额 Net: 420.00"), text);
        }

        // DRAFT → CONFIRMED → PAID; only a draft may be recomputed or deleted.
        post(manager, base + "/pay", "{\"version\":1}").then().statusCode(409);
        post(manager, base + "/confirm", "{\"version\":1}").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(manager).delete(base).then().statusCode(409);
        post(manager, base + "/recompute", "{\"version\":2}").then().statusCode(409);
        post(manager, "/api/v1/partner-orders/" + counted + "/damage", "{\"version\":2,\"amount\":\"1.00\",\"note\":\"x\"}").then().statusCode(409);
        post(manager, base + "/pay", "{\"version\":2}").then().statusCode(200).body("status", equalTo("PAID"));
        post(manager, base + "/pay", "{\"version\":3}").then().statusCode(409);
        // A unit is on one confirmed statement at most: a new draft of the same period counts nothing.
        Response again = post(manager, "/api/v1/partners/" + partner + "/statements", "{\"periodFrom\":\"2025-03-01\",\"periodTo\":\"2025-03-31\"}");
        again.then().statusCode(201).body("units", equalTo(0)).body("gross", equalTo("0.00")).body("net", equalTo("0.00"));
        given().auth().oauth2(manager).delete("/api/v1/partners/" + partner + "/statements/" + again.path("id")).then().statusCode(204);
    }

    /** Each tenant's settings give its agreements' defaults; an agreement keeps them after the settings change. */
    @Test
    void agreementsKeepTheirTenantsPercentagesAfterASettingsChange() throws Exception {
        String partner = partner(manager, "甲方伙伴");
        String kept = agreement(manager, partner, "");
        UUID other = tenants.create();
        OwnerDatabase.execute(other, """
                update rule_book set settings = jsonb_set(settings, '{partners}',
                  '{"minimumUnitsPerDay": 15, "delayDeductionPercentPerDay": "10", "complaintDeductionPercent": "2"}'::jsonb)""");
        String otherManager = Tokens.manager(other);
        String otherPartner = partner(otherManager, "乙方伙伴");
        String otherAgreement = agreement(otherManager, otherPartner, "");
        given().auth().oauth2(otherManager).get("/api/v1/partners/" + otherPartner + "/agreements").then().statusCode(200)
                .body("items[0].dailyQuota", equalTo(15)).body("items[0].delayDeductionPercentPerDay", equalTo("10.00"))
                .body("items[0].complaintDeductionPercent", equalTo("2.00"));
        // Tenant A changes its settings after the agreement: the agreement keeps 20 / 5 / 5.
        OwnerDatabase.execute(tenant, """
                update rule_book set settings = jsonb_set(settings, '{partners}',
                  '{"minimumUnitsPerDay": 30, "delayDeductionPercentPerDay": "8", "complaintDeductionPercent": "9"}'::jsonb)""");
        given().auth().oauth2(manager).get("/api/v1/partners/" + partner + "/agreements").then().statusCode(200)
                .body("items[0].id", equalTo(kept)).body("items[0].dailyQuota", equalTo(20))
                .body("items[0].delayDeductionPercentPerDay", equalTo("5.00")).body("items[0].complaintDeductionPercent", equalTo("5.00"));
        agreement(manager, partner, "");
        given().auth().oauth2(manager).get("/api/v1/partners/" + partner + "/agreements").then()
                .body("items[1].delayDeductionPercentPerDay", equalTo("8.00"));

        // The other tenant's statement uses its own percentages: 500.00 − 1 day × 10 % − 1 complaint × 2 % = 440.00.
        TestOrders.Order order = TestOrders.filed(other, TestCustomers.customer(other), "INSTALLATION");
        String po = assign(otherManager, otherPartner, order.id(), otherAgreement, 10, "2025-05-01").then().statusCode(201).extract().path("id");
        workDoneAt(other, order.id(), "2025-05-02T09:00:00+08:00");
        post(otherManager, "/api/v1/partner-orders/" + po + "/accept", "{\"version\":0}").then().statusCode(200);
        complaint(other, order.id(), "CLOSED");
        complaint(other, order.id(), "REJECTED"); // rejected, it does not count
        post(otherManager, "/api/v1/partners/" + otherPartner + "/statements", "{\"periodFrom\":\"2025-05-01\",\"periodTo\":\"2025-05-31\"}")
                .then().statusCode(201).body("gross", equalTo("500.00")).body("delayDeduction", equalTo("50.00"))
                .body("complaintDeduction", equalTo("10.00")).body("net", equalTo("440.00"));

        // Another tenant's partner, order and statement answer 404.
        given().auth().oauth2(manager).get("/api/v1/partners/" + otherPartner).then().statusCode(404);
        post(manager, "/api/v1/partner-orders/" + po + "/accept", "{\"version\":1}").then().statusCode(404);
        given().auth().oauth2(manager).get("/api/v1/partners/" + otherPartner + "/statements").then().statusCode(404);
    }

    /** Partner staff see only their partner's jobs, with the customer's surname, masked phone and the site; never the bank account in full. */
    @Test
    void partnerStaffSeeOnlyTheirOwnJobsWithCustomerDataMinimised() throws Exception {
        String a = partner(manager, "A 安装队");
        String b = partner(manager, "B 安装队");
        Response partnerView = given().auth().oauth2(manager).get("/api/v1/partners/" + a);
        partnerView.then().statusCode(200).body("bankAccount.accountNumberMasked", equalTo("**** **** 0123"))
                .body("bankAccount.bank", equalTo("中国工商银行"));
        assertFalse(partnerView.asString().contains("62220212345678900123"));
        assertFalse(given().auth().oauth2(manager).get("/api/v1/partners").asString().contains("62220212345678900123"));

        String agreementA = agreement(manager, a, ",\"technicalStandard\":\"终端须固定于仪表台下方\"");
        String agreementB = agreement(manager, b, "");
        UUID customer = TestCustomers.customer(tenant);
        String phone = phoneOf(tenant, customer);
        String dispatcher = Tokens.of(tenant, "dispatcher");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now().plusDays(1);
        String mine = TestOrders.create(dispatcher, customer, "INSTALLATION", start);
        String theirs = TestOrders.create(dispatcher, customer, "INSTALLATION", start);
        String unassigned = TestOrders.create(dispatcher, customer, "INSTALLATION", start);
        assign(manager, a, mine, agreementA, 2, "2025-06-01").then().statusCode(201);
        assign(manager, b, theirs, agreementB, 1, "2025-06-01").then().statusCode(201);
        assign(manager, b, mine, agreementA, 1, "2025-06-01").then().statusCode(400).body("errors[0].field", equalTo("agreementId"));

        String staffA = partnerToken(tenant, a);
        Response job = given().auth().oauth2(staffA).get("/api/v1/partner/orders/" + mine);
        job.then().statusCode(200).body("customerName", equalTo("王*"))
                .body("customerPhoneMasked", equalTo(phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("units", equalTo(2)).body("technicalStandard", equalTo("终端须固定于仪表台下方"));
        assertFalse(job.asString().contains(phone), "the full phone never reaches a partner");
        assertFalse(job.asString().contains("王芳"));
        given().auth().oauth2(staffA).get("/api/v1/partner/orders").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].workOrderId", equalTo(mine));
        given().auth().oauth2(staffA).get("/api/v1/partner/orders/" + theirs).then().statusCode(404);
        given().auth().oauth2(staffA).get("/api/v1/partner/orders/" + unassigned).then().statusCode(404);
        given().auth().oauth2(staffA).get("/api/v1/partner/orders/" + UUID.randomUUID()).then().statusCode(404);
        // Partner staff cannot use the manager's API.
        given().auth().oauth2(staffA).get("/api/v1/partners/" + a).then().statusCode(403);

        // Another tenant's partner staff: 404 on this tenant's order.
        UUID other = tenants.create();
        String otherPartner = partner(Tokens.manager(other), "C 安装队");
        String staffC = partnerToken(other, otherPartner);
        given().auth().oauth2(staffC).get("/api/v1/partner/orders/" + mine).then().statusCode(404);

        // A staff user works for one partner at most, and must hold the role partner.
        UUID staffUser = OwnerDatabase.insertStaff(tenant, "p-two-" + UUID.randomUUID().toString().substring(0, 6), "partner");
        post(manager, "/api/v1/partners/" + a + "/staff", "{\"staffUserId\":\"" + staffUser + "\"}").then().statusCode(200);
        post(manager, "/api/v1/partners/" + b + "/staff", "{\"staffUserId\":\"" + staffUser + "\"}").then().statusCode(409);
        UUID installer = OwnerDatabase.insertStaff(tenant, "inst-" + UUID.randomUUID().toString().substring(0, 6), "installer");
        post(manager, "/api/v1/partners/" + a + "/staff", "{\"staffUserId\":\"" + installer + "\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("staffUserId"));
        // A partner-role user linked to no partner is refused.
        UUID loose = OwnerDatabase.insertStaff(tenant, "p-loose-" + UUID.randomUUID().toString().substring(0, 6), "partner");
        given().auth().oauth2(Tokens.claims(tenant, "partner").subject(loose.toString()).sign()).get("/api/v1/partner/orders")
                .then().statusCode(403);
        // Partner statements: none confirmed yet.
        given().auth().oauth2(staffA).get("/api/v1/partner/statements").then().statusCode(200).body("items", hasSize(0));
    }

    /** Per day: units whose work was done that day against the agreement's daily quota (20 by default). */
    @Test
    void dailyQuotaShowsUnitsCompletedAndShortfall() throws Exception {
        String partner = partner(manager, "配额队");
        String agreement = agreement(manager, partner, "");
        UUID customer = TestCustomers.customer(tenant);
        String dispatcher = Tokens.of(tenant, "dispatcher");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now().plusDays(1);
        String[] orders = {TestOrders.create(dispatcher, customer, "INSTALLATION", start),
                TestOrders.create(dispatcher, customer, "INSTALLATION", start),
                TestOrders.create(dispatcher, customer, "INSTALLATION", start)};
        assign(manager, partner, orders[0], agreement, 12, "2025-04-01").then().statusCode(201);
        assign(manager, partner, orders[1], agreement, 9, "2025-04-01").then().statusCode(201);
        assign(manager, partner, orders[2], agreement, 4, "2025-04-01").then().statusCode(201);
        OwnerDatabase.execute(tenant, "update partner_order set assigned_at = '2025-03-30T00:00:00Z'");
        workDoneAt(tenant, orders[0], "2025-04-01T09:00:00+08:00");
        workDoneAt(tenant, orders[1], "2025-04-01T23:30:00+08:00");
        workDoneAt(tenant, orders[2], "2025-04-02T00:30:00+08:00"); // 2025-04-01 16:30 UTC: the tenant's day 04-02
        given().auth().oauth2(manager).get("/api/v1/partners/" + partner + "/quota?from=2025-04-01&to=2025-04-03").then().statusCode(200)
                .body("days", hasSize(3))
                .body("days[0].unitsCompleted", equalTo(21)).body("days[0].dailyQuota", equalTo(20)).body("days[0].shortfall", equalTo(0))
                .body("days[1].unitsCompleted", equalTo(4)).body("days[1].shortfall", equalTo(16))
                .body("days[2].unitsCompleted", equalTo(0)).body("days[2].shortfall", equalTo(20));
        given().auth().oauth2(manager).get("/api/v1/partners/" + partner + "/quota?to=2025-04-03").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        // The partner's own staff see the same days on their portal, and no other partner's.
        String staff = partnerToken(tenant, partner);
        given().auth().oauth2(staff).get("/api/v1/partner/quota?from=2025-04-01&to=2025-04-03").then().statusCode(200)
                .body("partnerId", equalTo(partner)).body("days[0].unitsCompleted", equalTo(21)).body("days[1].shortfall", equalTo(16));
        given().auth().oauth2(staff).get("/api/v1/partner/quota?from=2025-04-01&to=2025-04-0x").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        String other = partner(manager, "别的队");
        given().auth().oauth2(partnerToken(tenant, other)).get("/api/v1/partner/quota?from=2025-04-01&to=2025-04-03").then().statusCode(200)
                .body("days[0].unitsCompleted", equalTo(0));
        post(manager, "/api/v1/partners/" + partner + "/agreements", "{\"feePerUnit\":\"abc\",\"firstDay\":\"2025-01-01\",\"lastDay\":\"2025-12-31\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("feePerUnit"));
        post(manager, "/api/v1/partners/" + partner + "/agreements", "{\"feePerUnit\":\"5.00\",\"firstDay\":\"2025-02-01\",\"lastDay\":\"2025-01-01\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("lastDay"));
    }
}
