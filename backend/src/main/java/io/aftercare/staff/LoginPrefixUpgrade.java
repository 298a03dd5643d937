package io.aftercare.staff;

import io.aftercare.identity.IdentityDirectory;
import io.aftercare.identity.Logins;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * The upgrade to tenant-scoped logins: renames the staff accounts of tenants marked {@code logins_prefixed = false}
 * (by migration V31) from {@code name} to {@code <prefix>.name}, in Keycloak and in the mirror, then marks the tenant.
 * Safe with several replicas (a replica locks the tenant row and the others skip it) and safe to run again
 * (a rename to the name an account already has changes nothing). Retried periodically, e.g. while Keycloak is down.
 */
@ApplicationScoped
public class LoginPrefixUpgrade {

    private static final Logger LOG = Logger.getLogger(LoginPrefixUpgrade.class);

    private final EntityManager db;
    private final TenantContext tenants;
    private final IdentityDirectory identity;

    public LoginPrefixUpgrade(EntityManager db, TenantContext tenants, IdentityDirectory identity) {
        this.db = db;
        this.tenants = tenants;
        this.identity = identity;
    }

    @Scheduled(identity = "login-prefix-upgrade", every = "${aftercare.logins.upgrade-every:10m}",
            delayed = "${aftercare.logins.upgrade-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        upgradeAll();
    }

    /** Upgrades every pending tenant; answers how many this call finished. One tenant's failure does not stop the others. */
    @ActivateRequestContext
    public int upgradeAll() {
        @SuppressWarnings("unchecked")
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() ->
                db.createNativeQuery("select id from tenant where not logins_prefixed order by id").getResultList());
        int done = 0;
        for (UUID tenant : pending) {
            try {
                if (tenants.runAs(tenant, () -> QuarkusTransaction.requiringNew().call(() -> upgrade(tenant)))) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Prefixing the logins of tenant %s failed; it is retried later", tenant);
            }
        }
        return done;
    }

    private boolean upgrade(UUID tenant) {
        // The tenant row stays locked while its accounts are renamed: another replica skips this tenant.
        List<?> locked = db.createNativeQuery("select login_prefix from tenant where id = ?1 and not logins_prefixed "
                + "for update skip locked").setParameter(1, tenant).getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        String prefix = (String) locked.get(0);
        List<StaffUser> unprefixed = StaffUser.list("username not like ?1", prefix + ".%");
        for (StaffUser user : unprefixed) {
            String login = Logins.compose(prefix, user.username);
            if (!identity.rename(user.id, login)) {
                LOG.infof("Staff account %s of tenant %s is gone from Keycloak; only its mirror is renamed", user.id, tenant);
            }
            user.username = login;
        }
        db.createNativeQuery("update tenant set logins_prefixed = true where id = ?1").setParameter(1, tenant).executeUpdate();
        LOG.infof("Tenant %s: %d staff logins now start with %s.", tenant, unprefixed.size(), prefix);
        return true;
    }
}
