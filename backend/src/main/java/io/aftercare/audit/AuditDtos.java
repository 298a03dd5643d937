package io.aftercare.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class AuditDtos {

    private AuditDtos() {
    }

    @Schema(name = "AuditEvent", description = "One write in the tenant, with the entity before and after it.",
            requiredProperties = {"id", "occurredAt", "actorId", "action", "entityType", "entityId"})
    public record AuditEventView(
            UUID id,
            OffsetDateTime occurredAt,
            @Schema(description = "Subject of the token that made the change, or `system`.") @Size(max = 100) String actorId,
            @Size(max = 255) String actorName,
            @Schema(description = "The actor's display name, when the actor is a person of the tenant.", examples = "王经理")
            @Size(max = 255) String actorDisplayName,
            @Schema(examples = "settings.updated") @Size(max = 100) String action,
            @Schema(examples = "settings") @Size(max = 100) String entityType,
            @Size(max = 100) String entityId,
            @Schema(description = "The entity before the change, as the API showed it; absent on creation.")
            Map<String, Object> before,
            @Schema(description = "The entity after the change, as the API showed it; absent on deletion.")
            Map<String, Object> after,
            @Size(max = 64) String requestId) {

        private static final ObjectMapper JSON = new ObjectMapper();

        @SuppressWarnings("unchecked")
        private static Map<String, Object> asMap(JsonNode node) {
            return node == null || node.isNull() ? null : JSON.convertValue(node, Map.class);
        }

        static AuditEventView of(AuditEvent e, Map<String, String> names) {
            return new AuditEventView(e.id, e.occurredAt, e.actorId, e.actorName, names.get(e.actorId), e.action, e.entityType, e.entityId,
                    asMap(e.before), asMap(e.after), e.requestId);
        }
    }

    @Schema(name = "AuditEventPage", requiredProperties = "items")
    public record AuditEventPage(@Size(max = 200) List<AuditEventView> items,
                                 @Schema(description = "Pass as `cursor` for the next page; absent on the last page.")
                                 @Size(max = 200) String nextCursor) {
    }
}
