package io.aftercare.customer;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.SqlStatements;
import io.aftercare.support.TenantWork;
import io.aftercare.support.TestMasterData;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Customers with contacts and sites: one tenant's customers are invisible to another, and writes follow the API rules. */
@QuarkusTest
class CustomersTest {

    @Inject
    TestTenants tenants;

    @Inject
    SqlStatements statements;

    @Inject
    TenantWork work;

    @Inject
    EntityManager db;

    UUID tenant;
    String dispatcher;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
    }

    static String customer(String name, String phone) {
        return """
                {"kind":"COMPANY","name":"%s","phone":"%s","email":"office@example.com",
                 "contacts":[{"name":"李强","phone":"139 8765 4321","role":"采购经理"}],
                 "sites":[{"label":"仓库","address":"浙江省杭州市西湖区文三路 100 号","latitude":30.2741,"longitude":120.1551}]}"""
                .formatted(name, phone);
    }

    static ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/customers").then();
    }

    @Test
    void createdCustomerIsReadWithItsContactsAndSitesAndAudited() throws Exception {
        String id = create(dispatcher, customer("蓝河物流有限公司", "0571-8888 6666")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/customers/"))
                .extract().path("id");
        given().auth().oauth2(dispatcher).get("/api/v1/customers/" + id).then().statusCode(200)
                .body("name", equalTo("蓝河物流有限公司")).body("kind", equalTo("COMPANY")).body("version", equalTo(0))
                .body("contacts.name", contains("李强")).body("contacts[0].role", equalTo("采购经理"))
                .body("sites.label", contains("仓库")).body("sites[0].latitude", equalTo(30.2741f));
        assertEquals(1, OwnerDatabase.count(tenant,
                "select count(*) from audit_event where action = 'customer.created' and entity_id = ?", id));
    }

    @Test
    void otherTenantsCustomerAnswers404OnReadUpdateDeleteAndStaysUnchanged() throws Exception {
        UUID other = tenants.create();
        String otherToken = Tokens.of(other, "manager");
        var created = create(otherToken, customer("Other Ltd", "020 1234 5678")).statusCode(201).extract();
        String id = created.path("id");
        String contactId = created.path("contacts[0].id");
        String siteId = created.path("sites[0].id");
        String manager = Tokens.manager(tenant);

        given().auth().oauth2(manager).get("/api/v1/customers/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"kind\":\"PERSON\",\"name\":\"Hacked\",\"phone\":\"13000000000\"}")
                .put("/api/v1/customers/" + id).then().statusCode(404);
        given().auth().oauth2(manager).delete("/api/v1/customers/" + id).then().statusCode(404);
        given().auth().oauth2(manager).get("/api/v1/customers/" + id + "/contacts/" + contactId).then().statusCode(404);
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"name\":\"Hacked\",\"phone\":\"13000000000\"}")
                .put("/api/v1/customers/" + id + "/contacts/" + contactId).then().statusCode(404);
        given().auth().oauth2(manager).delete("/api/v1/customers/" + id + "/contacts/" + contactId).then().statusCode(404);
        given().auth().oauth2(manager).contentType("application/json").body("{\"name\":\"Intruder\",\"phone\":\"13000000000\"}")
                .post("/api/v1/customers/" + id + "/contacts").then().statusCode(404);
        given().auth().oauth2(manager).contentType("application/json")
                .body("{\"version\":0,\"label\":\"Hacked\",\"address\":\"Nowhere\"}")
                .put("/api/v1/customers/" + id + "/sites/" + siteId).then().statusCode(404);
        given().auth().oauth2(manager).delete("/api/v1/customers/" + id + "/sites/" + siteId).then().statusCode(404);
        given().auth().oauth2(manager).get("/api/v1/customers?phone=020").then().statusCode(200).body("items", hasSize(0));

        given().auth().oauth2(otherToken).get("/api/v1/customers/" + id).then().statusCode(200)
                .body("name", equalTo("Other Ltd")).body("version", equalTo(0))
                .body("contacts", hasSize(1)).body("contacts[0].name", equalTo("李强")).body("contacts[0].version", equalTo(0))
                .body("sites", hasSize(1)).body("sites[0].label", equalTo("仓库"));
        assertEquals(0, OwnerDatabase.count(other, "select count(*) from audit_event where action like 'customer%' and action <> 'customer.created'"));
    }

    @Test
    void everyMasterDataTableHasForcedRowLevelSecurity() throws Exception {
        for (String table : List.of("customer", "customer_contact", "customer_site", "asset", "catalog_item", "service_point",
                "import_job", "import_error")) {
            assertEquals(1, OwnerDatabase.count(null, "select count(*) from pg_class where relname = ? and relrowsecurity "
                    + "and relforcerowsecurity", table), table);
            assertEquals(1, OwnerDatabase.count(null, "select count(*) from pg_policies where tablename = ? "
                    + "and policyname = 'tenant_isolation'", table), table);
        }
    }

    @Test
    void rowLevelSecurityAloneHidesAnotherTenantsCustomersFromNativeQueries() {
        UUID other = tenants.create();
        create(Tokens.manager(other), customer("Other Ltd", "020 1234 5678")).statusCode(201);
        long seen = work.inTransactionOf(tenant, () -> ((Number) db.createNativeQuery(
                "select (select count(*) from customer where tenant_id = cast(?1 as uuid))"
                        + " + (select count(*) from customer_contact where tenant_id = cast(?1 as uuid))"
                        + " + (select count(*) from customer_site where tenant_id = cast(?1 as uuid))")
                .setParameter(1, other.toString()).getSingleResult()).longValue());
        assertEquals(0, seen);
    }

    @Test
    void invalidCustomerNamesEachField() {
        create(dispatcher, """
                {"kind":"PERSON","name":" ","phone":"12ab","email":"not-an-email",
                 "contacts":[{"name":"A","phone":"1"}],"sites":[{"label":"Home","address":"x","latitude":31.2}]}""")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "phone", "email", "contacts[0].phone"));
        create(dispatcher, """
                {"kind":"PERSON","name":"Wang","phone":"13812345678","sites":[{"label":"Home","address":"x","latitude":31.2}]}""")
                .statusCode(400).body("errors.field", contains("sites[0].longitude"));
        create(dispatcher, """
                {"kind":"ROBOT","name":"Wang","phone":"13812345678"}""")
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("phone"));
        given().auth().oauth2(dispatcher).get("/api/v1/customers").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void idempotentCreateMakesOneCustomer() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = customer("Once Ltd", "021-5555 0001");
        String first = given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/customers").then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        String second = given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/customers").then().statusCode(200).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, second);
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from customer"));
        assertEquals(1, OwnerDatabase.count(tenant, "select count(*) from customer_contact"));
        given().auth().oauth2(dispatcher).header("Idempotency-Key", key).contentType("application/json")
                .body(customer("Other body", "021-5555 0002")).post("/api/v1/customers").then().statusCode(422);
    }

    @Test
    void staleVersionIs409AndChangesNothing() throws Exception {
        var created = create(dispatcher, customer("Stale Ltd", "0571-1111 2222")).statusCode(201).extract();
        String id = created.path("id");
        String contactId = created.path("contacts[0].id");
        String siteId = created.path("sites[0].id");
        String base = "/api/v1/customers/" + id;

        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"kind\":\"COMPANY\",\"name\":\"Fresh Ltd\",\"phone\":\"0571-1111 2222\"}")
                .put(base).then().statusCode(200).body("version", equalTo(1)).body("email", equalTo(null))
                .body("contacts", hasSize(1));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"kind\":\"COMPANY\",\"name\":\"Lost update\",\"phone\":\"0571-1111 2222\"}")
                .put(base).then().statusCode(409).body("type", equalTo("https://aftercare.dev/problems/stale-version"))
                .body("errors[0].field", equalTo("version"));

        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"name\":\"李强\",\"phone\":\"139 0000 0000\",\"role\":\"老板\"}")
                .put(base + "/contacts/" + contactId).then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"name\":\"Lost\",\"phone\":\"139 0000 0001\"}")
                .put(base + "/contacts/" + contactId).then().statusCode(409);

        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"label\":\"总仓\",\"address\":\"杭州\"}")
                .put(base + "/sites/" + siteId).then().statusCode(200).body("version", equalTo(1)).body("latitude", equalTo(null));
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"version\":0,\"label\":\"Lost\",\"address\":\"x\"}")
                .put(base + "/sites/" + siteId).then().statusCode(409);

        given().auth().oauth2(dispatcher).get(base).then().statusCode(200)
                .body("name", equalTo("Fresh Ltd")).body("contacts[0].role", equalTo("老板")).body("sites[0].label", equalTo("总仓"));
        assertEquals(3, OwnerDatabase.count(tenant, "select count(*) from audit_event where action like 'customer%updated'"));
    }

    @Test
    void phonePrefixFindsCustomersByTheirOwnOrTheirContactsPhone() {
        String byOwnPhone = create(dispatcher, customer("王芳", "138-1234-5678")).statusCode(201).extract().path("id");
        String company = create(dispatcher, """
                {"kind":"COMPANY","name":"蓝河物流","phone":"0571-8888 6666",
                 "contacts":[{"name":"赵六","phone":"+86 138 1299 0000"},{"name":"钱七","phone":"186 0000 1111"}]}""")
                .statusCode(201).extract().path("id");
        String unrelated = create(dispatcher, """
                {"kind":"PERSON","name":"孙八","phone":"159 0000 2222"}""").statusCode(201).extract().path("id");
        String contactOnly = given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"name\":\"周九\",\"phone\":\"13812 777 000\"}")
                .post("/api/v1/customers/" + unrelated + "/contacts").then().statusCode(201).extract().path("id");

        // The dispatcher types the caller's number as it appears: spaces and dashes do not matter.
        given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=138 12").then().statusCode(200)
                .body("items.id", contains(byOwnPhone, unrelated));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=186-0000").then().statusCode(200)
                .body("items.id", contains(company));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=861381299").then().statusCode(200)
                .body("items.id", contains(company));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=0571").then().statusCode(200)
                .body("items.id", contains(company));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=177").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(dispatcher).delete("/api/v1/customers/" + unrelated + "/contacts/" + contactOnly).then().statusCode(204);
        given().auth().oauth2(dispatcher).get("/api/v1/customers?phone=13812").then().statusCode(200)
                .body("items.id", contains(byOwnPhone));
    }

    @Test
    void nameSearchMatchesAnyPartIgnoringCaseAndKindFilters() {
        String blue = create(dispatcher, customer("Blue River Installations", "020 7946 0000")).statusCode(201).extract().path("id");
        String wang = create(dispatcher, """
                {"kind":"PERSON","name":"王芳","phone":"13812345678"}""").statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).get("/api/v1/customers?q=river").then().statusCode(200).body("items.id", contains(blue));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?q=芳").then().statusCode(200).body("items.id", contains(wang));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?q=%25").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(dispatcher).get("/api/v1/customers?kind=PERSON").then().statusCode(200).body("items.id", contains(wang));
    }

    @Test
    void primaryPhoneOfAnotherCustomerIs409() {
        create(dispatcher, customer("First", "138-1234-5678")).statusCode(201);
        create(dispatcher, customer("Second", "138 1234 5678")).statusCode(409)
                .body("type", equalTo("https://aftercare.dev/problems/phone-taken")).body("errors[0].field", equalTo("phone"));
        // Another tenant may have a customer with the same phone.
        create(Tokens.of(tenants.create(), "dispatcher"), customer("Elsewhere", "13812345678")).statusCode(201);
    }

    @Test
    void siteLabelsAreUniquePerCustomer() {
        String id = create(dispatcher, customer("Labels Ltd", "0571-3333 4444")).statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"label\":\"仓库\",\"address\":\"x\"}")
                .post("/api/v1/customers/" + id + "/sites").then().statusCode(409).body("errors[0].field", equalTo("label"));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"label\":\"门店\",\"address\":\"y\"}")
                .post("/api/v1/customers/" + id + "/sites").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/customers/" + id + "/sites/"));
    }

    @Test
    void deletedCustomerTakesItsContactsAndSites() throws Exception {
        String id = create(dispatcher, customer("Gone Ltd", "0571-5555 6666")).statusCode(201).extract().path("id");
        given().auth().oauth2(dispatcher).delete("/api/v1/customers/" + id).then().statusCode(204);
        given().auth().oauth2(dispatcher).get("/api/v1/customers/" + id).then().statusCode(404);
        assertEquals(0, OwnerDatabase.count(tenant, "select count(*) from customer_contact"));
        assertEquals(0, OwnerDatabase.count(tenant, "select count(*) from customer_site"));
    }

    @Test
    void installersReadOnlyTheCustomersOfTheirOrdersCannotChangeThemAndPartnersSeeNothing() {
        String id = create(dispatcher, customer("Read Only", "0571-7777 8888")).statusCode(201).extract().path("id");
        String installer = Tokens.of(tenant, "installer");
        // Not a customer of any of this installer's orders (InstallerCustomerScopeTest shows the ones they serve).
        given().auth().oauth2(installer).get("/api/v1/customers/" + id).then().statusCode(404);
        given().auth().oauth2(installer).get("/api/v1/customers?phone=0571").then().statusCode(200).body("items.id", not(hasItem(id)));
        create(installer, customer("Nope", "0571-0000 0000")).statusCode(403);
        given().auth().oauth2(installer).delete("/api/v1/customers/" + id).then().statusCode(403);
        String partner = Tokens.of(tenant, "partner");
        given().auth().oauth2(partner).get("/api/v1/customers").then().statusCode(403);
        given().auth().oauth2(partner).get("/api/v1/customers/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.of(tenant, "customer")).get("/api/v1/customers/" + id).then().statusCode(403);
    }

    @Test
    void customerListIssuesTheSameStatementsForPagesOf5And100() throws Exception {
        TestMasterData.bulkCustomers(tenant, 120);
        given().auth().oauth2(dispatcher).get("/api/v1/settings").then().statusCode(200);
        for (String filter : List.of("", "&phone=139", "&q=bulk", "&kind=PERSON")) {
            long small = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/customers?limit=5" + filter)
                    .then().statusCode(200).body("items", hasSize(5)));
            long large = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/customers?limit=100" + filter)
                    .then().statusCode(200).body("items", hasSize(100)));
            assertTrue(small >= 1, "statement statistics must be on in the test profile");
            assertEquals(small, large, "filter " + filter);
            assertEquals(1, large, "filter " + filter);
        }
    }

    @Test
    void customerIsReadInThreeStatementsHoweverManyContactsAndSites() throws Exception {
        String few = create(dispatcher, customer("Few", "0571-1000 0001")).statusCode(201).extract().path("id");
        String many = create(dispatcher, customer("Many", "0571-1000 0002")).statusCode(201).extract().path("id");
        OwnerDatabase.execute(tenant, """
                insert into customer_contact (tenant_id, id, customer_id, name, phone, created_at, updated_at)
                select ?, gen_random_uuid(), ?, 'Contact ' || g, '1370000' || lpad(g::text, 4, '0'), now(), now()
                from generate_series(1, 40) g""", tenant, UUID.fromString(many));
        OwnerDatabase.execute(tenant, """
                insert into customer_site (tenant_id, id, customer_id, label, address, created_at, updated_at)
                select ?, gen_random_uuid(), ?, 'Site ' || g, 'Street ' || g, now(), now() from generate_series(1, 40) g""",
                tenant, UUID.fromString(many));
        given().auth().oauth2(dispatcher).get("/api/v1/settings").then().statusCode(200);
        long forFew = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/customers/" + few)
                .then().statusCode(200).body("contacts", hasSize(1)));
        long forMany = statements.during(() -> given().auth().oauth2(dispatcher).get("/api/v1/customers/" + many)
                .then().statusCode(200).body("contacts", hasSize(41)).body("sites", hasSize(41)));
        assertEquals(3, forFew);
        assertEquals(forFew, forMany);
    }
}
