package io.aftercare.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Wall 2: every connection handed out by the pool is told the current tenant, which the row-level security
 * policies compare with each row's tenant_id. Agroal enlists the connection in the JTA transaction before it
 * calls this, so inside a transaction the setting is transaction-local ({@code set_config(..., true)}) and
 * disappears at commit or rollback; an autocommit connection gets it for its session, and the next
 * acquisition always overwrites it.
 */
@ApplicationScoped
public class RowLevelSecurity implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, ?)")) {
            set.setString(1, currentTenant());
            set.setBoolean(2, !connection.getAutoCommit());
            set.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the tenant on a database connection", e);
        }
    }

    private static String currentTenant() {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return TenantContext.NONE.toString();
        }
        return Arc.container().instance(TenantContext.class).get().current().toString();
    }
}
