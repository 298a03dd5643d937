package io.aftercare.tenancy;

import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant of the current unit of work: the verified token's {@code tenant} claim for API requests, or the
 * tenant a job sets explicitly with {@link #runAs}. Both walls read it: Hibernate's discriminator (through
 * {@link CurrentTenantResolver}) and PostgreSQL row-level security (through {@link RowLevelSecurity}).
 */
@RequestScoped
public class TenantContext {

    /** The tenant id of platform-level work; no tenant has it, so tenant tables show nothing. */
    public static final UUID NONE = new UUID(0, 0);
    public static final String CLAIM = "tenant";

    @Inject
    JsonWebToken token;

    private UUID explicit;
    private UUID fromToken;
    private boolean tokenRead;

    public UUID current() {
        if (explicit != null) {
            return explicit;
        }
        if (!tokenRead) {
            fromToken = parse(token == null ? null : token.getClaim(CLAIM));
            tokenRead = true;
            if (fromToken != null) {
                MDC.put("tenant", fromToken.toString());
            }
        }
        return fromToken == null ? NONE : fromToken;
    }

    public Optional<UUID> tenant() {
        UUID current = current();
        return NONE.equals(current) ? Optional.empty() : Optional.of(current);
    }

    /** The current tenant; 403 when the caller acts for no tenant. */
    public UUID require() {
        return tenant().orElseThrow(() -> ProblemException.forbidden(
                "This operation belongs to a tenant, and your token carries no valid tenant claim."));
    }

    /**
     * Runs work as another tenant. Open a new transaction inside (e.g. {@code QuarkusTransaction.requiringNew()}):
     * sessions and connections bind their tenant when the transaction starts.
     */
    public <T> T runAs(UUID tenant, Supplier<T> work) {
        UUID previous = explicit;
        explicit = tenant;
        try {
            return work.get();
        } finally {
            explicit = previous;
        }
    }

    public void runAs(UUID tenant, Runnable work) {
        runAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    private static UUID parse(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim.toString().replace("\"", "").trim();
        try {
            UUID id = UUID.fromString(text);
            return NONE.equals(id) ? null : id;
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
