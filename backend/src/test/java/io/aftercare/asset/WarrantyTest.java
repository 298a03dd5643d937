package io.aftercare.asset;

import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Warranty bound to the sales contract: a product's terms (months, cover, the fee after), the asset's contract number
 * and warranty end, and what a work order's customer is entitled to on the day of the visit (Asia/Shanghai).
 */
@QuarkusTest
class WarrantyTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    UUID customer;
    String manager;
    String dispatcher;

    @BeforeEach
    void tenant() throws Exception {
        tenant = tenants.create();
        customer = TestCustomers.customer(tenant);
        manager = Tokens.manager(tenant);
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    String product(Map<String, Object> warranty) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "PRODUCT", "code", "AC-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "空调 K-35", "unit", "台"));
        if (warranty != null) {
            body.put("warranty", warranty);
        }
        return given().auth().oauth2(manager).contentType("application/json").body(body).post("/api/v1/catalog-items").then().statusCode(201)
                .extract().path("id");
    }

    JsonPath asset(String product, String installDate, String warrantyEnd) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("customerId", customer.toString(), "productId", product,
                "serialNumber", "SN-" + UUID.randomUUID().toString().substring(0, 8), "installDate", installDate, "contractNumber", "HT-2025-0042"));
        if (warrantyEnd != null) {
            body.put("warrantyEnd", warrantyEnd);
        }
        return given().auth().oauth2(manager).contentType("application/json").body(body).post("/api/v1/assets").then().statusCode(201)
                .extract().jsonPath();
    }

    JsonPath repair(String type, String asset, String start, String fee) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "customerId", customer.toString(), "description", "不制冷",
                "assetIds", java.util.List.of(asset),
                "tasks", Map.of("electricalWork", false, "welding", false, "workAtHeight", false),
                "appointment", Map.of("start", start, "end", start.replace("T23:30", "T23:50").replace("T00:30", "T01:30"))));
        if (fee != null) {
            body.put("fee", fee);
        }
        String id = given().auth().oauth2(dispatcher).contentType("application/json").body(body).post("/api/v1/work-orders").then().statusCode(201)
                .extract().path("id");
        return given().auth().oauth2(dispatcher).get("/api/v1/work-orders/" + id).then().statusCode(200).extract().jsonPath();
    }

    static final Map<String, Object> TWELVE_MONTHS = Map.of("months", 12, "covers", "整机免费保修，人为损坏除外", "outOfWarrantyFee", "150.00");

    @Test
    void theAssetsWarrantyRunsTheProductsMonthsFromInstallationUnlessSetOnTheAsset() {
        String product = product(TWELVE_MONTHS);
        JsonPath followed = asset(product, "2025-01-10", null);
        assertEquals("2026-01-09", followed.getString("warrantyEnd"));
        assertEquals(true, followed.getBoolean("warrantyEndFromProduct"));
        assertEquals("HT-2025-0042", followed.getString("contractNumber"));
        assertEquals("整机免费保修，人为损坏除外", followed.getString("warrantyCovers"));
        assertEquals("150.00", followed.getString("outOfWarrantyFee"));

        JsonPath set = asset(product, "2025-01-10", "2027-06-30");
        assertEquals("2027-06-30", set.getString("warrantyEnd"));
        assertEquals(false, set.getBoolean("warrantyEndFromProduct"));

        JsonPath unknown = asset(product(null), "2025-01-10", null);
        assertNull(unknown.get("warrantyEnd"));
        assertEquals(false, unknown.getBoolean("underWarranty"));
    }

    @Test
    void onlyProductsCarryWarrantyTermsAndTheyAreValidated() {
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("kind", "PART", "code", "P-1", "name", "压缩机", "unit", "个", "warranty", TWELVE_MONTHS))
                .post("/api/v1/catalog-items").then().statusCode(400).body("errors[0].field", equalTo("warranty"));
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("kind", "PRODUCT", "code", "P-2", "name", "空调", "unit", "台", "warranty", Map.of("months", 241)))
                .post("/api/v1/catalog-items").then().statusCode(400).body("errors[0].field", equalTo("warranty.months"));
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("kind", "PRODUCT", "code", "P-3", "name", "空调", "unit", "台", "warranty", Map.of("outOfWarrantyFee", "12.345")))
                .post("/api/v1/catalog-items").then().statusCode(400).body("errors[0].field", equalTo("warranty.outOfWarrantyFee"));

        String id = product(TWELVE_MONTHS);
        JsonPath item = given().auth().oauth2(manager).get("/api/v1/catalog-items/" + id).then().statusCode(200)
                .body("warranty.months", equalTo(12)).body("warranty.outOfWarrantyFee", equalTo("150.00")).extract().jsonPath();
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("version", item.getInt("version"), "code", item.getString("code"), "name", "空调 K-35", "unit", "台"))
                .put("/api/v1/catalog-items/" + id).then().statusCode(200).body("warranty", nullValue());
    }

    @Test
    void aRepairOutOfWarrantyOnTheDayOfTheVisitProposesTheCataloguesFee() {
        String asset = asset(product(TWELVE_MONTHS), "2025-01-10", null).getString("id");

        JsonPath lastDay = repair("REPAIR", asset, "2026-01-09T23:30:00+08:00", null);
        assertEquals(true, lastDay.getBoolean("entitlement.assets[0].inWarranty"), "the last day, Shanghai time, is still covered");
        assertEquals(false, lastDay.getBoolean("entitlement.feeApplies"));
        assertNull(lastDay.get("order.fee"));

        JsonPath after = repair("REPAIR", asset, "2026-01-10T00:30:00+08:00", null);
        assertEquals(false, after.getBoolean("entitlement.assets[0].inWarranty"));
        assertEquals("HT-2025-0042", after.getString("entitlement.assets[0].contractNumber"));
        assertEquals(true, after.getBoolean("entitlement.feeApplies"));
        assertEquals("150.00", after.getString("entitlement.proposedFee"));
        assertEquals("150.00", after.getString("order.fee"), "proposed and set when the dispatcher gave none");

        assertEquals("0.00", repair("REPAIR", asset, "2026-01-10T00:30:00+08:00", "0.00").getString("order.fee"), "waived by hand");

        JsonPath maintenance = repair("MAINTENANCE", asset, "2026-01-10T00:30:00+08:00", null);
        assertEquals(true, maintenance.getBoolean("entitlement.outOfWarranty"));
        assertEquals(false, maintenance.getBoolean("entitlement.feeApplies"), "only repairs are charged by this rule");
        assertNull(maintenance.get("order.fee"));
    }

    @Test
    void anotherTenantsProductsAndAssetsStayInvisible() {
        String product = product(TWELVE_MONTHS);
        String asset = asset(product, "2025-01-10", null).getString("id");
        String elsewhere = Tokens.manager(tenants.create());
        given().auth().oauth2(elsewhere).get("/api/v1/catalog-items/" + product).then().statusCode(404);
        given().auth().oauth2(elsewhere).get("/api/v1/assets/" + asset).then().statusCode(404);
    }
}
