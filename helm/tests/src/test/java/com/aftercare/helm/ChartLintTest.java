package com.aftercare.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartLintTest {

  private final Chart chart = Chart.aftercare();

  @Test
  void embeddedHelmLoads() {
    // Proves the native Go library behind helm-java loads on this machine.
    String version = Helm.version().call();
    assertTrue(version.startsWith("v3."), "embedded Helm version: " + version);
  }

  @Test
  void lintReportsNoErrors() {
    LintResult result = chart.lint();
    assertFalse(result.isFailed(), () -> "helm lint failed: " + result.getMessages());
    assertTrue(result.getMessages().stream().noneMatch(m -> m.contains("[ERROR]")), () -> "errors: " + result.getMessages());
  }

  @Test
  void strictLintReportsNoErrorsOrWarnings() {
    LintResult result = chart.lintStrict();
    assertFalse(result.isFailed(), () -> "helm lint --strict failed: " + result.getMessages());
    assertTrue(result.getMessages().stream().noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]")),
        () -> "messages: " + result.getMessages());
  }

  @Test
  void lintCatchesABrokenTemplate(@TempDir Path dir) throws IOException {
    // Guards the two tests above against passing vacuously.
    Chart broken = chart.copyTo(dir);
    Files.writeString(broken.dir().resolve("templates/broken.yaml"), "kind: ConfigMap\nmetadata:\n  name: {{ .Values.nope.missing }}\n");
    LintResult result = broken.lint();
    assertTrue(result.isFailed(), () -> "lint should fail: " + result.getMessages());
  }
}
