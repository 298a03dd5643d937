package io.aftercare.booking;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A signed-in customer sees their own products, warranty and visits, and nothing of anyone else's (BOLA). */
@QuarkusTest
class CustomerPortalTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    UUID customer;
    UUID asset;
    String mine;

    @BeforeEach
    void customerWithAServicedProduct() throws Exception {
        tenant = tenants.create();
        customer = TestCustomers.customer(tenant);
        asset = TestCustomers.asset(tenant, customer);
        OwnerDatabase.execute(tenant, "update asset set install_date = date '2025-03-01', warranty_end = date '2099-02-28', "
                + "contract_number = 'HT-7' where id = ?", asset);
        TestOrders.Order order = TestOrders.filed(tenant, customer, "REPAIR");
        OwnerDatabase.execute(tenant, "update work_order set asset_ids = array[?::uuid] where id = ?::uuid", asset.toString(), order.id());
        mine = Tokens.claims(tenant, "customer").claim("customer_id", customer.toString()).sign();
    }

    @Test
    void theCustomerSeesTheirProductItsWarrantyAndItsVisits() {
        given().auth().oauth2(mine).get("/api/v1/my/products").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].productName", equalTo("GPS terminal T-100"))
                .body("items[0].contractNumber", equalTo("HT-7"))
                .body("items[0].warrantyEnd", equalTo("2099-02-28"))
                .body("items[0].underWarranty", equalTo(true))
                .body("items[0].services", hasSize(1))
                .body("items[0].services[0].number", equalTo("WO-000001"))
                .body("items[0].services[0].status", equalTo("FILED"))
                .body("items[0].services[0].installerName", equalTo("Test Person"))
                .body("items[0].services[0].hasServiceReport", equalTo(true))
                .body("items[0].services[0].keySet()", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("assetIds")));
        given().auth().oauth2(mine).get("/api/v1/my/work-orders").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].type", equalTo("REPAIR"));
    }

    @Test
    void anotherCustomerOrTenantSeesNothingAndStaffAreNotCustomers() throws Exception {
        String neighbour = Tokens.claims(tenant, "customer").claim("customer_id", TestCustomers.customer(tenant).toString()).sign();
        String elsewhere = Tokens.claims(tenants.create(), "customer").claim("customer_id", customer.toString()).sign();
        for (String token : List.of(neighbour, elsewhere)) {
            given().auth().oauth2(token).get("/api/v1/my/products").then().statusCode(200).body("items", hasSize(0));
            given().auth().oauth2(token).get("/api/v1/my/work-orders").then().statusCode(200).body("items", hasSize(0));
        }
        for (String role : List.of("manager", "dispatcher", "installer", "partner")) {
            given().auth().oauth2(Tokens.of(tenant, role)).get("/api/v1/my/products").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of(tenant, "customer")).get("/api/v1/my/products").then().statusCode(403);
        given().get("/api/v1/my/work-orders").then().statusCode(401);
    }
}
