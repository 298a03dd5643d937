package io.aftercare.catalog;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The catalogue of products, parts and tools: codes unique per tenant, prices as decimal strings. */
@QuarkusTest
class CatalogTest {

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

    private ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/catalog-items").then();
    }

    private static String item(String kind, String code, String name, String price) {
        return "{\"kind\":\"%s\",\"code\":\"%s\",\"name\":\"%s\",\"unit\":\"台\"%s}"
                .formatted(kind, code, name, price == null ? "" : ",\"price\":\"" + price + "\"");
    }

    @Test
    void priceIsADecimalStringWithTwoDecimals() throws Exception {
        String id = create(dispatcher, item("PRODUCT", "GPS-T100", "车载定位终端", "1280.5")).statusCode(201)
                .body("price", equalTo("1280.50")).extract().path("id");
        given().auth().oauth2(dispatcher).get("/api/v1/catalog-items/" + id).then().statusCode(200)
                .body("price", equalTo("1280.50")).body("kind", equalTo("PRODUCT")).body("unit", equalTo("台"));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from audit_event where action = 'catalog-item.created'"));
    }

    @Test
    void invalidItemNamesEachField() {
        create(dispatcher, "{\"kind\":\"GADGET\",\"code\":\"X\",\"name\":\"x\",\"unit\":\"pcs\"}").statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        create(dispatcher, "{\"kind\":\"PART\",\"code\":\"has space\",\"name\":\"\",\"unit\":\"pcs\",\"price\":\"12.345\"}")
                .statusCode(400).body("errors.field", hasItems("code", "name", "price"));
        given().auth().oauth2(dispatcher).get("/api/v1/catalog-items?kind=GADGET").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void codeIsUniquePerTenantWhateverItsCase() {
        create(dispatcher, item("PART", "ANT-1", "Antenna", null)).statusCode(201);
        create(dispatcher, item("PART", "ant-1", "Antenna again", null)).statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/code-taken")).body("errors[0].field", equalTo("code"));
        create(Tokens.manager(tenants.create()), item("PART", "ANT-1", "Their antenna", null)).statusCode(201);
    }

    @Test
    void otherTenantsItemAnswers404OnReadUpdateDeleteAndStaysUnchanged() throws Exception {
        UUID other = tenants.create();
        String id = create(Tokens.manager(other), item("TOOL", "DRILL-1", "Drill", "300")).statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).get("/api/v1/catalog-items/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"code\":\"HACKED\",\"name\":\"x\",\"unit\":\"x\"}")
                .put("/api/v1/catalog-items/" + id).then().statusCode(404);
        given().auth().oauth2(dispatcher).delete("/api/v1/catalog-items/" + id).then().statusCode(404);
        given().auth().oauth2(dispatcher).get("/api/v1/catalog-items").then().statusCode(200).body("items", hasSize(0));
        assertEquals(1, OwnerDatabase.count(other, "select count(*) from catalog_item where code = 'DRILL-1' and version = 0"));
    }

    @Test
    void staleVersionIs409AndKindCannotChange() {
        String id = create(dispatcher, item("PART", "FUSE-1", "Fuse", "2")).statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"code\":\"FUSE-1\",\"name\":\"Fuse 5A\",\"unit\":\"pcs\"}")
                .put("/api/v1/catalog-items/" + id).then().statusCode(200).body("version", equalTo(1)).body("price", equalTo(null));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"code\":\"FUSE-1\",\"name\":\"Lost\",\"unit\":\"pcs\"}")
                .put("/api/v1/catalog-items/" + id).then().statusCode(409).body("errors[0].field", equalTo("version"));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":1,\"kind\":\"TOOL\",\"code\":\"FUSE-1\",\"name\":\"Fuse\",\"unit\":\"pcs\"}")
                .put("/api/v1/catalog-items/" + id).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(dispatcher).get("/api/v1/catalog-items/" + id).then().body("name", equalTo("Fuse 5A"))
                .body("kind", equalTo("PART"));
    }

    @Test
    void listFiltersByKindAndByCodeStartOrNamePart() {
        String gps = create(dispatcher, item("PRODUCT", "GPS-T100", "车载定位终端 T100", null)).statusCode(201).extract().path("id");
        String antenna = create(dispatcher, item("PART", "ANT-T100", "Antenna for GPS", null)).statusCode(201).extract().path("id");
        String drill = create(dispatcher, item("TOOL", "DRILL", "Cordless drill", null)).statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).get("/api/v1/catalog-items?kind=PART").then().body("items.id", contains(antenna));
        given().auth().oauth2(dispatcher).get("/api/v1/catalog-items?q=gps").then().body("items.id", contains(gps, antenna));
        given().auth().oauth2(dispatcher).get("/api/v1/catalog-items?q=定位").then().body("items.id", contains(gps));
        given().auth().oauth2(dispatcher).get("/api/v1/catalog-items?q=T100").then().body("items.id", contains(gps));
        given().auth().oauth2(Tokens.of(tenant, "installer")).get("/api/v1/catalog-items?kind=TOOL").then().statusCode(200)
                .body("items.id", contains(drill));
        create(Tokens.of(tenant, "installer"), item("TOOL", "SAW", "Saw", null)).statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "partner")).get("/api/v1/catalog-items").then().statusCode(403);
    }

    @Test
    void idempotentCreateMakesOneItem() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = item("PART", "IDEM", "Once", null);
        String first = given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/catalog-items").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/catalog-items").then().statusCode(200).extract().path("id");
        assertEquals(first, second);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from catalog_item"));
    }

    @Test
    void catalogueListIssuesTheSameStatementsForPagesOf5And100() throws Exception {
        OwnerDatabase.execute(tenant, """
                insert into catalog_item (tenant_id, id, kind, code, name, unit, price, created_at, updated_at)
                select ?, gen_random_uuid(), 'PART', 'P-' || g, 'Part ' || g, 'pcs', g, now(), now() from generate_series(1, 120) g""",
                tenant);
        given().auth().oauth2(dispatcher).get("/api/v1/settings").then().statusCode(200);
        for (String filter : List.of("", "&kind=PART", "&q=p")) {
            long small = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/catalog-items?limit=5" + filter)
                    .then().statusCode(200).body("items", hasSize(5)));
            long large = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/catalog-items?limit=100" + filter)
                    .then().statusCode(200).body("items", hasSize(100)));
            assertEquals(small, large, "filter " + filter);
            assertEquals(1, large, "filter " + filter);
        }
    }
}
