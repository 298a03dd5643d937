package io.aftercare.customer;

import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Installers read only the customers of their own orders (with their phones, contacts, sites and assets); the office reads all. */
@QuarkusTest
class InstallerCustomerScopeTest {

    @Inject
    TestTenants tenants;

    @Test
    void anInstallerSeesOnlyTheCustomersAndAssetsOfTheirOwnOrders() throws Exception {
        UUID tenant = tenants.create();
        String dispatcher = Tokens.of(tenant, "dispatcher");
        UUID mine = TestCustomers.customer(tenant);
        UUID theirs = TestCustomers.customer(tenant);
        UUID myAsset = TestCustomers.asset(tenant, mine);
        UUID theirAsset = TestCustomers.asset(tenant, theirs);
        String contact = given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"name\":\"李雷\",\"phone\":\"13900001111\"}").post("/api/v1/customers/" + theirs + "/contacts")
                .then().statusCode(201).extract().path("id");
        String installer = TestOrders.workDone(tenant, mine, "REPAIR").installerToken();

        given().auth().oauth2(installer).get("/api/v1/customers").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(mine.toString()));
        given().auth().oauth2(installer).get("/api/v1/customers/" + mine).then().statusCode(200);
        given().auth().oauth2(installer).get("/api/v1/customers/" + theirs).then().statusCode(404);
        given().auth().oauth2(installer).get("/api/v1/customers/" + theirs + "/contacts/" + contact).then().statusCode(404);
        given().auth().oauth2(installer).queryParam("phone", "1390000").get("/api/v1/customers").then().body("items", hasSize(0));
        given().auth().oauth2(installer).get("/api/v1/assets").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(myAsset.toString()));
        given().auth().oauth2(installer).get("/api/v1/assets/" + theirAsset).then().statusCode(404);
        given().auth().oauth2(installer).queryParam("customerId", theirs).get("/api/v1/assets").then().body("items", hasSize(0));

        String newcomer = Tokens.of(tenant, "installer");
        given().auth().oauth2(newcomer).get("/api/v1/customers").then().statusCode(200).body("items", hasSize(0));

        given().auth().oauth2(dispatcher).get("/api/v1/customers").then().body("items.id", containsInAnyOrder(mine.toString(), theirs.toString()));
        given().auth().oauth2(dispatcher).get("/api/v1/assets/" + theirAsset).then().statusCode(200);
    }
}
