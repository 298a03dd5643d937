package io.aftercare.customeraccount;

import io.aftercare.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A one-time code sent to a phone on record (only its hash is kept). A request for a number not on record is kept
 * too, without a code, so it answers and locks exactly like a known one.
 */
@Entity
@Table(name = "customer_sign_up_code")
public class SignUpCode extends TenantOwned {

    /** What the code proves: the phone's digits, or "email:" and the address in lower case. */
    @Column(name = "proof_key", nullable = false, updatable = false)
    public String proofKey;

    @Column(name = "customer_id", updatable = false)
    public UUID customerId;

    @Column(name = "code_sha256", updatable = false)
    public String codeSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CustomerAccountDtos.Purpose purpose;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "failed_attempts", nullable = false)
    public int failedAttempts;

    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
