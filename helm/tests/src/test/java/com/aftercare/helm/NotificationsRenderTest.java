package com.aftercare.helm;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.aftercare.helm.Chart.FULLNAME;
import static com.aftercare.helm.DefaultValuesRenderTest.BACKEND;
import static com.aftercare.helm.DefaultValuesRenderTest.secretRefs;
import static com.aftercare.helm.Rendered.container;
import static com.aftercare.helm.Rendered.list;
import static com.aftercare.helm.Rendered.map;
import static com.aftercare.helm.Rendered.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** backend.notifications: how SMS and e-mail leave the backend, and where their credentials come from. */
class NotificationsRenderTest {

  static final String GATEWAY_SECRET = FULLNAME + "-sms-gateway";
  static final String MAILER_SECRET = FULLNAME + "-mailer";
  static final String PROPERTIES = BACKEND + "-properties";

  private final Chart chart = Chart.aftercare();

  private static Map<String, Object> config(Rendered rendered) {
    return map(rendered.get("ConfigMap", BACKEND), "data");
  }

  private static Map<String, Object> backend(Rendered rendered) {
    return container(rendered.get("Deployment", BACKEND), "backend");
  }

  private static String decoded(Map<String, Object> secret, String key) {
    return new String(Base64.getDecoder().decode(str(secret, "data." + key)), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> gateway(Map<String, Object> extra) {
    Map<String, Object> values = new java.util.HashMap<>(Map.of(
        "backend.notifications.sms", "http",
        "backend.notifications.smsGateway.url", "https://sms.example.com/v1/messages"));
    values.putAll(extra);
    return values;
  }

  @Test
  void defaultsOnlyLogNotificationsWithNoGatewayMailerSecretsOrPropertiesFile() {
    Rendered rendered = chart.render();
    Map<String, Object> data = config(rendered);
    assertEquals("log", data.get("AFTERCARE_NOTIFICATIONS_SMS"));
    assertEquals("log", data.get("AFTERCARE_NOTIFICATIONS_EMAIL"));
    assertTrue(data.keySet().stream().noneMatch(k -> k.startsWith("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_") || k.startsWith("QUARKUS_MAILER_")),
        () -> "gateway or mailer settings in " + data.keySet());

    Map<String, Object> backend = backend(rendered);
    assertTrue(list(backend, "env").stream().map(e -> (String) e.get("name"))
            .noneMatch(n -> n.startsWith("AFTERCARE_NOTIFICATIONS_") || n.startsWith("QUARKUS_MAILER_")),
        () -> "notification env in " + list(backend, "env"));
    assertTrue(rendered.find("Secret", GATEWAY_SECRET).isEmpty());
    assertTrue(rendered.find("Secret", MAILER_SECRET).isEmpty());
    assertTrue(rendered.find("ConfigMap", PROPERTIES).isEmpty());
    assertEquals(List.of("/tmp"), list(backend, "volumeMounts").stream().map(m -> m.get("mountPath")).toList());
    assertEquals(List.of("tmp"), list(rendered.get("Deployment", BACKEND), "spec.template.spec.volumes").stream()
        .map(v -> v.get("name")).toList());
  }

  @Test
  void httpGatewayWithInlineCredentialsGetsItsSettingsAndAChartMadeSecret() {
    Rendered rendered = chart.render(gateway(Map.of(
        "backend.notifications.smsGateway.signName", "安装服务",
        "backend.notifications.smsGateway.timeout", "5s",
        "backend.notifications.smsGateway.accessKey", "key-1",
        "backend.notifications.smsGateway.accessSecret", "s3cret")));

    Map<String, Object> data = config(rendered);
    assertEquals("http", data.get("AFTERCARE_NOTIFICATIONS_SMS"));
    assertEquals("https://sms.example.com/v1/messages", data.get("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_URL"));
    assertEquals("安装服务", data.get("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_SIGN_NAME"));
    assertEquals("5s", data.get("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_TIMEOUT"));
    assertFalse(data.containsKey("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_ACCESS_KEY"), "credentials stay out of the ConfigMap");
    assertFalse(data.containsKey("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_ACCESS_SECRET"), "credentials stay out of the ConfigMap");

    Map<String, Object> secret = rendered.get("Secret", GATEWAY_SECRET);
    assertEquals("key-1", decoded(secret, "access-key"));
    assertEquals("s3cret", decoded(secret, "access-secret"));
    Map<String, String> refs = secretRefs(backend(rendered));
    assertEquals(GATEWAY_SECRET + "/access-key", refs.get("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_ACCESS_KEY"));
    assertEquals(GATEWAY_SECRET + "/access-secret", refs.get("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_ACCESS_SECRET"));

    // A new gateway secret must roll the pods, as a new database password does.
    Rendered otherSecret = chart.render(gateway(Map.of(
        "backend.notifications.smsGateway.accessKey", "key-1",
        "backend.notifications.smsGateway.accessSecret", "rotated")));
    assertNotEquals(checksum(rendered, "checksum/secret"), checksum(otherSecret, "checksum/secret"));
  }

  @Test
  void onlyTheGivenGatewayCredentialReachesTheSecretAndTheContainer() {
    Rendered rendered = chart.render(gateway(Map.of("backend.notifications.smsGateway.accessSecret", "s3cret")));
    assertEquals(Map.of("access-secret", "czNjcmV0"), map(rendered.get("Secret", GATEWAY_SECRET), "data"));
    Map<String, String> refs = secretRefs(backend(rendered));
    assertFalse(refs.containsKey("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_ACCESS_KEY"), "no key given, none referenced: " + refs);
    assertEquals(GATEWAY_SECRET + "/access-secret", refs.get("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_ACCESS_SECRET"));
  }

  @Test
  void existingGatewaySecretIsUsedInsteadOfAChartMadeOne() {
    Rendered rendered = chart.render(gateway(Map.of(
        "backend.notifications.smsGateway.existingSecret", "sms-credentials",
        "backend.notifications.smsGateway.secretKeys", Map.of("accessKey", "id", "accessSecret", "hmac"),
        // Ignored once existingSecret is set: never copied into a chart-made Secret.
        "backend.notifications.smsGateway.accessSecret", "stale")));

    assertTrue(rendered.find("Secret", GATEWAY_SECRET).isEmpty(), rendered::summary);
    Map<String, String> refs = secretRefs(backend(rendered));
    assertEquals("sms-credentials/id", refs.get("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_ACCESS_KEY"));
    assertEquals("sms-credentials/hmac", refs.get("AFTERCARE_NOTIFICATIONS_SMS_GATEWAY_ACCESS_SECRET"));
    rendered.get("Secret", FULLNAME + "-database");
  }

  @Test
  void templateIdsRenderAPropertiesFileMountedWhereQuarkusReadsIt() {
    Rendered rendered = chart.render(gateway(Map.of("backend.notifications.smsGateway.templateIds",
        Map.of("SIGN_UP_CODE", "SMS_123456", "CAMPAIGN", "SMS_654321", "APPOINTMENT_SET", "100200"))));

    String properties = (String) map(rendered.get("ConfigMap", PROPERTIES), "data").get("application.properties");
    List<String> settings = properties.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertEquals(List.of(
        "aftercare.notifications.sms-gateway.template-ids.APPOINTMENT_SET=100200",
        "aftercare.notifications.sms-gateway.template-ids.CAMPAIGN=SMS_654321",
        "aftercare.notifications.sms-gateway.template-ids.SIGN_UP_CODE=SMS_123456"), settings);

    Map<String, Object> deployment = rendered.get("Deployment", BACKEND);
    Map<String, Object> mount = list(backend(rendered), "volumeMounts").stream()
        .filter(m -> "/deployments/config".equals(m.get("mountPath"))).findFirst().orElseThrow();
    assertEquals(true, mount.get("readOnly"));
    Map<String, Object> volume = list(deployment, "spec.template.spec.volumes").stream()
        .filter(v -> mount.get("name").equals(v.get("name"))).findFirst().orElseThrow();
    assertEquals(PROPERTIES, str(volume, "configMap.name"));

    Rendered otherIds = chart.render(gateway(Map.of("backend.notifications.smsGateway.templateIds",
        Map.of("SIGN_UP_CODE", "SMS_999999"))));
    assertNotEquals(checksum(rendered, "checksum/config"), checksum(otherIds, "checksum/config"),
        "new template ids roll the pods");
  }

  @Test
  void mailerSettingsReachTheConfigMapAndItsPasswordAChartMadeSecret() {
    Rendered rendered = chart.render(Map.of(
        "backend.notifications.email", "mailer",
        "backend.notifications.mailer", Map.of("host", "smtp.example.com", "port", 587, "username", "aftercare",
            "startTls", "REQUIRED", "from", "Aftercare <service@example.com>", "password", "smtp-pass")));
    Map<String, Object> data = config(rendered);
    assertEquals("mailer", data.get("AFTERCARE_NOTIFICATIONS_EMAIL"));
    assertEquals("smtp.example.com", data.get("QUARKUS_MAILER_HOST"));
    assertEquals("587", data.get("QUARKUS_MAILER_PORT"));
    assertEquals("aftercare", data.get("QUARKUS_MAILER_USERNAME"));
    assertEquals("REQUIRED", data.get("QUARKUS_MAILER_START_TLS"));
    assertEquals("Aftercare <service@example.com>", data.get("QUARKUS_MAILER_FROM"));
    assertFalse(data.containsKey("QUARKUS_MAILER_PASSWORD"));

    assertEquals("smtp-pass", decoded(rendered.get("Secret", MAILER_SECRET), "password"));
    assertEquals(MAILER_SECRET + "/password", secretRefs(backend(rendered)).get("QUARKUS_MAILER_PASSWORD"));
  }

  @Test
  void existingMailerSecretIsUsedInsteadOfAChartMadeOne() {
    Rendered rendered = chart.render(Map.of(
        "backend.notifications.email", "mailer",
        "backend.notifications.mailer.host", "smtp.example.com",
        "backend.notifications.mailer.existingSecret", "smtp-credentials",
        "backend.notifications.mailer.secretKeys.password", "smtp-password"));
    assertTrue(rendered.find("Secret", MAILER_SECRET).isEmpty(), rendered::summary);
    assertEquals("smtp-credentials/smtp-password", secretRefs(backend(rendered)).get("QUARKUS_MAILER_PASSWORD"));
  }

  @Test
  void httpSmsWithoutAGatewayUrlFailsTheRelease() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> chart.template(Map.of("backend.notifications.sms", "http")));
    assertTrue(error.getMessage().contains(
        "backend.notifications.sms is \"http\" but backend.notifications.smsGateway.url is empty"), error.getMessage());
  }

  @Test
  void mailerEmailWithoutAnSmtpHostFailsTheRelease() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> chart.template(Map.of("backend.notifications.email", "mailer")));
    assertTrue(error.getMessage().contains(
        "backend.notifications.email is \"mailer\" but backend.notifications.mailer.host is empty"), error.getMessage());
  }

  private static String checksum(Rendered rendered, String annotation) {
    return (String) map(rendered.get("Deployment", BACKEND), "spec.template.metadata.annotations").get(annotation);
  }
}
