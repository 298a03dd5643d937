package io.aftercare.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published contract (openapi/openapi.yaml) is exactly what the API generates. After an API change run
 * {@code make openapi}, which reruns this test with {@code -Daftercare.openapi.write=true} to rewrite the file.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path PUBLISHED = Path.of("..", "openapi", "openapi.yaml");

    @Test
    void publishedContractMatchesTheGeneratedOne() throws Exception {
        String generated = given().accept("application/yaml").get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("aftercare.openapi.write")) {
            Files.writeString(PUBLISHED, generated);
        }
        assertTrue(Files.exists(PUBLISHED), "openapi/openapi.yaml is missing: run make openapi");
        assertEquals(Files.readString(PUBLISHED), generated,
                "openapi/openapi.yaml differs from the API: run make openapi and commit the result");
    }

    @Test
    void everyOperationHasAStableCamelCaseId() {
        String generated = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        var operations = io.restassured.path.json.JsonPath.from(generated).getMap("paths");
        operations.forEach((path, item) -> ((java.util.Map<?, ?>) item).forEach((method, op) -> {
            if (op instanceof java.util.Map<?, ?> operation && operation.containsKey("responses")) {
                Object id = operation.get("operationId");
                assertTrue(id instanceof String s && s.matches("[a-z][a-zA-Z0-9]+"), method + " " + path + " has operationId " + id);
            }
        }));
    }
}
