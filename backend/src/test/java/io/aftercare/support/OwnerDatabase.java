package io.aftercare.support;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A direct connection as the schema owner, outside the application: to arrange rows of several tenants and to
 * check what a request did (or did not) change. The owner is subject to row-level security too (FORCE), so
 * each call names the tenant it works in.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {
    }

    public static Connection connect(UUID tenant) throws SQLException {
        var config = ConfigProvider.getConfig();
        Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class), config.getValue("quarkus.flyway.password", String.class));
        try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
            set.setString(1, tenant == null ? "" : tenant.toString());
            set.execute();
        }
        return c;
    }

    public static long count(UUID tenant, String sql, Object... params) throws SQLException {
        try (Connection c = connect(tenant); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static void execute(UUID tenant, String sql, Object... params) throws SQLException {
        try (Connection c = connect(tenant); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            q.execute();
        }
    }

    /** Inserts a staff row for a tenant directly (no Keycloak), answering its id. */
    public static UUID insertStaff(UUID tenant, String username, String... roles) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = connect(tenant); PreparedStatement q = c.prepareStatement("""
                insert into staff_user (tenant_id, id, username, email, first_name, last_name, roles, enabled, created_at)
                values (?, ?, ?, ?, 'Test', 'Person', ?, true, now())""")) {
            q.setObject(1, tenant);
            q.setObject(2, id);
            q.setString(3, username);
            q.setString(4, username + "@example.com");
            q.setArray(5, c.createArrayOf("text", roles));
            q.execute();
        }
        return id;
    }
}
