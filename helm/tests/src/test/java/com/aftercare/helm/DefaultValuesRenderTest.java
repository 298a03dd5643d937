package com.aftercare.helm;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.aftercare.helm.Chart.FULLNAME;
import static com.aftercare.helm.Rendered.at;
import static com.aftercare.helm.Rendered.container;
import static com.aftercare.helm.Rendered.list;
import static com.aftercare.helm.Rendered.map;
import static com.aftercare.helm.Rendered.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart rendered with its defaults: external PostgreSQL and Keycloak, autoscaling on, no Ingress. */
class DefaultValuesRenderTest {

  static final String BACKEND = FULLNAME + "-backend";
  static final String FRONTEND = FULLNAME + "-frontend";

  /** Every backend setting of CONVENTIONS.md must reach the container, from the ConfigMap or a Secret. */
  static final List<String> BACKEND_ENV = List.of(
      "QUARKUS_HTTP_PORT", "QUARKUS_MANAGEMENT_PORT",
      "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
      "QUARKUS_FLYWAY_JDBC_URL", "QUARKUS_FLYWAY_USERNAME", "QUARKUS_FLYWAY_PASSWORD",
      "AFTERCARE_KEYCLOAK_URL", "AFTERCARE_KEYCLOAK_REALM", "AFTERCARE_BACKEND_CLIENT_SECRET",
      "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_PUBLICKEY_LOCATION");

  static Rendered rendered;

  @BeforeAll
  static void render() {
    rendered = Chart.aftercare().render();
  }

  @Test
  void rendersEveryWorkloadObjectButNoIngress() {
    for (String name : List.of(BACKEND, FRONTEND)) {
      rendered.get("Deployment", name);
      rendered.get("Service", name);
      rendered.get("ConfigMap", name);
      rendered.get("HorizontalPodAutoscaler", name);
      rendered.get("PodDisruptionBudget", name);
    }
    rendered.get("Secret", FULLNAME + "-database");
    rendered.get("Secret", FULLNAME + "-keycloak");
    rendered.get("ServiceAccount", FULLNAME);
    assertTrue(rendered.ofKind("Ingress").isEmpty(), "Ingress is off by default");
  }

  @Test
  void everyObjectCarriesTheStandardLabelsAndAValidName() {
    for (Map<String, Object> object : rendered.all()) {
      Map<String, Object> labels = map(object, "metadata.labels");
      String id = object.get("kind") + "/" + str(object, "metadata.name");
      assertNotNull(labels, id);
      assertEquals("aftercare", labels.get("app.kubernetes.io/name"), id);
      assertEquals(Chart.RELEASE, labels.get("app.kubernetes.io/instance"), id);
      assertEquals("0.1.0", labels.get("app.kubernetes.io/version"), id);
      assertEquals("Helm", labels.get("app.kubernetes.io/managed-by"), id);
      assertEquals("aftercare-0.1.0", labels.get("helm.sh/chart"), id);
      assertTrue(str(object, "metadata.name").matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?"), id);
    }
  }

  @Test
  void backendProbesUseQuarkusHealthEndpointsOnTheManagementPort() {
    Map<String, Object> backend = container(rendered.get("Deployment", BACKEND), "backend");
    assertEquals("/q/health/live", str(backend, "livenessProbe.httpGet.path"));
    assertEquals("/q/health/ready", str(backend, "readinessProbe.httpGet.path"));
    assertEquals("/q/health/live", str(backend, "startupProbe.httpGet.path"));
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertEquals("management", str(backend, probe + ".httpGet.port"), probe);
    }
    assertEquals("30", str(backend, "startupProbe.failureThreshold"));
    assertEquals("http", str(backend, "ports.0.name"));
    assertEquals("8080", str(backend, "ports.0.containerPort"));
    assertEquals("management", str(backend, "ports.1.name"));
    assertEquals("9000", str(backend, "ports.1.containerPort"));
    assertEquals("9000", map(rendered.get("ConfigMap", BACKEND), "data").get("QUARKUS_MANAGEMENT_PORT"));
  }

