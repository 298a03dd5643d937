package io.aftercare.complaint;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A complaint was verified; fired synchronously in the transaction of the verification (the ledger observes it). */
public record ComplaintVerified(UUID complaintId, String number, ComplaintDtos.Category category, UUID installerId, UUID workOrderId,
                                OffsetDateTime verifiedAt) {
}
