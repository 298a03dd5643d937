package io.aftercare.workorder;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The work order list filters the home page's figures link to, with keyset paging that stays correct under them. */
@QuarkusTest
class WorkOrderFiltersTest {

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    UUID tenant;
    String dispatcher;
    String manager;
    String customer;
    String site;

    @BeforeEach
    void tenant() {
        tenant = tenants.create(); // Asia/Shanghai
        dispatcher = Tokens.of(tenant, "dispatcher");
        manager = Tokens.manager(tenant);
        JsonPath created = given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"kind":"PERSON","name":"王芳","phone":"138-1234-5678","sites":[{"label":"家","address":"杭州市西湖区文三路 90 号"}]}""")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath();
        customer = created.getString("id");
        site = created.getString("sites[0].id");
    }

    private String order(String start, boolean withSite) {
        return given().auth().oauth2(dispatcher).contentType("application/json").body("""
                        {"type":"REPAIR","customerId":"%s",%s"description":"空调不制冷",
                         "tasks":{"electricalWork":false,"welding":false,"workAtHeight":false},
                         "appointment":{"start":"%s","end":"%s"}}"""
                        .formatted(customer, withSite ? "\"siteId\":\"" + site + "\"," : "", start,
                                java.time.OffsetDateTime.parse(start).plusHours(1)))
                .post("/api/v1/work-orders").then().statusCode(201).extract().path("id");
    }

    private void act(String order, String action, String body) {
        given().auth().oauth2(dispatcher).contentType("application/json").body(body).post("/api/v1/work-orders/" + order + "/" + action)
                .then().statusCode(200);
    }

    private List<String> ids(String query) {
        return given().auth().oauth2(manager).get("/api/v1/work-orders?" + query).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void scheduledOnIsTheTenantsDayAndSkipsCancelledOrders() {
        String morning = order("2030-05-06T00:30:00+08:00", false);   // 2030-05-05 16:30 UTC: the tenant's 6 May
        String evening = order("2030-05-06T23:30:00+08:00", false);
        String nextDay = order("2030-05-07T00:30:00+08:00", false);
        String cancelled = order("2030-05-06T10:00:00+08:00", false);
        act(cancelled, "cancel", "{\"version\":0,\"reason\":\"客户取消\"}");
        assertEquals(List.of(morning, evening), ids("scheduledOn=2030-05-06"));
        assertEquals(List.of(nextDay), ids("scheduledOn=2030-05-07"));
    }

    @Test
    void unassignedSeparatesOrdersWithoutCrewFromThoseWithACrew() throws Exception {
        UUID installer = installer(tenant, manager);
        String open = order("2030-05-06T09:00:00+08:00", false);
        String crewed = order("2030-05-06T11:00:00+08:00", false);
        String cancelled = order("2030-05-06T13:00:00+08:00", false);
        act(crewed, "assign", "{\"version\":0,\"leadInstallerId\":\"" + installer + "\"}");
        act(cancelled, "cancel", "{\"version\":0,\"reason\":\"客户取消\"}");
        assertEquals(List.of(open), ids("unassigned=true&scheduledOn=2030-05-06"));
        assertEquals(List.of(crewed), ids("unassigned=false&scheduledOn=2030-05-06"));
        assertEquals(List.of(crewed), ids("installerId=" + installer + "&scheduledOn=2030-05-06"));
        assertEquals(List.of(open), ids("unassigned=true"), "a cancelled order is never unassigned");
    }

    @Test
    void severalStatusesAndCompletedOn() throws Exception {
        String a = order("2030-05-06T09:00:00+08:00", false);
        String b = order("2030-05-06T10:00:00+08:00", false);
        String c = order("2030-05-06T11:00:00+08:00", false);
        OwnerDatabase.execute(tenant, "update work_order set status = 'EN_ROUTE' where id = ?::uuid", a);
        OwnerDatabase.execute(tenant, "update work_order set status = 'PAUSED' where id = ?::uuid", b);
        OwnerDatabase.execute(tenant, "update work_order set status = 'WORK_DONE', work_done_at = '2030-05-06T17:30:00Z' where id = ?::uuid", c);
        assertEquals(List.of(a, b), ids("status=EN_ROUTE&status=ON_SITE&status=PAUSED"));
        assertEquals(List.of(b), ids("status=PAUSED"));
        // 17:30 UTC is 01:30 on 7 May in Shanghai.
        assertEquals(List.of(c), ids("completedOn=2030-05-07"));
        assertEquals(List.of(), ids("completedOn=2030-05-06"));
    }

    @Test
    void keysetPagingWalksEveryMatchingOrderOnce() {
        List<String> matching = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            matching.add(order("2030-05-06T%02d:00:00+08:00".formatted(8 + i), false));
            order("2030-05-08T%02d:00:00+08:00".formatted(8 + i), false);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().auth().oauth2(manager)
                    .get("/api/v1/work-orders?unassigned=true&scheduledOn=2030-05-06&limit=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(matching, seen);
    }

    @Test
    void listItemsShowTheSiteAsItsAddressWithoutAQueryPerRow() {
        String withSite = order("2030-05-06T09:00:00+08:00", true);
        String without = order("2030-05-06T10:00:00+08:00", false);
        for (int i = 0; i < 4; i++) {
            order("2030-05-07T%02d:00:00+08:00".formatted(9 + i), true);
        }
        JsonPath page = given().auth().oauth2(manager).get("/api/v1/work-orders?scheduledOn=2030-05-06").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("杭州市西湖区文三路 90 号", page.getString("items.find { it.id == '" + withSite + "' }.siteAddress"));
        assertNull(page.get("items.find { it.id == '" + without + "' }.siteAddress"));
        given().auth().oauth2(manager).get("/api/v1/work-orders/" + withSite).then().statusCode(200)
                .body("order.siteAddress", equalTo("杭州市西湖区文三路 90 号"));
        long two = statements.during(() -> given().auth().oauth2(manager).get("/api/v1/work-orders?limit=2").then().statusCode(200));
        long all = statements.during(() -> given().auth().oauth2(manager).get("/api/v1/work-orders?limit=100").then().statusCode(200));
        assertEquals(two, all);
        assertEquals(2, all, "the orders, then their customers' names and sites' addresses");
    }

    @Test
    void anotherTenantsOrdersNeverMatch() {
        order("2030-05-06T09:00:00+08:00", false);
        String other = Tokens.of(tenants.create(), "manager");
        given().auth().oauth2(other).get("/api/v1/work-orders?unassigned=true&scheduledOn=2030-05-06").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void badFilterValuesAre400NamingTheParameter() {
        for (var bad : List.of(List.of("status", "DONE"), List.of("unassigned", "yes"), List.of("scheduledOn", "2030-13-01"),
                List.of("completedOn", "today"), List.of("installerId", "not-an-id"))) {
            given().auth().oauth2(manager).queryParam(bad.get(0), bad.get(1)).get("/api/v1/work-orders").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(bad.get(0)));
        }
        given().auth().oauth2(manager).get("/api/v1/work-orders?status=NEW&status=BOGUS").then().statusCode(400)
                .body("errors.field", hasItem("status"));
        assertEquals(Set.of(), Set.copyOf(ids("status=NEW&status=CLOSED&scheduledOn=2030-01-01")));
    }
}
