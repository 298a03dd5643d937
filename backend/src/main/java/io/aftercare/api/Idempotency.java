package io.aftercare.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for creating POSTs: the first request with a key runs and its answer is kept; the same
 * key with the same body replays that answer and creates nothing; the same key with another body answers 422.
 * The key row is inserted first in the creating transaction, so a concurrent duplicate waits for the first
 * one and then replays it. Without a key the operation runs exactly as it would alone, in its own transaction (so its
 * own rules apply, such as repeating a database-only operation that lost a race).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]+$";
    public static final String DESCRIPTION = "Makes a retry safe: repeating the request with the same key and body "
            + "returns the first answer and creates nothing new. Unique per caller; up to 255 characters.";

    private final EntityManager db;
    private final TenantContext tenants;
    private final CurrentUser caller;
    private final ObjectMapper canonical;
    private final ObjectMapper json;

    public Idempotency(EntityManager db, TenantContext tenants, CurrentUser caller, ObjectMapper json) {
        this.db = db;
        this.tenants = tenants;
        this.caller = caller;
        this.json = json;
        this.canonical = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    public record Outcome<T>(T body, boolean replayed) {
        /** 201 with its Location for a new resource, 200 for a replay. */
        public RestResponse<T> toResponse(URI location) {
            RestResponse.ResponseBuilder<T> answer = replayed
                    ? RestResponse.ResponseBuilder.ok(body)
                    : RestResponse.ResponseBuilder.<T>created(location).entity(body);
            return answer.header("Idempotent-Replayed", String.valueOf(replayed)).build();
        }
    }

    public <T> Outcome<T> execute(String key, String operation, Object request, Class<T> answerType, Supplier<T> create) {
        return execute(caller.id(), key, operation, request, answerType, create);
    }

    /**
     * The same for a caller without a login (online booking), whose keys are kept apart by {@code principal}, e.g. the
     * customer's phone.
     */
    public <T> Outcome<T> execute(String principal, String key, String operation, Object request, Class<T> answerType,
                                  Supplier<T> create) {
        if (key == null || key.isBlank()) {
            return new Outcome<>(create.get(), false);
        }
        return QuarkusTransaction.joiningExisting().call(() -> keyed(principal, key, operation, request, answerType, create));
    }

    private <T> Outcome<T> keyed(String principal, String key, String operation, Object request, Class<T> answerType,
                                 Supplier<T> create) {
        String hash = Sha256.hex(operation + "\n" + write(canonical, request));
        int inserted = db.createNativeQuery("""
                        insert into idempotency_record (tenant_id, principal, idempotency_key, operation, request_hash, created_at)
                        values (?1, ?2, ?3, ?4, ?5, now()) on conflict do nothing""")
                .setParameter(1, tenants.current()).setParameter(2, principal).setParameter(3, key)
                .setParameter(4, operation).setParameter(5, hash)
                .executeUpdate();
        if (inserted == 0) {
            return replay(principal, key, operation, hash, answerType);
        }
        T answer = create.get();
        db.createNativeQuery("""
                        update idempotency_record set response_status = 201, response_body = cast(?1 as jsonb)
                        where tenant_id = ?2 and principal = ?3 and idempotency_key = ?4""")
                .setParameter(1, write(json, answer)).setParameter(2, tenants.current())
                .setParameter(3, principal).setParameter(4, key)
                .executeUpdate();
        return new Outcome<>(answer, false);
    }

    private <T> Outcome<T> replay(String principal, String key, String operation, String hash, Class<T> answerType) {
        Object[] row = (Object[]) db.createNativeQuery("""
                        select operation, request_hash, cast(response_body as text) from idempotency_record
                        where tenant_id = ?1 and principal = ?2 and idempotency_key = ?3""")
                .setParameter(1, tenants.current()).setParameter(2, principal).setParameter(3, key)
                .getSingleResult();
        if (!operation.equals(row[0]) || !hash.equals(row[1])) {
            throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request. Use a new key for a new request.",
                    List.of(new FieldError(HEADER, "already used with a different request")));
        }
        if (row[2] == null) {
            throw ProblemException.conflict("A request with this Idempotency-Key is still being processed.");
        }
        try {
            return new Outcome<>(json.readValue((String) row[2], answerType), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent answer is unreadable", e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