  @Test
  void backendGetsEveryConfiguredEnvironmentVariable() {
    Map<String, Object> deployment = rendered.get("Deployment", BACKEND);
    Map<String, Object> backend = container(deployment, "backend");
    assertEquals(BACKEND, str(backend, "envFrom.0.configMapRef.name"));

    Set<String> names = new HashSet<>(map(rendered.get("ConfigMap", BACKEND), "data").keySet());
    names.addAll(list(backend, "env").stream().map(e -> (String) e.get("name")).toList());
    assertTrue(names.containsAll(BACKEND_ENV), () -> "missing: " + BACKEND_ENV.stream().filter(n -> !names.contains(n)).toList());
  }

  @Test
  void backendConfigPointsAtExternalPostgresAndKeycloak() {
    Map<String, Object> data = map(rendered.get("ConfigMap", BACKEND), "data");
    assertEquals("8080", data.get("QUARKUS_HTTP_PORT"));
    assertEquals("jdbc:postgresql://postgresql:5432/aftercare", data.get("QUARKUS_DATASOURCE_JDBC_URL"));
    assertEquals("jdbc:postgresql://postgresql:5432/aftercare", data.get("QUARKUS_FLYWAY_JDBC_URL"));
    assertEquals("aftercare_app", data.get("QUARKUS_DATASOURCE_USERNAME"));
    assertEquals("aftercare_owner", data.get("QUARKUS_FLYWAY_USERNAME"));
    assertEquals("http://keycloak:8080", data.get("AFTERCARE_KEYCLOAK_URL"));
    assertEquals("http://keycloak:8080", data.get("AFTERCARE_KEYCLOAK_PUBLIC_URL"));
    assertEquals("aftercare", data.get("AFTERCARE_KEYCLOAK_REALM"));
    assertEquals("http://keycloak:8080/realms/aftercare", data.get("MP_JWT_VERIFY_ISSUER"));
    assertEquals("http://keycloak:8080/realms/aftercare/protocol/openid-connect/certs",
        data.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    for (String secretName : List.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_FLYWAY_PASSWORD", "AFTERCARE_BACKEND_CLIENT_SECRET")) {
      assertFalse(data.containsKey(secretName), secretName + " must not be in a ConfigMap");
    }
  }

  @Test
  void secretsComeFromTheChartManagedSecrets() {
    Map<String, Object> backend = container(rendered.get("Deployment", BACKEND), "backend");
    Map<String, String> refs = secretRefs(backend);
    assertEquals(FULLNAME + "-database/app-password", refs.get("QUARKUS_DATASOURCE_PASSWORD"));
    assertEquals(FULLNAME + "-database/owner-password", refs.get("QUARKUS_FLYWAY_PASSWORD"));
    assertEquals(FULLNAME + "-keycloak/backend-client-secret", refs.get("AFTERCARE_BACKEND_CLIENT_SECRET"));
    Map<String, Object> database = map(rendered.get("Secret", FULLNAME + "-database"), "data");
    assertTrue(database.containsKey("app-password") && database.containsKey("owner-password"));
    assertTrue(map(rendered.get("Secret", FULLNAME + "-keycloak"), "data").containsKey("backend-client-secret"));
  }

  static Map<String, String> secretRefs(Map<String, Object> container) {
    return list(container, "env").stream()
        .filter(e -> at(e, "valueFrom.secretKeyRef") != null)
        .collect(Collectors.toMap(e -> (String) e.get("name"),
            e -> str(e, "valueFrom.secretKeyRef.name") + "/" + str(e, "valueFrom.secretKeyRef.key")));
  }

  @Test
  void resourcesAreRequestedAndLimited() {
    Map<String, Object> backend = container(rendered.get("Deployment", BACKEND), "backend");
    assertEquals("1", str(backend, "resources.limits.cpu"));
    assertEquals("768Mi", str(backend, "resources.limits.memory"));
    assertEquals("250m", str(backend, "resources.requests.cpu"));
    assertEquals("512Mi", str(backend, "resources.requests.memory"));
    Map<String, Object> frontend = container(rendered.get("Deployment", FRONTEND), "frontend");
    assertEquals("250m", str(frontend, "resources.limits.cpu"));
    assertEquals("128Mi", str(frontend, "resources.limits.memory"));
    assertNotNull(at(frontend, "resources.requests.cpu"));
  }

  @Test
  void containersRunAsNonRootOnAReadOnlyRootFilesystemWithWritableTmp() {
    for (String component : List.of("backend", "frontend")) {
      Map<String, Object> deployment = rendered.get("Deployment", FULLNAME + "-" + component);
      Map<String, Object> container = container(deployment, component);
      assertEquals(true, at(deployment, "spec.template.spec.securityContext.runAsNonRoot"), component);
      assertEquals(true, at(container, "securityContext.runAsNonRoot"), component);
      assertEquals(true, at(container, "securityContext.readOnlyRootFilesystem"), component);
      assertEquals(false, at(container, "securityContext.allowPrivilegeEscalation"), component);
      assertEquals(List.of("ALL"), at(container, "securityContext.capabilities.drop"), component);
      String tmpVolume = list(container, "volumeMounts").stream()
          .filter(m -> "/tmp".equals(m.get("mountPath"))).map(m -> (String) m.get("name")).findFirst().orElseThrow();
      Map<String, Object> volume = list(deployment, "spec.template.spec.volumes").stream()
          .filter(v -> tmpVolume.equals(v.get("name"))).findFirst().orElseThrow();
      assertNotNull(volume.get("emptyDir"), component + ": /tmp must be an emptyDir");
      assertEquals(false, at(deployment, "spec.template.spec.automountServiceAccountToken"), component);
    }
  }

  @Test
  void backendPodsAreAnnotatedForPrometheusScraping() {
    Map<String, Object> annotations = map(rendered.get("Deployment", BACKEND), "spec.template.metadata.annotations");
    assertEquals("true", annotations.get("prometheus.io/scrape"));
    assertEquals("/q/metrics", annotations.get("prometheus.io/path"));
    assertEquals("9000", annotations.get("prometheus.io/port"), "metrics are on the management port");
    assertNotNull(annotations.get("checksum/config"));
    assertNotNull(annotations.get("checksum/secret"));
  }

  @Test
  void selectorsOfDeploymentsServicesAndBudgetsMatchTheirOwnPodsOnly() {
    for (String component : List.of("backend", "frontend")) {
      String name = FULLNAME + "-" + component;
      String other = FULLNAME + "-" + (component.equals("backend") ? "frontend" : "backend");
      Map<String, Object> podLabels = map(rendered.get("Deployment", name), "spec.template.metadata.labels");
      Map<String, Object> otherPodLabels = map(rendered.get("Deployment", other), "spec.template.metadata.labels");

      Map<String, Object> deploymentSelector = map(rendered.get("Deployment", name), "spec.selector.matchLabels");
      Map<String, Object> pdbSelector = map(rendered.get("PodDisruptionBudget", name), "spec.selector.matchLabels");
      Map<String, Object> serviceSelector = map(rendered.get("Service", name), "spec.selector");
      for (Map<String, Object> selector : List.of(deploymentSelector, pdbSelector, serviceSelector)) {
        assertFalse(selector.isEmpty(), name);
        assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), () -> name + ": " + selector + " vs " + podLabels);
        assertFalse(otherPodLabels.entrySet().containsAll(selector.entrySet()), () -> name + " selector also matches " + other);
      }
      assertEquals(deploymentSelector, pdbSelector, name);
      assertEquals("1", str(rendered.get("PodDisruptionBudget", name), "spec.minAvailable"));
      assertEquals("policy/v1", str(rendered.get("PodDisruptionBudget", name), "apiVersion"));
    }
  }

  @Test
  void autoscalersTargetTheirDeploymentsWhichLeaveReplicasToThem() {
    for (String name : List.of(BACKEND, FRONTEND)) {
      Map<String, Object> hpa = rendered.get("HorizontalPodAutoscaler", name);
      assertEquals("autoscaling/v2", str(hpa, "apiVersion"));
      assertEquals("apps/v1", str(hpa, "spec.scaleTargetRef.apiVersion"));
      assertEquals("Deployment", str(hpa, "spec.scaleTargetRef.kind"));
      assertEquals(name, str(hpa, "spec.scaleTargetRef.name"));
      assertEquals("cpu", str(hpa, "spec.metrics.0.resource.name"));
      assertEquals("Utilization", str(hpa, "spec.metrics.0.resource.target.type"));
      assertNull(at(rendered.get("Deployment", name), "spec.replicas"), name + ": replicas belong to the HPA");
    }
    assertEquals("2", str(rendered.get("HorizontalPodAutoscaler", BACKEND), "spec.minReplicas"));
    assertEquals("6", str(rendered.get("HorizontalPodAutoscaler", BACKEND), "spec.maxReplicas"));
  }

  @Test
  void frontendServesRuntimeConfigJson() {
    Map<String, Object> data = map(rendered.get("ConfigMap", FRONTEND), "data");
    Map<String, Object> config = Rendered.json((String) data.get("config.json"));
    assertEquals(Map.of(
        "oidcAuthority", "http://keycloak:8080/realms/aftercare",
        "oidcClientId", "aftercare-spa",
        "apiBaseUrl", "",
        "mapTileUrl", "",
        "mapAttribution", ""), config);

    Map<String, Object> deployment = rendered.get("Deployment", FRONTEND);
    Map<String, Object> frontend = container(deployment, "frontend");
    assertTrue(list(frontend, "volumeMounts").stream().anyMatch(m -> "/etc/aftercare".equals(m.get("mountPath"))));
    assertTrue(((String) data.get("nginx.conf")).contains("alias /etc/aftercare/config.json;"));
  }

  @Test
  void nginxFallsBackToTheSpaAndProxiesApiToTheBackendService() {
    String nginx = (String) map(rendered.get("ConfigMap", FRONTEND), "data").get("nginx.conf");
    assertTrue(nginx.contains("try_files $uri $uri/ /index.html;"), "SPA fallback");
    assertTrue(nginx.contains("location /api/ {"), "/api location");
    assertTrue(nginx.contains("proxy_pass http://aftercare_backend;"), "/api proxied");
    assertTrue(nginx.contains("server " + BACKEND + "." + Chart.NAMESPACE + ".svc.cluster.local:8080;"),
        "upstream is the backend Service: " + nginx);
    assertTrue(nginx.contains("listen 8080;"));
    assertTrue(nginx.contains("pid /tmp/nginx.pid;"), "non-root nginx writes its pid to /tmp");

    Map<String, Object> frontend = container(rendered.get("Deployment", FRONTEND), "frontend");
    assertEquals("/healthz", str(frontend, "livenessProbe.httpGet.path"));
    assertEquals("/healthz", str(frontend, "readinessProbe.httpGet.path"));
    assertTrue(nginx.contains("location = /healthz"));
    assertTrue(list(frontend, "volumeMounts").stream().anyMatch(m ->
        "/etc/nginx/nginx.conf".equals(m.get("mountPath")) && "nginx.conf".equals(m.get("subPath"))));
  }

  @Test
  void backendServiceExposesTheManagementPortUnderItsOwnName() {
    Map<String, Object> service = rendered.get("Service", BACKEND);
    assertEquals("management", str(service, "spec.ports.1.name"));
    assertEquals("9000", str(service, "spec.ports.1.port"));
    assertEquals("management", str(service, "spec.ports.1.targetPort"));
  }

  static String nginx(Rendered rendered) {
    return (String) map(rendered.get("ConfigMap", FRONTEND), "data").get("nginx.conf");
  }

  /** The body of the nginx location block that starts with the given line (up to its closing brace). */
  static String location(String nginx, String opening) {
    int start = nginx.indexOf(opening);
    assertTrue(start >= 0, () -> "no '" + opening + "' in: " + nginx);
    int depth = 0;
    for (int i = nginx.indexOf('{', start); i < nginx.length(); i++) {
      depth += nginx.charAt(i) == '{' ? 1 : nginx.charAt(i) == '}' ? -1 : 0;
      if (depth == 0) {
        return nginx.substring(start, i + 1);
      }
    }
    throw new AssertionError("unclosed '" + opening + "'");
  }

  static final String SPA_POLICY = "default-src 'self'; connect-src 'self' http://keycloak:8080; img-src 'self' data: blob:; "
      + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  @Test
  void nginxSendsTheSpaContentSecurityPolicyAndSecurityHeadersOnEveryPageButNotOnProxiedApiAnswers() {
    String nginx = nginx(rendered);
    for (String opening : List.of("location = /config.json {", "location /assets/ {", "location = /index.html {", "location / {")) {
      String block = location(nginx, opening);
      assertTrue(block.contains("add_header Content-Security-Policy \"" + SPA_POLICY + "\" always;"), block);
      assertTrue(block.contains("add_header X-Content-Type-Options \"nosniff\" always;"), block);
      assertTrue(block.contains("add_header X-Frame-Options \"DENY\" always;"), block);
      assertTrue(block.contains("add_header Referrer-Policy \"no-referrer\" always;"), block);
    }
    // The backend marks its own answers; nginx adding the same headers would send them twice.
    assertFalse(location(nginx, "location /api/ {").contains("add_header"));
    assertFalse(nginx.substring(0, nginx.indexOf("location")).contains("add_header"), "no server-wide add_header");
  }

  @Test
  void nginxNeverCachesIndexAndConfigButCachesHashedAssetsForAYear() {
    String nginx = nginx(rendered);
    assertTrue(location(nginx, "location = /index.html {").contains("add_header Cache-Control \"no-store\" always;"));
    assertTrue(location(nginx, "location = /config.json {").contains("add_header Cache-Control \"no-store\" always;"));
    String assets = location(nginx, "location /assets/ {");
    assertTrue(assets.contains("add_header Cache-Control \"public, max-age=31536000, immutable\" always;"), assets);
    assertFalse(assets.contains("expires"), "one Cache-Control header, not two");
  }

  @Test
  void servicesExposeTheNamedHttpPort() {
    assertEquals("8080", str(rendered.get("Service", BACKEND), "spec.ports.0.port"));
    assertEquals("80", str(rendered.get("Service", FRONTEND), "spec.ports.0.port"));
    for (String name : List.of(BACKEND, FRONTEND)) {
      assertEquals("http", str(rendered.get("Service", name), "spec.ports.0.targetPort"));
      assertEquals("http", str(container(rendered.get("Deployment", name), name.substring(FULLNAME.length() + 1)), "ports.0.name"));
    }
  }

  @Test
  void realmConfigMapFollowsThePresenceOfTheRealmFile() {
    boolean realmFileShipped = Files.isRegularFile(Chart.aftercare().dir().resolve(Chart.REALM_FILE));
    assertEquals(realmFileShipped, rendered.find("ConfigMap", FULLNAME + "-keycloak-realm").isPresent(),
        "realm ConfigMap rendered iff " + Chart.REALM_FILE + " exists (exists: " + realmFileShipped + ")");
  }
}
