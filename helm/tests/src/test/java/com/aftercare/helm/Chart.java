package com.aftercare.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The chart under test, rendered and linted in-process by helm-java (embedded Helm 3). */
final class Chart {

  static final String RELEASE = "demo";
  static final String NAMESPACE = "shop";
  static final String FULLNAME = "demo-aftercare";
  static final String REALM_FILE = "files/realm-aftercare.json";
  /**
   * helm-java's embedded Helm defaults to Kubernetes v1.20.0 for {@code template} (no cluster to ask), which the
   * chart's kubeVersion ">=1.23.0-0" rejects; render as a current cluster would.
   */
  static final String KUBE_VERSION = "v1.31.0";

  private final Path dir;

  private Chart(Path dir) {
    this.dir = dir;
  }

  /** The real chart, ../aftercare (overridable with -Daftercare.chart.dir). */
  static Chart aftercare() {
    var dir = Path.of(System.getProperty("aftercare.chart.dir", "../aftercare")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("Chart.yaml"))) {
      throw new IllegalStateException("No chart at " + dir);
    }
    return new Chart(dir);
  }

  Path dir() {
    return dir;
  }

  /** A full copy of this chart in {@code target}, so a test may add or remove files without touching the real one. */
  Chart copyTo(Path target) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path destination = target.resolve(dir.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(source, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Chart(target);
  }

  LintResult lint() {
    return new Helm(dir).lint().call();
  }

  LintResult lintStrict() {
    return new Helm(dir).lint().strict().call();
  }

  /** Renders with the chart defaults. */
  Rendered render() {
    return render(Map.of());
  }

  /**
   * Renders with overrides given as dotted paths ("backend.autoscaling.enabled" → false). They are written to a
   * values file, so types survive exactly as given (unlike --set, which guesses).
   */
  Rendered render(Map<String, Object> overrides) {
    return new Rendered(template(overrides));
  }

  /** Raw helm template output; throws IllegalStateException with Helm's error (e.g. schema violations). */
  String template(Map<String, Object> overrides) {
    TemplateCommand command = new Helm(dir).template().withName(RELEASE).withNamespace(NAMESPACE).withKubeVersion(KUBE_VERSION);
    if (!overrides.isEmpty()) {
      command = command.withValuesFile(valuesFile(overrides));
    }
    return command.call();
  }

  /** NOTES.txt as Helm prints it after an install: a client-only dry run, no cluster involved. */
  String notes(Map<String, Object> overrides) {
    InstallCommand command = new Helm(dir).install().withName(RELEASE).withNamespace(NAMESPACE)
        .withKubeVersion(KUBE_VERSION).clientOnly().dryRun();
    if (!overrides.isEmpty()) {
      command = command.withValuesFile(valuesFile(overrides));
    }
    String output = command.call().getOutput();
    int notes = output.indexOf("NOTES:");
    return notes < 0 ? "" : output.substring(notes);
  }

  private static Path valuesFile(Map<String, Object> overrides) {
    Map<String, Object> values = new LinkedHashMap<>();
    overrides.forEach((path, value) -> put(values, path, value));
    try {
      Path file = Files.createTempFile("aftercare-values-", ".yaml");
      file.toFile().deleteOnExit();
      Files.writeString(file, new Yaml().dump(values));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> root, String dottedPath, Object value) {
    String[] keys = dottedPath.split("\\.");
    Map<String, Object> node = root;
    for (int i = 0; i < keys.length - 1; i++) {
      node = (Map<String, Object>) node.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
    }
    node.put(keys[keys.length - 1], value);
  }
}
