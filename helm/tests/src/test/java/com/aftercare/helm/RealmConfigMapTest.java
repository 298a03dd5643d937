package com.aftercare.helm;

import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.aftercare.helm.Chart.FULLNAME;
import static com.aftercare.helm.Rendered.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Keycloak realm ConfigMap, on temporary copies of the chart so the outcome does not depend on whether
 * files/realm-aftercare.json is already in the real chart.
 */
class RealmConfigMapTest {

  static final String REALM_CONFIGMAP = FULLNAME + "-keycloak-realm";
  static final String DUMMY_REALM = """
      {
        "realm": "aftercare",
        "enabled": true,
        "clients": [
          {"clientId": "aftercare-backend", "secret": "${AFTERCARE_BACKEND_CLIENT_SECRET:dev-backend-secret}"}
        ]
      }
      """;

  private static Chart withRealmFile(Path dir, String content) throws IOException {
    Chart copy = Chart.aftercare().copyTo(dir);
    Path realm = copy.dir().resolve(Chart.REALM_FILE);
    Files.createDirectories(realm.getParent());
    if (content == null) {
      Files.deleteIfExists(realm);
    } else {
      Files.writeString(realm, content);
    }
    return copy;
  }

  @Test
  void rendersTheRealmFileVerbatimWhenPresent(@TempDir Path dir) throws IOException {
    Chart chart = withRealmFile(dir, DUMMY_REALM);
    Map<String, Object> configMap = chart.render().get("ConfigMap", REALM_CONFIGMAP);

    String json = (String) map(configMap, "data").get("realm-aftercare.json");
    assertEquals(DUMMY_REALM.strip(), json.strip());
    assertEquals("aftercare", Rendered.json(json).get("realm"));
    assertEquals("keycloak-realm", map(configMap, "metadata.labels").get("app.kubernetes.io/component"));
  }

  @Test
  void chartWithRealmFilePassesStrictLint(@TempDir Path dir) throws IOException {
    LintResult result = withRealmFile(dir, DUMMY_REALM).lintStrict();
    assertFalse(result.isFailed(), () -> "lint: " + result.getMessages());
  }

  @Test
  void isSkippedWhenDisabled(@TempDir Path dir) throws IOException {
    Rendered rendered = withRealmFile(dir, DUMMY_REALM).render(Map.of("keycloak.realmImport.enabled", false));
    assertTrue(rendered.find("ConfigMap", REALM_CONFIGMAP).isEmpty());
  }

  @Test
  void isSkippedWhenTheFileIsAbsent(@TempDir Path dir) throws IOException {
    Chart chart = withRealmFile(dir, null);
    assertTrue(chart.render().find("ConfigMap", REALM_CONFIGMAP).isEmpty());
    LintResult result = chart.lintStrict();
    assertFalse(result.isFailed(), () -> "lint without realm file: " + result.getMessages());
  }
}
