package io.aftercare.workorder;

import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Rows that work orders and installers mention in id arrays cannot be deleted from under them. */
@QuarkusTest
class ArrayReferencesTest {

    @Inject
    TestTenants tenants;

    @Test
    void anAssetOnAWorkOrderCannotBeDeleted() throws Exception {
        UUID tenant = tenants.create();
        String manager = Tokens.manager(tenant);
        UUID customer = TestCustomers.customer(tenant);
        UUID onOrder = TestCustomers.asset(tenant, customer);
        UUID spare = TestCustomers.asset(tenant, customer);
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        given().auth().oauth2(manager).contentType("application/json").body("""
                {"type":"REPAIR","customerId":"%s","assetIds":["%s"],"description":"x",
                 "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                 "appointment":{"start":"%s","end":"%s"}}""".formatted(customer, onOrder, start, start.plusHours(1)))
                .post("/api/v1/work-orders").then().statusCode(201);
        given().auth().oauth2(manager).delete("/api/v1/assets/" + onOrder).then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/in-use"));
        given().auth().oauth2(manager).delete("/api/v1/assets/" + spare).then().statusCode(204);
    }

    @Test
    void aServicePointOfAnInstallerCannotBeDeleted() throws Exception {
        UUID tenant = tenants.create();
        String manager = Tokens.manager(tenant);
        String point = given().auth().oauth2(manager).contentType("application/json")
                .body("{\"kind\":\"BRANCH\",\"name\":\"西湖网点\",\"address\":\"文三路 100 号\"}")
                .post("/api/v1/service-points").then().statusCode(201).extract().path("id");
        UUID installer = installer(tenant, manager);
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"servicePointIds\":[\"" + point + "\"]}")
                .patch("/api/v1/installers/" + installer).then().statusCode(200);
        given().auth().oauth2(manager).delete("/api/v1/service-points/" + point).then().statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/in-use"));
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":1,\"servicePointIds\":[\"" + point + "\",\"" + UUID.randomUUID() + "\"]}")
                .patch("/api/v1/installers/" + installer).then().statusCode(400)
                .body("errors[0].field", equalTo("servicePointIds[1]"));
    }
}
