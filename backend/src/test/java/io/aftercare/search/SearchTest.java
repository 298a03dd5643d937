package io.aftercare.search;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The global search: orders by number or by their customer's (or caller's) phone, customers, assets, connection applications;
 * one tenant only.
 */
@QuarkusTest
class SearchTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String dispatcher;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    String customer(String token, String name, String phone, String contactPhone) {
        String contacts = contactPhone == null ? "" : ",\"contacts\":[{\"name\":\"李强\",\"phone\":\"%s\"}]".formatted(contactPhone);
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"kind\":\"PERSON\",\"name\":\"%s\",\"phone\":\"%s\",\"sites\":[{\"label\":\"家\",\"address\":\"杭州市西湖区文三路 90 号\"}]%s}"
                        .formatted(name, phone, contacts))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    io.restassured.response.ValidatableResponse search(String token, String q) {
        return given().auth().oauth2(token).queryParam("q", q).get("/api/v1/search").then();
    }

    @Test
    void findsAnOrderByTheStartOfItsNumberIgnoringCase() {
        String customer = customer(dispatcher, "王芳", "138-1234-5678", null);
        String order = TestOrders.create(dispatcher, UUID.fromString(customer), "REPAIR", OffsetDateTime.parse("2030-05-06T09:00:00+08:00"));
        search(dispatcher, "wo-0000").statusCode(200)
                .body("workOrders.id", equalTo(List.of(order)))
                .body("workOrders[0].number", equalTo("WO-000001"))
                .body("workOrders[0].status", equalTo("NEW"))
                .body("workOrders[0].customerName", equalTo("王芳"))
                .body("workOrders[0].scheduledStart", equalTo("2030-05-06T01:00:00Z"));
        search(dispatcher, "WO-0002").statusCode(200).body("workOrders", empty());
    }

    @Test
    void findsCustomersByPartOfTheNameAndTheirOrders() {
        String customer = customer(dispatcher, "Zhang Wei Trading", "021-5555-0101", null);
        String order = TestOrders.create(dispatcher, UUID.fromString(customer), "REPAIR", OffsetDateTime.parse("2030-05-06T09:00:00+08:00"));
        customer(dispatcher, "王芳", "138-1234-5678", null);
        search(dispatcher, "wei tr").statusCode(200)
                .body("customers", hasSize(1))
                .body("customers[0].id", equalTo(customer))
                .body("customers[0].name", equalTo("Zhang Wei Trading"))
                .body("customers[0].phone", equalTo("021-5555-0101"))
                .body("workOrders.id", equalTo(List.of(order)));
    }

    @Test
    void findsACustomerAndItsOrdersByPhoneWrittenAnotherWay() {
        String customer = customer(dispatcher, "王芳", "138-1234-5678", "139 8765 4321");
        String order = TestOrders.create(dispatcher, UUID.fromString(customer), "REPAIR", OffsetDateTime.parse("2030-05-06T09:00:00+08:00"));
        for (String typed : List.of("13812345678", "+86 138 1234 5678", "0086-138-1234", "(139) 8765-4321")) {
            search(dispatcher, typed).statusCode(200)
                    .body("customers.id", equalTo(List.of(customer)))
                    .body("workOrders.id", equalTo(List.of(order)));
        }
        search(dispatcher, "13900000000").statusCode(200).body("customers", empty()).body("workOrders", empty());
    }

    @Test
    void findsAnOrderByTheCallersPhoneOfTheRequestItCameFrom() {
        String request = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"channel":"PHONE","category":"FAULT","description":"空调不制冷",
                         "newCustomer":{"kind":"PERSON","name":"陈静","phone":"+86 137-0000-1234"}}""")
                .post("/api/v1/service-requests").then().statusCode(201).extract().path("id");
        String order = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"version":0,"type":"REPAIR","tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"2030-05-06T09:00:00+08:00","end":"2030-05-06T11:00:00+08:00"}}""")
                .post("/api/v1/service-requests/" + request + "/convert").then().statusCode(200).extract().path("workOrderId");
        search(dispatcher, "137 0000 1234").statusCode(200).body("workOrders.id", equalTo(List.of(order)));
        search(dispatcher, "13700001234").statusCode(200).body("workOrders.id", equalTo(List.of(order)));
    }

    @Test
    void findsAssetsBySerialOrPlate() throws Exception {
        String customer = customer(dispatcher, "王芳", "138-1234-5678", null);
        UUID product = UUID.randomUUID();
        UUID asset = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into catalog_item (tenant_id, id, kind, code, name, unit, created_at, updated_at)
                values (?, ?, 'PRODUCT', 'T-100', '车载定位终端 T100', 'pcs', now(), now())""", tenant, product);
        OwnerDatabase.execute(tenant, """
                insert into asset (tenant_id, id, customer_id, product_id, serial_number, vehicle_plate, created_at, updated_at)
                values (?, ?, ?, ?, 'T100-2026-000123', '浙A12345', now(), now())""", tenant, asset, UUID.fromString(customer), product);
        search(dispatcher, "t100-2026").statusCode(200)
                .body("assets.id", equalTo(List.of(asset.toString())))
                .body("assets[0].label", equalTo("车载定位终端 T100"))
                .body("assets[0].serialNumber", equalTo("T100-2026-000123"))
                .body("assets[0].plateNumber", equalTo("浙A12345"))
                .body("assets[0].customerId", equalTo(customer))
                .body("assets[0].customerName", equalTo("王芳"));
        search(dispatcher, "浙a 123").statusCode(200).body("assets.id", equalTo(List.of(asset.toString())));
        search(dispatcher, "000123").statusCode(200).body("assets", empty());
    }

    @SuppressWarnings("unchecked")
    void connectionModule(boolean enabled) {
        String manager = Tokens.manager(tenant);
        java.util.Map<String, Object> settings = given().auth().oauth2(manager).get("/api/v1/settings").then().statusCode(200).extract().path("$");
        ((java.util.Map<String, Object>) settings.get("connection")).put("enabled", enabled);
        given().auth().oauth2(manager).contentType("application/json").body(settings).put("/api/v1/settings").then().statusCode(200);
    }

    @Test
    void findsConnectionApplicationsByNumberOrCustomerOnlyWhileTheModuleIsOn() {
        String customer = customer(dispatcher, "郑州宏达机械厂", "0371-6666-0101", null);
        connectionModule(true);
        String application = given().auth().oauth2(dispatcher).contentType("application/json")
                .body("""
                        {"customerId":"%s","kind":"NEW_CONNECTION","supplyClass":"LOW_VOLTAGE","capacityKva":80,
                         "siteAddress":"郑州市金水区花园路 18 号"}""".formatted(customer))
                .post("/api/v1/connection-applications").then().statusCode(201).extract().path("id");
        search(dispatcher, "ca-00000").statusCode(200)
                .body("connectionApplications.id", equalTo(List.of(application)))
                .body("connectionApplications[0].number", equalTo("CA-000001"))
                .body("connectionApplications[0].status", equalTo("APPLIED"))
                .body("connectionApplications[0].supplyClass", equalTo("LOW_VOLTAGE"))
                .body("connectionApplications[0].customerName", equalTo("郑州宏达机械厂"))
                .body("connectionApplications[0].siteAddress", equalTo("郑州市金水区花园路 18 号"));
        search(dispatcher, "宏达机械").statusCode(200).body("connectionApplications.id", equalTo(List.of(application)));
        search(dispatcher, "CA-0002").statusCode(200).body("connectionApplications", empty());
        search(Tokens.of(tenants.create(), "manager"), "CA-000001").statusCode(200).body("connectionApplications", empty());

        connectionModule(false);
        search(dispatcher, "CA-000001").statusCode(200).body("connectionApplications", empty()).body("customers", empty());
    }

    @Test
    void anotherTenantsRecordsNeverAppear() {
        String customer = customer(dispatcher, "王芳", "138-1234-5678", null);
        TestOrders.create(dispatcher, UUID.fromString(customer), "REPAIR", OffsetDateTime.parse("2030-05-06T09:00:00+08:00"));
        String other = Tokens.of(tenants.create(), "manager");
        search(other, "王芳").statusCode(200).body("customers", empty()).body("workOrders", empty());
        search(other, "138 1234 5678").statusCode(200).body("customers", empty()).body("workOrders", empty());
        search(other, "WO-000001").statusCode(200).body("workOrders", empty());
    }

    @Test
    void onlyManagersAndDispatchersSearch() {
        search(Tokens.manager(tenant), "王芳").statusCode(200);
        search(dispatcher, "王芳").statusCode(200);
        for (String role : List.of("installer", "partner", "customer", "integration")) {
            search(Tokens.of(tenant, role), "王芳").statusCode(403);
        }
        given().queryParam("q", "王芳").get("/api/v1/search").then().statusCode(401);
    }

    @Test
    void tooShortOrTooLongTextIs400NamingQ() {
        search(dispatcher, "w").statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        search(dispatcher, "  w ").statusCode(400).body("errors[0].field", equalTo("q"));
        search(dispatcher, "x".repeat(101)).statusCode(400).body("errors[0].field", equalTo("q"));
        given().auth().oauth2(dispatcher).get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        search(dispatcher, "wo").statusCode(200).body("workOrders", not(hasItem("x")));
    }
}
