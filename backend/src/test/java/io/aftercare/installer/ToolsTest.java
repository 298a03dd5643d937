package io.aftercare.installer;

import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.aftercare.support.TestInstallers.installer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Tools are issued to installers and come back returned, or are reported lost or damaged. */
@QuarkusTest
class ToolsTest {

    @Inject
    TestTenants tenants;

    UUID tenant;
    String dispatcher;
    UUID installer;
    String installerToken;

    @BeforeEach
    void setUp() throws Exception {
        tenant = tenants.create();
        dispatcher = Tokens.of(tenant, "dispatcher");
        installer = installer(tenant, Tokens.manager(tenant));
        installerToken = Tokens.claims(tenant, "installer").subject(installer.toString()).sign();
    }

    private UUID catalogItem(String kind) throws Exception {
        UUID id = UUID.randomUUID();
        OwnerDatabase.execute(tenant, """
                insert into catalog_item (tenant_id, id, kind, code, name, unit, created_at, updated_at)
                values (?, ?, ?, ?, '万用表 Fluke 17B', 'pcs', now(), now())""", tenant, id, kind, "C-" + id);
        return id;
    }

    private String issue(UUID item) {
        return given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"catalogItemId\":\"" + item + "\",\"quantity\":1}")
                .post("/api/v1/installers/" + installer + "/tools").then().statusCode(201)
                .body("status", equalTo("ISSUED")).body("toolName", equalTo("万用表 Fluke 17B")).extract().path("id");
    }

    @Test
    void onlyToolsCanBeIssued() throws Exception {
        given().auth().oauth2(dispatcher).contentType("application/json")
                .body("{\"catalogItemId\":\"" + catalogItem("PART") + "\",\"quantity\":1}")
                .post("/api/v1/installers/" + installer + "/tools").then().statusCode(400)
                .body("errors[0].field", equalTo("catalogItemId"));
    }

    @Test
    void installerReportsALostToolAndItStaysOnRecord() throws Exception {
        String issued = issue(catalogItem("TOOL"));
        given().auth().oauth2(installerToken).get("/api/v1/installers/" + installer + "/tools").then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(installerToken).contentType("application/json")
                .body("{\"version\":0,\"report\":\"在客户现场遗失\"}")
                .post("/api/v1/installers/" + installer + "/tools/" + issued + "/lost").then().statusCode(200)
                .body("status", equalTo("LOST")).body("report", equalTo("在客户现场遗失"));
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":1}")
                .post("/api/v1/installers/" + installer + "/tools/" + issued + "/return").then().statusCode(409);
    }

    @Test
    void theOfficeTakesToolsBackAndInstallersCannot() throws Exception {
        String issued = issue(catalogItem("TOOL"));
        given().auth().oauth2(installerToken).contentType("application/json").body("{\"version\":0}")
                .post("/api/v1/installers/" + installer + "/tools/" + issued + "/return").then().statusCode(403);
        given().auth().oauth2(dispatcher).contentType("application/json").body("{\"version\":0}")
                .post("/api/v1/installers/" + installer + "/tools/" + issued + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
    }

    @Test
    void otherInstallersAndTenantsSeeNothing() throws Exception {
        issue(catalogItem("TOOL"));
        String colleague = Tokens.claims(tenant, "installer").subject(UUID.randomUUID().toString()).sign();
        given().auth().oauth2(colleague).get("/api/v1/installers/" + installer + "/tools").then().statusCode(404);
        given().auth().oauth2(Tokens.of(tenants.create(), "dispatcher")).get("/api/v1/installers/" + installer + "/tools")
                .then().statusCode(404);
    }
}
