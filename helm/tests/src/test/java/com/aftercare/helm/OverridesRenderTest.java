package com.aftercare.helm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.aftercare.helm.Chart.FULLNAME;
import static com.aftercare.helm.DefaultValuesRenderTest.BACKEND;
import static com.aftercare.helm.DefaultValuesRenderTest.FRONTEND;
import static com.aftercare.helm.DefaultValuesRenderTest.secretRefs;
import static com.aftercare.helm.Rendered.at;
import static com.aftercare.helm.Rendered.container;
import static com.aftercare.helm.Rendered.list;
import static com.aftercare.helm.Rendered.map;
import static com.aftercare.helm.Rendered.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverridesRenderTest {

  private final Chart chart = Chart.aftercare();

  @Test
  void ingressRoutesApiToTheBackendAndEverythingElseToTheFrontend() {
    Rendered rendered = chart.render(Map.of(
        "ingress.enabled", true,
        "ingress.className", "nginx",
        "ingress.host", "aftercare.example.org",
        "ingress.tls.enabled", true,
        "ingress.annotations", Map.of("cert-manager.io/cluster-issuer", "letsencrypt")));

    Map<String, Object> ingress = rendered.get("Ingress", FULLNAME);
    assertEquals("networking.k8s.io/v1", str(ingress, "apiVersion"));
    assertEquals("nginx", str(ingress, "spec.ingressClassName"));
    assertEquals("letsencrypt", map(ingress, "metadata.annotations").get("cert-manager.io/cluster-issuer"));
    assertEquals("aftercare.example.org", str(ingress, "spec.rules.0.host"));
    assertEquals(List.of("aftercare.example.org"), at(ingress, "spec.tls.0.hosts"));
    assertEquals(FULLNAME + "-tls", str(ingress, "spec.tls.0.secretName"));

    List<Map<String, Object>> paths = list(ingress, "spec.rules.0.http.paths");
    assertEquals(2, paths.size());
    Map<String, String> routes = new java.util.HashMap<>();
    for (Map<String, Object> path : paths) {
      assertEquals("Prefix", path.get("pathType"));
      assertEquals("http", str(path, "backend.service.port.name"));
      routes.put((String) path.get("path"), str(path, "backend.service.name"));
    }
    assertEquals(Map.of("/api", BACKEND, "/", FRONTEND), routes);
    assertFalse(routes.containsKey("/q"), "health and metrics stay internal");
  }

  @Test
  void ingressRoutesNothingToTheManagementPort() {
    Rendered rendered = chart.render(Map.of("ingress.enabled", true, "backend.management.servicePort", 9100));
    List<Map<String, Object>> paths = list(rendered.get("Ingress", FULLNAME), "spec.rules.0.http.paths");
    for (Map<String, Object> path : paths) {
      assertEquals("http", str(path, "backend.service.port.name"), path.toString());
      assertNull(at(path, "backend.service.port.number"), path.toString());
      assertFalse(((String) path.get("path")).startsWith("/q"), path.toString());
    }
    assertEquals("9100", str(rendered.get("Service", BACKEND), "spec.ports.1.port"));
    assertEquals("management", str(rendered.get("Service", BACKEND), "spec.ports.1.name"));
  }

  @Test
  void managementPortMovesProbesAndScrapingTogether() {
    Rendered rendered = chart.render(Map.of("backend.management.containerPort", 9500));
    Map<String, Object> deployment = rendered.get("Deployment", BACKEND);
    Map<String, Object> backend = container(deployment, "backend");
    assertEquals("9500", str(backend, "ports.1.containerPort"));
    assertEquals("management", str(backend, "readinessProbe.httpGet.port"));
    assertEquals("9500", map(deployment, "spec.template.metadata.annotations").get("prometheus.io/port"));
    assertEquals("9500", map(rendered.get("ConfigMap", BACKEND), "data").get("QUARKUS_MANAGEMENT_PORT"));
  }

  @Test
  void managementPortMustDifferFromTheApiPort() {
    IllegalStateException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> chart.template(Map.of("backend.management.containerPort", 8080)));
    assertTrue(error.getMessage().contains("must differ"), error.getMessage());
  }

  @Test
  void spaPolicyLetsTheBrowserReachThePublicKeycloakAndAGivenApiBase() {
    Rendered rendered = chart.render(Map.of("keycloak.publicUrl", "https://login.example.org/",
        "frontend.config.apiBaseUrl", "https://api.example.org"));
    String nginx = DefaultValuesRenderTest.nginx(rendered);
    assertTrue(nginx.contains("connect-src 'self' https://login.example.org https://api.example.org;"), nginx);
    assertFalse(nginx.contains("http://keycloak:8080;"), "the in-cluster Keycloak URL is not what browsers use");
  }

  @Test
  void spaPolicyAndReferrerPolicyCanBeReplaced() {
    Rendered rendered = chart.render(Map.of("frontend.nginx.contentSecurityPolicy", "default-src 'self'",
        "frontend.nginx.referrerPolicy", "strict-origin-when-cross-origin"));
    String block = DefaultValuesRenderTest.location(DefaultValuesRenderTest.nginx(rendered), "location = /index.html {");
    assertTrue(block.contains("add_header Content-Security-Policy \"default-src 'self'\" always;"), block);
    assertTrue(block.contains("add_header Referrer-Policy \"strict-origin-when-cross-origin\" always;"), block);
  }

  @Test
  void ingressTlsUsesAGivenSecretAndCanBeOff() {
    Rendered withSecret = chart.render(Map.of("ingress.enabled", true, "ingress.tls.enabled", true,
        "ingress.tls.secretName", "wildcard-tls"));
    assertEquals("wildcard-tls", str(withSecret.get("Ingress", FULLNAME), "spec.tls.0.secretName"));

    Rendered plain = chart.render(Map.of("ingress.enabled", true));
    assertNull(at(plain.get("Ingress", FULLNAME), "spec.tls"));
    assertNull(at(plain.get("Ingress", FULLNAME), "spec.ingressClassName"), "empty className = cluster default");
  }

  @Test
  void existingSecretsReplaceTheChartManagedOnes() {
    Rendered rendered = chart.render(Map.of(
        "database.existingSecret", "pg-credentials",
        "database.secretKeys.appPassword", "app",
        "database.secretKeys.ownerPassword", "owner",
        "database.app.password", "",
        "database.owner.password", "",
        "keycloak.existingSecret", "kc-credentials",
        "keycloak.backendClientSecret", ""));

    assertTrue(rendered.ofKind("Secret").isEmpty(), () -> "no Secret expected, got " + rendered.summary());
    Map<String, String> refs = secretRefs(container(rendered.get("Deployment", BACKEND), "backend"));
    assertEquals("pg-credentials/app", refs.get("QUARKUS_DATASOURCE_PASSWORD"));
    assertEquals("pg-credentials/owner", refs.get("QUARKUS_FLYWAY_PASSWORD"));
    assertEquals("kc-credentials/backend-client-secret", refs.get("AFTERCARE_BACKEND_CLIENT_SECRET"));
  }

  @Test
  void onlyTheDatabaseSecretCanBeExternal() {
    Rendered rendered = chart.render(Map.of("database.existingSecret", "pg-credentials"));
    assertTrue(rendered.find("Secret", FULLNAME + "-database").isEmpty());
    rendered.get("Secret", FULLNAME + "-keycloak");
  }

  @Test
  void withoutAutoscalingDeploymentsCarryReplicasAndNoAutoscalerIsRendered() {
    Rendered rendered = chart.render(Map.of(
        "backend.autoscaling.enabled", false,
        "backend.replicaCount", 3,
        "frontend.autoscaling.enabled", false,
        "frontend.replicaCount", 1));
    assertTrue(rendered.ofKind("HorizontalPodAutoscaler").isEmpty(), rendered::summary);
    assertEquals("3", str(rendered.get("Deployment", BACKEND), "spec.replicas"));
    assertEquals("1", str(rendered.get("Deployment", FRONTEND), "spec.replicas"));
  }

  @Test
  void memoryMetricIsAddedWhenATargetIsGiven() {
    Rendered rendered = chart.render(Map.of("backend.autoscaling.targetMemoryUtilizationPercentage", 80,
        "backend.autoscaling.maxReplicas", 10));
    Map<String, Object> hpa = rendered.get("HorizontalPodAutoscaler", BACKEND);
    assertEquals("memory", str(hpa, "spec.metrics.1.resource.name"));
    assertEquals("80", str(hpa, "spec.metrics.1.resource.target.averageUtilization"));
    assertEquals("10", str(hpa, "spec.maxReplicas"));
  }

  @Test
  void budgetsCanUseMaxUnavailableOrBeDisabled() {
    Rendered rendered = chart.render(Map.of(
        "backend.podDisruptionBudget.maxUnavailable", "50%",
        "frontend.podDisruptionBudget.enabled", false));
    Map<String, Object> pdb = rendered.get("PodDisruptionBudget", BACKEND);
    assertEquals("50%", str(pdb, "spec.maxUnavailable"));
    assertNull(at(pdb, "spec.minAvailable"), "maxUnavailable takes precedence");
    assertTrue(rendered.find("PodDisruptionBudget", FRONTEND).isEmpty());
  }

  @Test
  void publicKeycloakUrlDrivesIssuerAndSpaWhileTheBackendKeepsTheInternalOne() {
    Rendered rendered = chart.render(Map.of(
        "keycloak.url", "http://keycloak.iam.svc.cluster.local:8080/",
        "keycloak.publicUrl", "https://login.example.org",
        "keycloak.realm", "acme",
        "frontend.config.apiBaseUrl", "https://api.example.org"));
    Map<String, Object> data = map(rendered.get("ConfigMap", BACKEND), "data");
    assertEquals("http://keycloak.iam.svc.cluster.local:8080", data.get("AFTERCARE_KEYCLOAK_URL"));
    assertEquals("acme", data.get("AFTERCARE_KEYCLOAK_REALM"));
    assertEquals("https://login.example.org", data.get("AFTERCARE_KEYCLOAK_PUBLIC_URL"));
    assertEquals("https://login.example.org/realms/acme", data.get("MP_JWT_VERIFY_ISSUER"));
    assertEquals("http://keycloak.iam.svc.cluster.local:8080/realms/acme/protocol/openid-connect/certs",
        data.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));

    Map<String, Object> config = Rendered.json((String) map(rendered.get("ConfigMap", FRONTEND), "data").get("config.json"));
    assertEquals("https://login.example.org/realms/acme", config.get("oidcAuthority"));
    assertEquals("https://api.example.org", config.get("apiBaseUrl"));
  }

  @Test
  void mapTilesReachTheSpaAndTheirServerJoinsImageSources() {
    Rendered rendered = chart.render(Map.of(
        "frontend.config.mapTileUrl", "https://{s}.tile.example.org/{z}/{x}/{y}.png",
        "frontend.config.mapAttribution", "© Example contributors"));
    Map<String, Object> data = map(rendered.get("ConfigMap", FRONTEND), "data");
    Map<String, Object> config = Rendered.json((String) data.get("config.json"));
    assertEquals("https://{s}.tile.example.org/{z}/{x}/{y}.png", config.get("mapTileUrl"));
    assertEquals("© Example contributors", config.get("mapAttribution"));
    assertTrue(((String) data.get("nginx.conf")).contains("img-src 'self' data: blob: https://*.tile.example.org;"),
        "tiles load from their server, and only images do");

    Map<String, Object> plain = map(chart.render(Map.of("frontend.config.mapTileUrl", "https://tiles.example.org/{z}/{x}/{y}.png"))
        .get("ConfigMap", FRONTEND), "data");
    assertTrue(((String) plain.get("nginx.conf")).contains("img-src 'self' data: blob: https://tiles.example.org;"));
    Map<String, Object> none = map(chart.render(Map.of()).get("ConfigMap", FRONTEND), "data");
    assertTrue(((String) none.get("nginx.conf")).contains("img-src 'self' data: blob:;"), "no map, no tile server");
    assertEquals("", Rendered.json((String) none.get("config.json")).get("mapTileUrl"));
  }

  @Test
  void explicitIssuerJwksAndJdbcUrlsWin() {
    Rendered rendered = chart.render(Map.of(
        "keycloak.issuer", "https://sso.example.org/realms/aftercare",
        "keycloak.jwksUrl", "http://jwks.internal/certs",
        "database.host", "db.example.org",
        "database.port", 6432,
        "database.name", "care",
        "database.jdbcParameters", "sslmode=require",
        "database.flywayJdbcUrl", "jdbc:postgresql://db-primary.example.org:5432/care"));
    Map<String, Object> data = map(rendered.get("ConfigMap", BACKEND), "data");
    assertEquals("https://sso.example.org/realms/aftercare", data.get("MP_JWT_VERIFY_ISSUER"));
    assertEquals("http://jwks.internal/certs", data.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
    assertEquals("jdbc:postgresql://db.example.org:6432/care?sslmode=require", data.get("QUARKUS_DATASOURCE_JDBC_URL"));
    assertEquals("jdbc:postgresql://db-primary.example.org:5432/care", data.get("QUARKUS_FLYWAY_JDBC_URL"));
  }

  @Test
  void imagesFollowTagDigestAndAppVersion() {
    Rendered rendered = chart.render(Map.of(
        "backend.image.repository", "registry.example.org/aftercare/backend",
        "backend.image.tag", "1.2.3",
        "frontend.image.digest", "sha256:" + "a".repeat(64)));
    assertEquals("registry.example.org/aftercare/backend:1.2.3",
        str(container(rendered.get("Deployment", BACKEND), "backend"), "image"));
    assertEquals("aftercare/aftercare-frontend@sha256:" + "a".repeat(64),
        str(container(rendered.get("Deployment", FRONTEND), "frontend"), "image"));
  }

  @Test
  void extraConfigAndEnvReachTheBackendAndNullRemovesADefault() {
    Map<String, Object> extraConfig = new java.util.HashMap<>();
    extraConfig.put("QUARKUS_LOG_LEVEL", "DEBUG");
    extraConfig.put("QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST", null);
    Rendered rendered = chart.render(Map.of(
        "backend.extraConfig", extraConfig,
        "backend.extraEnv", List.of(Map.of("name", "EXTRA", "value", "1")),
        "backend.metrics.enabled", false));
    Map<String, Object> data = map(rendered.get("ConfigMap", BACKEND), "data");
    assertEquals("DEBUG", data.get("QUARKUS_LOG_LEVEL"));
    assertEquals("true", data.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"));
    assertFalse(data.containsKey("QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST"));
    Map<String, Object> backend = container(rendered.get("Deployment", BACKEND), "backend");
    assertTrue(list(backend, "env").stream().anyMatch(e -> "EXTRA".equals(e.get("name"))));
    assertNull(map(rendered.get("Deployment", BACKEND), "spec.template.metadata.annotations").get("prometheus.io/scrape"));
  }

  @Test
  void fullnameOverrideRenamesEverything() {
    Rendered rendered = chart.render(Map.of("fullnameOverride", "care"));
    rendered.get("Deployment", "care-backend");
    rendered.get("Deployment", "care-frontend");
    String nginx = (String) map(rendered.get("ConfigMap", "care-frontend"), "data").get("nginx.conf");
    assertTrue(nginx.contains("server care-backend." + Chart.NAMESPACE + ".svc.cluster.local:8080;"));
  }
}
