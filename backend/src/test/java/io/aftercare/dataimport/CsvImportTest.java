package io.aftercare.dataimport;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Stores migrate from spreadsheets: CSV imports run in the background, report each bad row and never merge duplicates. */
@QuarkusTest
class CsvImportTest {

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    UUID tenant;
    String dispatcher;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    private ValidatableResponse upload(String token, String kind, byte[] csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv).post("/api/v1/imports/" + kind).then();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Polls the job like a progress bar does; answers the final job and every processedRows value seen. */
    private JsonPath awaitEnd(String token, String id, List<Integer> progressSeen) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath job = given().auth().oauth2(token).get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            progressSeen.add(job.getInt("processedRows"));
            String status = job.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(200);
        }
        fail("import " + id + " did not end");
        return null;
    }

    private List<Map<String, Object>> allErrors(String token, String id) {
        List<Map<String, Object>> errors = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().auth().oauth2(token).get("/api/v1/imports/" + id + "/errors?limit=200"
                    + (cursor == null ? "" : "&cursor=" + cursor)).then().statusCode(200).extract().jsonPath();
            errors.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return errors;
    }

    @Test
    void fiftyThousandRowCustomerImportFinishesWithPerRowErrorsAndVisibleProgress() throws Exception {
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"kind\":\"PERSON\",\"name\":\"老客户\",\"phone\":\"139-0002-0000\"}").post("/api/v1/customers")
                .then().statusCode(201);
        int rows = 50_000;
        StringBuilder csv = new StringBuilder("kind,name,phone,email,contact_name,contact_phone,site_label,site_address\n");
        for (int i = 0; i < rows; i++) {
            String phone = "139" + String.format("%08d", i % 1000 == 600 ? i - 1 : i);
            String email = i % 1000 == 7 ? "not-an-email" : "c" + i + "@example.com";
            csv.append(i % 2 == 0 ? "个人" : "COMPANY").append(",客户").append(i).append(',').append(phone).append(',').append(email)
                    .append(",联系人").append(i).append(",137").append(String.format("%08d", i))
                    .append(",家,\"浙江省杭州市西湖区文三路 ").append(i).append(" 号\"\n");
        }
        byte[] file = utf8(csv.toString());
        assertTrue(file.length < 12 * 1024 * 1024, "the file must fit the body limit: " + file.length);

        long started = System.nanoTime();
        String id = upload(dispatcher, "customers", file).statusCode(202)
                .header("Location", containsString("/api/v1/imports/"))
                .body("status", equalTo("QUEUED")).body("kind", equalTo("CUSTOMERS")).body("totalRows", equalTo(rows))
                .extract().path("id");
        List<Integer> progress = new ArrayList<>();
        JsonPath job = awaitEnd(dispatcher, id, progress);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("IMPORT 50000 customer rows (%d bytes) ended in %.1f s; progress seen: %s%n", file.length, seconds,
                new TreeSet<>(progress));

        // 50 invalid e-mails, 50 phones repeating the row before, 1 phone of an existing customer.
        assertEquals("DONE", job.getString("status"));
        assertEquals(rows, job.getInt("totalRows"));
        assertEquals(rows, job.getInt("processedRows"));
        assertEquals(101, job.getInt("failedRows"));
        assertEquals(rows - 101, job.getInt("createdRows"));
        assertTrue(progress.stream().anyMatch(p -> p > 0 && p < rows), "progress must be visible while the import runs: " + progress);
        assertEquals(rows - 101 + 1, OwnerDatabase.count(tenant, "select count(*) from customer"));
        assertEquals(rows - 101, OwnerDatabase.count(tenant, "select count(*) from customer_contact"));
        assertEquals(rows - 101, OwnerDatabase.count(tenant, "select count(*) from customer_site"));
        assertEquals(0, OwnerDatabase.count(tenant, "select count(*) from import_job where csv is not null"), "the file is deleted");

        List<Map<String, Object>> errors = allErrors(dispatcher, id);
        assertEquals(101, errors.size());
        // Data row i is spreadsheet row i + 2 (the header is row 1).
        assertEquals(Map.of("row", 9, "field", "email", "message", "must be a well-formed email address"), errors.get(0));
        assertTrue(errors.contains(Map.of("row", 602, "field", "phone",
                "message", "an earlier row of this import has the same phone; not imported")), errors.toString());
        assertTrue(errors.contains(Map.of("row", 20_002, "field", "phone",
                "message", "a customer with this phone exists; not imported")), errors.toString());
        given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=13900049999").then().statusCode(200)
                .body("items[0].name", equalTo("客户49999")).body("items[0].kind", equalTo("COMPANY"));

        long small = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/imports/" + id + "/errors?limit=5")
                .then().statusCode(200).body("items", hasSize(5)));
        long large = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/imports/" + id + "/errors?limit=100")
                .then().statusCode(200).body("items", hasSize(100)));
        assertEquals(small, large, "the error list issues the same statements for any page size");
        assertEquals(2, large, "the job, then the page");
    }

    @Test
    void byteOrderMarkChineseTextAndQuotedCellsAreReadAsWritten() {
        byte[] file = utf8("\uFEFFName, Phone ,Kind,Notes,Site Label,Site Address,Site Latitude,Site Longitude\r\n"
                + "王芳,138-1234-5678,个人,\"说 \"\"下午来\"\", 先打电话\r\n门口有狗\",家,\"杭州市西湖区文三路 100 号, 3 单元\",30.2741,120.1551\r\n"
                + ",,,,,,,\r\n"
                + "北极星安装,0571 8888 6666,公司,,,,,\r\n");
        String id = upload(dispatcher, "customers", file).statusCode(202).body("totalRows", equalTo(2)).extract().path("id");
        JsonPath job = awaitEndQuietly(id);
        assertEquals(2, job.getInt("createdRows"));
        String wang = given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=13812345678").then().statusCode(200)
                .body("items.name", contains("王芳")).extract().path("items[0].id");
        given().auth().oauth2(dispatcher).get("/api/v1/customers/" + wang).then().statusCode(200)
                .body("kind", equalTo("PERSON"))
                .body("notes", equalTo("说 \"下午来\", 先打电话\r\n门口有狗"))
                .body("sites[0].label", equalTo("家")).body("sites[0].address", equalTo("杭州市西湖区文三路 100 号, 3 单元"))
                .body("sites[0].latitude", equalTo(30.2741f)).body("contacts", hasSize(0));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?q=北极星").then().body("items[0].kind", equalTo("COMPANY"));
    }

    private JsonPath awaitEndQuietly(String id) {
        try {
            return awaitEnd(dispatcher, id, new ArrayList<>());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void unreadableFilesAre400NamingTheProblemAndStartNothing() throws Exception {
        upload(dispatcher, "customers", "姓名,电话\n王芳,13812345678\n".getBytes(Charset.forName("GBK"))).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("UTF-8"));
        upload(dispatcher, "customers", new byte[0]).statusCode(400).body("errors[0].field", equalTo("body"));
        upload(dispatcher, "customers", utf8("name,phone,fax\nWang,13812345678,123\n")).statusCode(400)
                .body("errors[0].field", equalTo("header")).body("errors[0].message", containsString("unknown column 'fax'"));
        upload(dispatcher, "assets", utf8("serial_number,product_code\nS1,P1\n")).statusCode(400)
                .body("errors.message", hasItem("missing column 'customer_phone'"));
        upload(dispatcher, "customers", utf8("name,phone,name\n")).statusCode(400)
                .body("errors[0].message", equalTo("column 'name' appears twice"));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{}").post("/api/v1/imports/customers")
                .then().statusCode(415);
        assertEquals(0, OwnerDatabase.count(tenant, "select count(*) from import_job"));
    }

    @Test
    void assetImportReportsUnknownReferencesBadValuesAndDuplicateSerials() throws Exception {
        given().auth().oauth2(dispatcher).contentType("application/json").body("""
                {"kind":"COMPANY","name":"蓝河物流","phone":"0571-8888 6666","sites":[{"label":"车队","address":"萧山"}]}""")
                .post("/api/v1/customers").then().statusCode(201);
        String product = given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"kind\":\"PRODUCT\",\"code\":\"GPS-T100\",\"name\":\"终端\",\"unit\":\"台\"}").post("/api/v1/catalog-items")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"kind\":\"PART\",\"code\":\"ANT-1\",\"name\":\"天线\",\"unit\":\"个\"}").post("/api/v1/catalog-items")
                .then().statusCode(201);
        String customer = given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=0571").then().extract().path("items[0].id");
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"customerId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"EXIST-1\"}".formatted(customer, product))
                .post("/api/v1/assets").then().statusCode(201);

        String file = """
                customer_phone,site_label,product_code,serial_number,terminal_id,sim_id,vehicle_plate,install_date,warranty_end
                057188886666,车队,GPS-T100,SN-001,860001,8986001,浙A·12345,2026/3/5,2028-03-04
                13000000000,,GPS-T100,SN-002,,,,,
                0571-8888 6666,,ANT-1,SN-003,,,,,
                0571-8888 6666,,GPS-T100,exist-1,,,,,
                0571-8888 6666,,GPS-T100,sn-001,,,,,
                0571-8888 6666,,GPS-T100,SN-004,,,,2026-02-30,
                0571-8888 6666,仓库,GPS-T100,SN-005,,,,,
                0571-8888 6666,,GPS-T100,SN-006,,,,,,surplus
                0571-8888 6666,,gps-t100,SN-007,,,,2026-03-05,2026-03-01
                0571 8888 6666,,gps-t100,SN-008,,,,,
                """;
        String id = upload(dispatcher, "assets", utf8(file)).statusCode(202).body("totalRows", equalTo(10)).extract().path("id");
        JsonPath job = awaitEndQuietly(id);
        assertEquals("DONE", job.getString("status"));
        assertEquals(2, job.getInt("createdRows"));
        assertEquals(8, job.getInt("failedRows"));
        List<Map<String, Object>> errors = allErrors(dispatcher, id);
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10), errors.stream().map(e -> e.get("row")).toList());
        assertEquals(List.of("customer_phone", "product_code", "serial_number", "serial_number", "install_date", "site_label",
                "row", "warranty_end"), errors.stream().map(e -> e.get("field")).toList());
        given().auth().oauth2(dispatcher).get("/api/v1/assets?serial=SN-001").then().statusCode(200)
                .body("items[0].vehiclePlate", equalTo("浙A12345")).body("items[0].installDate", equalTo("2026-03-05"))
                .body("items[0].siteId", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(dispatcher).get("/api/v1/assets?serial=SN-008").then().body("items", hasSize(1));
    }

    @Test
    void valuesTheDatabaseCannotStoreFailOnlyTheirRow() {
        byte[] file = utf8("name,phone,site_label,site_address,site_latitude,site_longitude\n"
                + "Not a number,13800000001,Home,Street 1,NaN,120.1\n"
                + "Nul\u0000byte,13800000002,,,,\n"
                + "Fine,13800000003,Home,Street 3,30.1,120.1\n");
        String id = upload(dispatcher, "customers", file).statusCode(202).extract().path("id");
        JsonPath job = awaitEndQuietly(id);
        assertEquals("DONE", job.getString("status"));
        assertEquals(1, job.getInt("createdRows"));
        assertEquals(List.of("site_latitude", "name"), allErrors(dispatcher, id).stream().map(e -> e.get("field")).toList());
    }

    @Test
    void otherTenantsImportAnswers404() {
        String id = upload(dispatcher, "customers", utf8("name,phone\n王芳,13812345678\n")).statusCode(202).extract().path("id");
        awaitEndQuietly(id);
        String stranger = Tokens.manager(tenants.create());
        given().auth().oauth2(stranger).get("/api/v1/imports/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(stranger).get("/api/v1/imports/" + id + "/errors").then().statusCode(404);
        given().auth().oauth2(stranger).get("/api/v1/imports").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(dispatcher).get("/api/v1/imports?kind=CUSTOMERS").then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void interruptedImportResumesAfterItsLastCommittedBatchWhenWatched() throws Exception {
        // A job whose worker died after committing its first two rows: RUNNING, no heartbeat for an hour.
        UUID id = UUID.randomUUID();
        byte[] file = utf8("name,phone\nRow 2,13800000002\nRow 3,13800000003\nRow 4,13800000004\nRow 5,13800000005\nRow 6,13800000006\n");
        OwnerDatabase.execute(tenant, """
                insert into import_job (tenant_id, id, kind, status, total_rows, processed_rows, created_rows, failed_rows, csv,
                                        created_by, created_at, started_at, claim, heartbeat_at)
                values (?, ?, 'CUSTOMERS', 'RUNNING', 5, 2, 2, 0, ?, 'someone', now() - interval '1 hour',
                        now() - interval '1 hour', ?, now() - interval '1 hour')""", tenant, id, file, UUID.randomUUID());
        JsonPath job = awaitEnd(dispatcher, id.toString(), new ArrayList<>());
        assertEquals("DONE", job.getString("status"));
        assertEquals(5, job.getInt("processedRows"));
        assertEquals(5, job.getInt("createdRows"));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?q=row").then().statusCode(200)
                .body("items.name", containsInAnyOrder("Row 4", "Row 5", "Row 6"));
    }

    @Test
    void idempotentUploadStartsOneImport() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] file = utf8("name,phone\n王芳,13812345678\n");
        String first = given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("text/csv").body(file)
                .post("/api/v1/imports/customers").then().statusCode(202).extract().path("id");
        String again = given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("text/csv").body(file)
                .post("/api/v1/imports/customers").then().statusCode(200).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("text/csv")
                .body(utf8("name,phone\n李强,13912345678\n")).post("/api/v1/imports/customers").then().statusCode(422);
        awaitEndQuietly(first);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from import_job"));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from customer"));
    }

    @Test
    void onlyManagersAndDispatchersImport() {
        byte[] file = utf8("name,phone\n王芳,13812345678\n");
        upload(Tokens.of(tenant, "installer"), "customers", file).statusCode(403);
        upload(Tokens.of(tenant, "partner"), "assets", file).statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/imports").then().statusCode(403);
        upload(Tokens.manager(tenant), "customers", file).statusCode(202);
    }
}
