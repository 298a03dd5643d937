package com.aftercare.helm;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** values.schema.json rejects bad values before anything is rendered. */
class SchemaValidationTest {

  private final Chart chart = Chart.aftercare();

  private void assertRejected(Map<String, Object> overrides, String expectedInMessage) {
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> chart.template(overrides),
        () -> "values accepted but should be rejected: " + overrides);
    assertTrue(error.getMessage().contains("schema"), () -> "not a schema error: " + error.getMessage());
    assertTrue(error.getMessage().contains(expectedInMessage),
        () -> "expected '" + expectedInMessage + "' in: " + error.getMessage());
  }

  @Test
  void rejectsAStringWhereAnIntegerIsExpected() {
    assertRejected(Map.of("backend.replicaCount", "two"), "'/backend/replicaCount': got string, want integer");
  }

  @Test
  void rejectsABooleanGivenAsAString() {
    assertRejected(Map.of("ingress.enabled", "yes"), "'/ingress/enabled': got string, want boolean");
  }

  @Test
  void rejectsUnknownKeys() {
    assertRejected(Map.of("backend.replicas", 3), "additional properties 'replicas' not allowed");
    assertRejected(Map.of("postgresql", Map.of("enabled", true)), "additional properties 'postgresql' not allowed");
  }

  @Test
  void rejectsOutOfRangeAndMalformedValues() {
    assertRejected(Map.of("database.port", 70000), "port");
    assertRejected(Map.of("backend.image.pullPolicy", "Sometimes"), "pullPolicy");
    assertRejected(Map.of("keycloak.url", "keycloak:8080"), "url");
    assertRejected(Map.of("backend.probes.readiness.path", "q/health/ready"), "path");
    assertRejected(Map.of("backend.resources.limits.memory", "lots"), "memory");
    assertRejected(Map.of("backend.management.containerPort", 80), "containerPort");
    assertRejected(Map.of("frontend.nginx.contentSecurityPolicy", "default-src 'self'\"; evil"), "contentSecurityPolicy");
    assertRejected(Map.of("frontend.nginx.referrerPolicy", "unsafe-url"), "referrerPolicy");
  }

  @Test
  void requiresPasswordsOnlyWhenTheChartCreatesTheSecret() {
    assertRejected(Map.of("database.app.password", ""), "password");
    assertRejected(Map.of("keycloak.backendClientSecret", ""), "backendClientSecret");
    assertDoesNotThrow(() -> chart.template(Map.of(
        "database.existingSecret", "pg", "database.app.password", "", "database.owner.password", "",
        "keycloak.existingSecret", "kc", "keycloak.backendClientSecret", "")));
  }

  @Test
  void rejectsUnknownNotificationTransportsAndUnquotedTemplateIds() {
    assertRejected(Map.of("backend.notifications.sms", "aliyun"), "sms");
    assertRejected(Map.of("backend.notifications.email", "smtp"), "email");
    assertRejected(Map.of("backend.notifications.mailer.startTls", "yes"), "startTls");
    assertRejected(Map.of("backend.notifications.smsGateway.url", "sms.example.com"), "url");
    // A number loses digits on its way through Helm (1234567 → 1.234567e+06), so ids must be quoted.
    assertRejected(Map.of("backend.notifications.smsGateway.templateIds", Map.of("SIGN_UP_CODE", 1234567)), "SIGN_UP_CODE");
    assertRejected(Map.of("backend.notifications.smsGateway.templateIds", Map.of("sign-up", "SMS_1")), "sign-up");
  }

  @Test
  void acceptsPercentagesAndIntegersForDisruptionBudgets() {
    assertDoesNotThrow(() -> chart.template(Map.of("backend.podDisruptionBudget.minAvailable", "50%")));
    assertRejected(Map.of("backend.podDisruptionBudget.minAvailable", "half"), "minAvailable");
  }
}
