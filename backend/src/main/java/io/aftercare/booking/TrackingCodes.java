package io.aftercare.booking;

import io.aftercare.api.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tracking codes: 160 random bits in Crockford-free lower-case base32 (32 characters), shown once to the customer.
 * Only their SHA-256 is stored, in a platform table that maps it to a tenant and a request. Every lookup costs one
 * indexed query whatever the answer, so an unknown code and another tenant's code cannot be told apart.
 */
@ApplicationScoped
public class TrackingCodes {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int BYTES = 20;
    static final String PATTERN = "^[a-z2-7]{32}$";

    private final SecureRandom random = new SecureRandom();
    private final EntityManager db;

    public TrackingCodes(EntityManager db) {
        this.db = db;
    }

    /** Where a code leads: its tenant and request. */
    public record Target(UUID tenantId, UUID requestId) {
    }

    String newCode() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        StringBuilder code = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                code.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return code.toString();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void register(String code, UUID requestId) {
        db.createNativeQuery("""
                        insert into booking_tracking (code_hash, tenant_id, service_request_id, created_at)
                        values (?1, cast(current_setting('app.tenant_id') as uuid), ?2, ?3)""")
                .setParameter(1, Sha256.hex(code)).setParameter(2, requestId).setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** A new code for the booking; its earlier codes stop working. */
    @Transactional(Transactional.TxType.MANDATORY)
    String reissue(UUID requestId) {
        db.createNativeQuery("delete from booking_tracking where service_request_id = ?1").setParameter(1, requestId).executeUpdate();
        String code = newCode();
        register(code, requestId);
        return code;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Target> find(String code) {
        List<Object[]> rows = db.createNativeQuery("select tenant_id, service_request_id from booking_tracking where code_hash = ?1")
                .setParameter(1, Sha256.hex(code == null ? "" : code)).getResultList();
        return rows.stream().findFirst().map(r -> new Target((UUID) r[0], (UUID) r[1]));
    }
}
