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
  void warnsWhenASingleReplicaIsGuardedByADisruptionBudget() {
    String notes = chart.notes(Map.of("backend.autoscaling.enabled", false, "backend.replicaCount", 1));
    assertTrue(notes.contains("the backend runs a single replica with a PodDisruptionBudget"), notes);
  }
}
