package io.aftercare.promise;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two packaged backends (separate JVMs) run the promise watch every second against one database: every breach is
 * marked, recorded and announced exactly once, and both replicas take part.
 */
class PromiseReplicasIT {

    private static final String DB = System.getProperty("aftercare.it.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/aftercare_test");
    private static final int BREACHES = 1500;

    private final List<Process> replicas = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : replicas) {
            p.destroy();
        }
        for (Process p : replicas) {
            if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static Connection owner(UUID tenant) throws SQLException {
        Connection c = DriverManager.getConnection(DB, "aftercare_owner", "aftercare_owner");
        try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
            set.setString(1, tenant == null ? "" : tenant.toString());
            set.execute();
        }
        return c;
    }

    private static long count(UUID tenant, String sql) throws SQLException {
        try (Connection c = owner(tenant); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A replica on its API port and its own management port (health), so two can run on one machine. */
    private Process start(int port, int managementPort, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", DB);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        builder.environment().put("AFTERCARE_PROMISES_CHECK_EVERY", "1s");
        builder.environment().put("AFTERCARE_PROMISES_CHECK_DELAY", "1s");
        builder.environment().put("AFTERCARE_FOLLOW_UPS_SAMPLE_EVERY", "off");
        builder.environment().put("AFTERCARE_NOTIFICATIONS_DELIVER_EVERY", "1s");
        Process process = builder.start();
        replicas.add(process);
        return process;
    }

    private static void awaitReady(int managementPort) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos(); // two JVMs starting at once on a busy machine
        while (System.nanoTime() < deadline) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("replica with management port " + managementPort + " did not become ready");
    }

    @Test
    void twoReplicasMarkAndAnnounceEachBreachOnce() throws Exception {
        assertTrue(new File("target/quarkus-app/quarkus-run.jar").exists(), "package the backend first (mvn verify)");
        Path logA = Files.createTempFile("replica-a", ".log");
        Path logB = Files.createTempFile("replica-b", ".log");
        start(18181, 19181, logA);
        start(18182, 19182, logB);
        awaitReady(19181);
        awaitReady(19182);

        UUID tenant = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        try (Connection c = owner(null)) {
            c.createStatement().execute("insert into tenant (id, slug, name, time_zone, locale, currency, created_at) values ('%s', '%s', "
                    .formatted(tenant, "it-" + tenant.toString().substring(24)) + "'Replica test', 'Asia/Shanghai', 'zh-CN', 'CNY', now())");
        }
        try (Connection c = owner(tenant)) {
            c.setAutoCommit(false);
            c.createStatement().execute("""
                    insert into staff_user (tenant_id, id, username, email, first_name, last_name, roles, enabled, created_at)
                    values ('%1$s', gen_random_uuid(), 'boss', 'boss@example.com', 'Boss', 'Test', '{manager}', true, now());
                    insert into customer (tenant_id, id, kind, name, phone, created_at, updated_at)
                    values ('%1$s', '%2$s', 'PERSON', '王芳', '13800000000', now(), now());
                    insert into service_request (tenant_id, id, number, channel, customer_id, category, description, status,
                                                 registered_at, registered_by, promise_kind, promise_status, promise_started_at,
                                                 promise_due_at, promise_at_risk_at)
                    select '%1$s', gen_random_uuid(), 'SR-' || lpad(n::text, 6, '0'), 'PHONE', '%2$s', 'FAULT', 'x', 'OPEN',
                           now() - interval '4 days', 'it', 'ON_SITE', 'ON_TRACK', now() - interval '4 days',
                           now() - interval '1 minute', now() - interval '1 hour'
                    from generate_series(1, %3$d) n;""".formatted(tenant, customer, BREACHES));
            c.commit();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (count(tenant, "select count(*) from notification where status = 'SENT'") < BREACHES && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(BREACHES, count(tenant, "select count(*) from service_request where promise_status = 'BREACHED'"));
        assertEquals(BREACHES, count(tenant, "select count(*) from promise_breach"));
        assertEquals(BREACHES, count(tenant, "select count(*) from notification where template = 'PROMISE_BREACHED'"));
        assertEquals(BREACHES, count(tenant, "select count(*) from notification where status = 'SENT' and attempts = 1"));
        String a = Files.readString(logA);
        String b = Files.readString(logB);
        assertTrue(a.contains("breached") && b.contains("breached"), "both replicas marked breaches:\n" + tail(a) + "\n---\n" + tail(b));
        long sentA = a.lines().filter(l -> l.contains("E-mail ")).count();
        long sentB = b.lines().filter(l -> l.contains("E-mail ")).count();
        assertEquals(BREACHES, sentA + sentB, "each message sent once across the replicas");
        try (Connection c = owner(null)) {
            c.createStatement().execute("delete from tenant where id = '" + tenant + "'");
        } catch (SQLException e) {
            System.err.println("Could not remove the test tenant " + tenant + ": " + e.getMessage());
        }
    }

    private static String tail(String log) {
        return log.length() > 3000 ? log.substring(log.length() - 3000) : log;
    }
}
