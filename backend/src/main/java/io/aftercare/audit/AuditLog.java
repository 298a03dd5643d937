package io.aftercare.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.RequestIds;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Appends to the tenant's audit trail, inside the transaction of the write it records. */
@ApplicationScoped
public class AuditLog {

    private final CurrentUser user;
    private final ObjectMapper json;

    public AuditLog(CurrentUser user, ObjectMapper json) {
        this.user = user;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.id = Ids.newId();
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.actorId = user.id();
        event.actorName = user.username();
        event.action = action;
        event.entityType = entityType;
        event.entityId = String.valueOf(entityId);
        event.before = before == null ? null : json.valueToTree(before);
        event.after = after == null ? null : json.valueToTree(after);
        event.requestId = RequestIds.current();
        event.persist();
    }

    /** Newest first. */
    @Transactional
    public Keyset.Slice<AuditDtos.AuditEventView> list(String entityType, String entityId, Integer limit, String cursor) {
        int pageSize = Keyset.limit(limit);
        UUID before = Keyset.after(cursor);
        StringBuilder where = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (before != null) {
            where.append(" and id < :before");
            params.put("before", before);
        }
        if (entityType != null) {
            where.append(" and entityType = :entityType");
            params.put("entityType", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :entityId");
            params.put("entityId", entityId);
        }
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(where + " order by id desc", params).page(0, pageSize + 1).list();
        return Keyset.slice(rows, pageSize, e -> e.id, AuditDtos.AuditEventView::of);
    }
}
