package io.aftercare.notification;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TenantWork;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static io.aftercare.notification.TestOutbox.count;
import static io.aftercare.notification.TestOutbox.customerWithEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The enqueue side and the managers' view of the outbox: one message per event and recipient, behind the tenant walls. */
@QuarkusTest
class NotificationsTest {

    @Inject
    TestTenants tenants;

    @Inject
    TenantWork work;

    @Inject
    Notifications notifications;

    UUID tenant;
    String manager;
    UUID customer;
    String email;

    @BeforeEach
    void tenantWithCustomer() throws Exception {
        tenant = tenants.create();
        manager = Tokens.manager(tenant);
        email = "c-" + UUID.randomUUID() + "@customers.test";
        customer = customerWithEmail(tenant, email);
    }

    private void appointmentSet(UUID tenant, UUID customer, String eventKey) {
        work.inTransactionOf(tenant, () -> {
            notifications.toCustomer(customer, eventKey, Template.APPOINTMENT_SET, "WO-000001", "2026-12-01 09:00–11:00");
            return null;
        });
    }

    @Test
    void enqueueingTheSameEventTwiceWritesOneMessagePerChannelAndRecipient() throws Exception {
        appointmentSet(tenant, customer, "work-order:1:appointment-set");
        appointmentSet(tenant, customer, "work-order:1:appointment-set");
        work.inTransactionOf(tenant, () -> {
            notifications.toCustomer(customer, "work-order:1:appointment-set", Template.APPOINTMENT_SET, "WO-000001", "again");
            notifications.toCustomer(customer, "work-order:1:appointment-set", Template.APPOINTMENT_SET, "WO-000001", "again");
            return null;
        });

        assertEquals(2, count(tenant, "event_key = 'work-order:1:appointment-set'"));
        assertEquals(1, count(tenant, "channel = 'SMS' and recipient <> ?", email));
        assertEquals(1, count(tenant, "channel = 'EMAIL' and recipient = ? and status = 'PENDING' and attempts = 0", email));
    }

    @Test
    void anEventThatRollsBackLeavesNoMessage() throws Exception {
        assertThrows(IllegalStateException.class, () -> work.inTransactionOf(tenant, () -> {
            notifications.toCustomer(customer, "work-order:2:appointment-set", Template.APPOINTMENT_SET, "WO-000002", "x");
            throw new IllegalStateException("the event fails after its message was written");
        }));

        assertEquals(0, count(tenant, "true"));
    }

    @Test
    void managersListTheirTenantsMessagesNewestFirstInPagesAndFiltered() throws Exception {
        OwnerDatabase.insertStaff(tenant, "mgr-" + tenant.toString().substring(28), "manager");
        for (int i = 1; i <= 3; i++) {
            appointmentSet(tenant, customer, "work-order:" + i + ":appointment-set");
        }
        work.inTransactionOf(tenant, () -> {
            notifications.toManagers("objection:1:escalated", Template.OBJECTION_ESCALATED, "OB-000001", "王芳", "2026-12-01 09:00");
            return null;
        });

        List<String> newestFirst = new ArrayList<>();
        try (Connection c = OwnerDatabase.connect(tenant);
             ResultSet rs = c.createStatement().executeQuery("select id from notification order by id desc")) {
            while (rs.next()) {
                newestFirst.add(rs.getString(1));
            }
        }
        assertEquals(7, newestFirst.size());

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().auth().oauth2(manager).get("/api/v1/notifications?limit=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(newestFirst, paged);
        assertEquals(7, new HashSet<>(paged).size());

        given().auth().oauth2(manager).get("/api/v1/notifications?audience=MANAGER").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].channel", equalTo("EMAIL"))
                .body("items[0].template", equalTo("OBJECTION_ESCALATED")).body("items[0].body", containsString("OB-000001"));
        given().auth().oauth2(manager).get("/api/v1/notifications?channel=SMS&audience=CUSTOMER&status=PENDING").then().statusCode(200)
                .body("items", hasSize(3)).body("items.channel", everyItem(equalTo("SMS")));
        given().auth().oauth2(manager).get("/api/v1/notifications?status=SENT").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anotherTenantsManagerNeitherSeesNorRetriesTheMessages() throws Exception {
        appointmentSet(tenant, customer, "work-order:1:appointment-set");
        OwnerDatabase.execute(tenant, "update notification set status = 'FAILED'");
        String id = given().auth().oauth2(manager).get("/api/v1/notifications").then().statusCode(200)
                .body("items", hasSize(2)).extract().path("items[0].id");

        String otherManager = Tokens.manager(tenants.create());
        given().auth().oauth2(otherManager).get("/api/v1/notifications").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(otherManager).post("/api/v1/notifications/" + id + "/retry").then().statusCode(404);
        assertEquals(2, count(tenant, "status = 'FAILED'"), "the other tenant's retry changed nothing");
    }

    @Test
    void onlyManagersSeeTheOutbox() {
        given().auth().oauth2(Tokens.of(tenant, "dispatcher")).get("/api/v1/notifications").then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "installer")).post("/api/v1/notifications/" + UUID.randomUUID() + "/retry")
                .then().statusCode(403);
        given().get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void unknownFilterValuesAreRefusedNamingTheParameter() {
        given().auth().oauth2(manager).get("/api/v1/notifications?status=DELIVERED").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", containsInAnyOrder("status"));
        given().auth().oauth2(manager).get("/api/v1/notifications?channel=FAX").then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        given().auth().oauth2(manager).get("/api/v1/notifications?audience=EVERYONE").then().statusCode(400)
                .body("errors[0].field", equalTo("audience"));
        given().auth().oauth2(manager).get("/api/v1/notifications?cursor=not-ours").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(manager).post("/api/v1/notifications/" + UUID.randomUUID() + "/retry").then().statusCode(404);
    }
}
