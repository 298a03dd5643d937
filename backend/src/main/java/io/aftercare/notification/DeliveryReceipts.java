package io.aftercare.notification;

import io.aftercare.problem.ProblemException;
import io.aftercare.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SMS gateway's delivery receipts. A receipt names the message by the reference we sent ({@code tenant:id}); the
 * gateway signs the batch as we sign our requests to it (hex HMAC-SHA256 of "{timestamp}\n{body}" with the shared
 * secret), and a timestamp more than five minutes off is refused, so a captured batch cannot be replayed later. The
 * first receipt of a message counts; unknown references are skipped and counted.
 */
@ApplicationScoped
public class DeliveryReceipts {

    static final Duration SKEW = Duration.ofMinutes(5);

    private final SmsGatewayConfig gateway;
    private final TenantContext tenants;
    private final EntityManager db;
    private final Clock clock;

    public DeliveryReceipts(NotificationConfig config, TenantContext tenants, EntityManager db) {
        this.gateway = config.smsGateway();
        this.tenants = tenants;
        this.db = db;
        this.clock = Clock.systemUTC();
    }

    /** Refuses a batch whose signature does not match the raw body and timestamp, or whose timestamp is stale. */
    void verify(String timestamp, String signature, String body) {
        String secret = gateway.accessSecret().orElseThrow(() -> unauthorized("Delivery receipts are not taken: no gateway secret is set."));
        long seconds;
        try {
            seconds = Long.parseLong(timestamp == null ? "" : timestamp.strip());
        } catch (NumberFormatException e) {
            throw unauthorized("X-Timestamp must be the Unix time in seconds.");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs().compareTo(SKEW) > 0) {
            throw unauthorized("X-Timestamp is more than " + SKEW.toMinutes() + " minutes off.");
        }
        String expected = HttpSmsSender.signature(secret, timestamp.strip(), body);
        if (signature == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw unauthorized("X-Signature does not match the body.");
        }
    }

    /** Records each receipt on its message, tenant by tenant; answers how many were recorded and how many found no message. */
    NotificationDtos.ReceiptsRecorded record(List<NotificationDtos.ReceiptRequest> receipts) {
        Map<UUID, List<NotificationDtos.ReceiptRequest>> byTenant = new LinkedHashMap<>();
        Map<NotificationDtos.ReceiptRequest, UUID> ids = new LinkedHashMap<>();
        int unknown = 0;
        for (NotificationDtos.ReceiptRequest receipt : receipts) {
            String[] parts = receipt.messageId().split(":", 2);
            try {
                UUID tenant = UUID.fromString(parts[0]);
                ids.put(receipt, UUID.fromString(parts[1]));
                byTenant.computeIfAbsent(tenant, t -> new java.util.ArrayList<>()).add(receipt);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                unknown++;
            }
        }
        int recorded = 0;
        for (Map.Entry<UUID, List<NotificationDtos.ReceiptRequest>> tenant : byTenant.entrySet()) {
            int found = tenants.runAs(tenant.getKey(), () -> QuarkusTransaction.requiringNew().call(() -> {
                int n = 0;
                for (NotificationDtos.ReceiptRequest receipt : tenant.getValue()) {
                    n += db.createQuery("""
                                    update Notification n set n.receipt = :receipt, n.receiptAt = :at
                                    where n.id = :id and n.receipt is null and n.channel = :sms""")
                            .setParameter("receipt", receipt.status())
                            .setParameter("at", receipt.at() == null ? OffsetDateTime.now(ZoneOffset.UTC) : receipt.at())
                            .setParameter("id", ids.get(receipt)).setParameter("sms", NotificationDtos.Channel.SMS)
                            .executeUpdate();
                }
                return n;
            }));
            recorded += found;
        }
        return new NotificationDtos.ReceiptsRecorded(recorded, receipts.size() - recorded);
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "receipt-not-signed", "Receipt batch not accepted", detail, null);
    }
}
