package com.aftercare.helm;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NOTES.txt tells the operator how to reach the app and warns about development defaults. */
class NotesTest {

  private final Chart chart = Chart.aftercare();

  @Test
  void defaultsExplainPortForwardAndWarnAboutDevelopmentSecrets() {
    String notes = chart.notes(Map.of());
    assertTrue(notes.contains("port-forward service/demo-aftercare-frontend"), notes);
    assertTrue(notes.contains("WARNING: the database passwords are the development defaults"), notes);
    assertTrue(notes.contains("WARNING: keycloak.backendClientSecret is the development default"), notes);
  }

  @Test
  void ingressAndRealSecretsReplaceTheHintsAndWarnings() {
    String notes = chart.notes(Map.of(
        "ingress.enabled", true, "ingress.host", "care.example.org", "ingress.tls.enabled", true,
        "database.existingSecret", "pg", "keycloak.existingSecret", "kc"));
    assertTrue(notes.contains("https://care.example.org/"), notes);
    assertFalse(notes.contains("port-forward"), notes);
    assertFalse(notes.contains("WARNING"), notes);
  }

  @Test
  void defaultsSayNotificationsOnlyReachTheLog() {
    String notes = chart.notes(Map.of());
    assertTrue(notes.contains("SMS        : written to the backend's log only, not sent"), notes);
    assertTrue(notes.contains("E-mail     : written to the backend's log only, not sent"), notes);
    assertFalse(notes.contains("sms-receipts"), notes);
  }

  @Test
  void anSmsGatewayGetsItsReceiptAddressAndAWarningWithoutAnAccessSecret() {
    Map<String, Object> gateway = Map.of("backend.notifications.sms", "http",
        "backend.notifications.smsGateway.url", "https://sms.example.com/v1/messages",
        "ingress.enabled", true, "ingress.host", "care.example.org", "ingress.tls.enabled", true);
    String notes = chart.notes(gateway);
    assertTrue(notes.contains("SMS        : HTTP gateway https://sms.example.com/v1/messages"), notes);
    assertTrue(notes.contains("https://care.example.org/api/v1/public/sms-receipts"), notes);
    assertTrue(notes.contains("WARNING: the SMS gateway has no access secret"), notes);

    Map<String, Object> signed = new java.util.HashMap<>(gateway);
    signed.put("backend.notifications.smsGateway.existingSecret", "sms-credentials");
    assertFalse(chart.notes(signed).contains("no access secret"));
  }

  @Test
  void warnsWhenASingleReplicaIsGuardedByADisruptionBudget() {
    String notes = chart.notes(Map.of("backend.autoscaling.enabled", false, "backend.replicaCount", 1));
    assertTrue(notes.contains("the backend runs a single replica with a PodDisruptionBudget"), notes);
  }
}
