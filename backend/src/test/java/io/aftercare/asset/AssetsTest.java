package io.aftercare.asset;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TestMasterData;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Installed products: serials unique per tenant, references checked, warranty counted in the tenant's time zone. */
@QuarkusTest
class AssetsTest {

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    UUID tenant;
    String dispatcher;
    Fixture fixture;

    record Fixture(String customerId, String siteId, String productId, String partId) {
    }

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        fixture = fixture(dispatcher, "138" + (System.nanoTime() % 100_000_000L));
    }

    static Fixture fixture(String token, String phone) {
        var customer = given().auth().oauth2(token).contentType("application/json").body("""
                        {"kind":"COMPANY","name":"蓝河物流","phone":"%s","sites":[{"label":"车队","address":"杭州市萧山区"}]}""".formatted(phone))
                .post("/api/v1/customers").then().statusCode(201).extract();
        String product = given().auth().oauth2(token).contentType("application/json")
                .body("{\"kind\":\"PRODUCT\",\"code\":\"GPS-T100\",\"name\":\"车载定位终端 T100\",\"unit\":\"台\",\"price\":\"1280\"}")
                .post("/api/v1/catalog-items").then().statusCode(201).extract().path("id");
        String part = given().auth().oauth2(token).contentType("application/json")
                .body("{\"kind\":\"PART\",\"code\":\"ANT-1\",\"name\":\"GPS antenna\",\"unit\":\"pcs\"}")
                .post("/api/v1/catalog-items").then().statusCode(201).extract().path("id");
        return new Fixture(customer.path("id"), customer.path("sites[0].id"), product, part);
    }

    private String asset(String serial, String extra) {
        return """
                {"customerId":"%s","siteId":"%s","productId":"%s","serialNumber":"%s"%s}"""
                .formatted(fixture.customerId(), fixture.siteId(), fixture.productId(), serial, extra);
    }

    private ValidatableResponse create(String body) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body(body).post("/api/v1/assets").then();
    }

    @Test
    void registeredAssetShowsItsCustomerAndProductAndIsAudited() throws Exception {
        String id = create(asset("T100-0001", """
                ,"terminalId":"860123456789012","simId":"89860012345678901234","vehiclePlate":"浙a·12345",
                "installDate":"2026-03-05","warrantyEnd":"2036-03-04\"""")).statusCode(201)
                .header("Location", containsString("/api/v1/assets/")).extract().path("id");
        given().auth().oauth2(dispatcher).get("/api/v1/assets/" + id).then().statusCode(200)
                .body("customerName", equalTo("蓝河物流")).body("productCode", equalTo("GPS-T100"))
                .body("productName", equalTo("车载定位终端 T100")).body("siteId", equalTo(fixture.siteId()))
                .body("vehiclePlate", equalTo("浙A12345")).body("underWarranty", equalTo(true)).body("version", equalTo(0));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from audit_event where action = 'asset.created' and entity_id = ?", id));
    }

    @Test
    void otherTenantsAssetAnswers404OnReadUpdateDeleteAndStaysUnchanged() throws Exception {
        UUID other = tenants.create();
        String otherToken = Tokens.manager(other);
        Fixture theirs = fixture(otherToken, "13900000000");
        String id = given().auth().oauth2(otherToken).contentType("application/json")
                .body("{\"customerId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"THEIRS-1\"}".formatted(theirs.customerId(), theirs.productId()))
                .post("/api/v1/assets").then().statusCode(201).extract().path("id");

        given().auth().oauth2(dispatcher).get("/api/v1/assets/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"customerId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"HACKED\"}"
                        .formatted(fixture.customerId(), fixture.productId()))
                .put("/api/v1/assets/" + id).then().statusCode(404);
        given().auth().oauth2(dispatcher).delete("/api/v1/assets/" + id).then().statusCode(404);
        given().auth().oauth2(dispatcher).get("/api/v1/assets?serial=THEIRS").then().statusCode(200).body("items", hasSize(0));
        // Nor can an asset here refer to the other tenant's customer, site or product.
        create("{\"customerId\":\"%s\",\"siteId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"MINE-1\"}"
                .formatted(theirs.customerId(), theirs.siteId(), theirs.productId())).statusCode(400)
                .body("errors.field", contains("customerId", "productId", "siteId"));

        given().auth().oauth2(otherToken).get("/api/v1/assets/" + id).then().statusCode(200)
                .body("serialNumber", equalTo("THEIRS-1")).body("version", equalTo(0));
        assertEquals(0, OwnerDatabase.count(tenant, "select count(*) from asset"));
    }

    @Test
    void serialNumberIsUniquePerTenantWhateverItsCase() {
        create(asset("SN-ABC-1", "")).statusCode(201);
        create(asset("sn-abc-1", "")).statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/serial-taken")).body("errors[0].field", equalTo("serialNumber"));
        String otherToken = Tokens.manager(tenants.create());
        Fixture theirs = fixture(otherToken, "13711112222");
        given().auth().oauth2(otherToken).contentType("application/json")
                .body("{\"customerId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"SN-ABC-1\"}".formatted(theirs.customerId(), theirs.productId()))
                .post("/api/v1/assets").then().statusCode(201);
    }

    @Test
    void invalidAssetNamesEachField() {
        create("""
                {"customerId":"%s","productId":"%s","serialNumber":"bad serial!","vehiclePlate":"#","installDate":"2026-05-01",
                 "warrantyEnd":"not a date"}""".formatted(fixture.customerId(), fixture.productId())).statusCode(400)
                .body("errors[0].field", equalTo("warrantyEnd"));
        create("""
                {"customerId":"%s","productId":"%s","serialNumber":"bad serial!","vehiclePlate":"#"}"""
                .formatted(fixture.customerId(), fixture.productId())).statusCode(400)
                .body("errors.field", hasItems("serialNumber", "vehiclePlate"));
        create(asset("OK-1", ",\"installDate\":\"2026-05-01\",\"warrantyEnd\":\"2026-04-30\"")).statusCode(400)
                .body("errors[0].field", equalTo("warrantyEnd"));
        create("{\"serialNumber\":\"OK-2\"}").statusCode(400).body("errors.field", hasItems("customerId", "productId"));
    }

    @Test
    void siteMustBeOneOfTheCustomersSites() {
        String otherCustomer = given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"kind\":\"PERSON\",\"name\":\"王芳\",\"phone\":\"13600001111\"}").post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        create("{\"customerId\":\"%s\",\"siteId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"S-1\"}"
                .formatted(otherCustomer, fixture.siteId(), fixture.productId())).statusCode(400)
                .body("errors.field", contains("siteId"));
    }

    @Test
    void productModelMustBeACatalogueProduct() {
        create("{\"customerId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"P-1\"}".formatted(fixture.customerId(), fixture.partId()))
                .statusCode(400).body("errors[0].field", equalTo("productId")).body("errors[0].message", containsString("PART"));
    }

    @Test
    void staleVersionIs409AndChangesNothing() {
        String id = create(asset("V-1", "")).statusCode(201).extract().path("id");
        String update = "{\"version\":%d,\"customerId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"%s\",\"simId\":\"8986001\"}";
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body(update.formatted(0, fixture.customerId(), fixture.productId(), "V-1"))
                .put("/api/v1/assets/" + id).then().statusCode(200).body("version", equalTo(1)).body("siteId", equalTo(null))
                .body("simId", equalTo("8986001"));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body(update.formatted(0, fixture.customerId(), fixture.productId(), "V-LOST"))
                .put("/api/v1/assets/" + id).then().statusCode(409).body("errors[0].field", equalTo("version"));
        given().auth().oauth2(dispatcher).get("/api/v1/assets/" + id).then().statusCode(200).body("serialNumber", equalTo("V-1"));
    }

    @Test
    void underWarrantyCountsInTheTenantsTimeZone() {
        // Kiritimati (UTC+14) is always a calendar day or two ahead of Pago Pago (UTC-11): a warranty that ended
        // yesterday in Kiritimati has not ended yet in Pago Pago.
        LocalDate end = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).minusDays(1);
        for (var zoneAndExpected : List.of(new Object[] {"Pacific/Kiritimati", false}, new Object[] {"Pacific/Pago_Pago", true})) {
            String token = Tokens.of(tenants.create((String) zoneAndExpected[0]), "dispatcher");
            Fixture f = fixture(token, "13512345678");
            given().auth().oauth2(token).contentType("application/json")
                    .body("{\"customerId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"W-1\",\"warrantyEnd\":\"%s\"}"
                            .formatted(f.customerId(), f.productId(), end))
                    .post("/api/v1/assets").then().statusCode(201).body("underWarranty", equalTo(zoneAndExpected[1]));
            given().auth().oauth2(token).get("/api/v1/assets").then().statusCode(200)
                    .body("items[0].underWarranty", equalTo(zoneAndExpected[1]));
        }
    }

    @Test
    void listFiltersByCustomerSerialStartAndPlateStart() {
        String a = create(asset("ABC-100", ",\"vehiclePlate\":\"京A 12345\"")).statusCode(201).extract().path("id");
        String b = create(asset("ABD-200", ",\"vehiclePlate\":\"粤B·D12345\"")).statusCode(201).extract().path("id");
        String otherCustomer = given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"kind\":\"PERSON\",\"name\":\"王芳\",\"phone\":\"13600002222\"}").post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        String c = create("{\"customerId\":\"%s\",\"productId\":\"%s\",\"serialNumber\":\"XYZ-1\"}"
                .formatted(otherCustomer, fixture.productId())).statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).get("/api/v1/assets?serial=ab").then().statusCode(200).body("items.id", contains(a, b));
        given().auth().oauth2(dispatcher).get("/api/v1/assets?serial=abc").then().statusCode(200).body("items.id", contains(a));
        given().auth().oauth2(dispatcher).get("/api/v1/assets?plate=京a1").then().statusCode(200).body("items.id", contains(a));
        given().auth().oauth2(dispatcher).get("/api/v1/assets?plate=粤B-D").then().statusCode(200).body("items.id", contains(b));
        given().auth().oauth2(dispatcher).get("/api/v1/assets?customerId=" + otherCustomer).then().statusCode(200)
                .body("items.id", contains(c)).body("items[0].customerName", equalTo("王芳"));
        given().auth().oauth2(dispatcher).get("/api/v1/assets?customerId=nope").then().statusCode(400)
                .body("errors[0].field", equalTo("customerId"));
    }

    @Test
    void referencedCustomerSiteAndProductCannotBeDeletedButTheAssetCan() throws Exception {
        String id = create(asset("REF-1", "")).statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).delete("/api/v1/customers/" + fixture.customerId()).then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/in-use"));
        given().auth().oauth2(dispatcher).delete("/api/v1/customers/" + fixture.customerId() + "/sites/" + fixture.siteId())
                .then().statusCode(409);
        given().auth().oauth2(dispatcher).delete("/api/v1/catalog-items/" + fixture.productId()).then().statusCode(409);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from customer_site"));

        given().auth().oauth2(dispatcher).delete("/api/v1/assets/" + id).then().statusCode(204);
        given().auth().oauth2(dispatcher).delete("/api/v1/catalog-items/" + fixture.productId()).then().statusCode(204);
        given().auth().oauth2(dispatcher).delete("/api/v1/customers/" + fixture.customerId()).then().statusCode(204);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from audit_event where action = 'asset.deleted'"));
    }

    @Test
    void idempotentCreateMakesOneAsset() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("application/json")
                .body(asset("IDEM-1", "")).post("/api/v1/assets").then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("application/json")
                .body(asset("IDEM-1", "")).post("/api/v1/assets").then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from asset"));
    }

    @Test
    void installersReadOnlyTheAssetsOfTheirCustomersCannotChangeThemAndPartnersSeeNothing() {
        String id = create(asset("RO-1", ",\"simId\":\"89860012345678901234\"")).statusCode(201).extract().path("id");
        String installer = Tokens.of(tenant, "installer");
        // Not an asset of a customer of this installer's orders (InstallerCustomerScopeTest shows the ones they serve).
        given().auth().oauth2(installer).get("/api/v1/assets/" + id).then().statusCode(404);
        given().auth().oauth2(installer).delete("/api/v1/assets/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "partner")).get("/api/v1/assets/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "partner")).get("/api/v1/assets").then().statusCode(403);
    }

    @Test
    void assetListIssuesTheSameStatementsForPagesOf5And100() throws Exception {
        TestMasterData.bulkCustomers(tenant, 120);
        OwnerDatabase.execute(tenant, """
                insert into asset (tenant_id, id, customer_id, product_id, serial_number, warranty_end, created_at, updated_at)
                select c.tenant_id, gen_random_uuid(), c.id, ?, 'BULK-' || c.phone, current_date, now(), now() from customer c
                where c.name like 'Bulk %'""", UUID.fromString(fixture.productId()));
        given().auth().oauth2(dispatcher).get("/api/v1/settings").then().statusCode(200);
        for (String filter : List.of("", "&serial=bulk", "&productId=" + fixture.productId())) {
            long small = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/assets?limit=5" + filter)
                    .then().statusCode(200).body("items", hasSize(5)));
            long large = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/assets?limit=100" + filter)
                    .then().statusCode(200).body("items", hasSize(100)));
            assertEquals(small, large, "filter " + filter);
            // The page, the tenant's time zone, the customers' names, the product models.
            assertEquals(4, large, "filter " + filter);
        }
    }
}
