package io.aftercare.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aftercare.api.Ids;
import io.aftercare.api.Keyset;
import io.aftercare.api.RequestIds;
import io.aftercare.persistence.Conditions;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/** Appends to the tenant's audit trail, inside the transaction of the write it records. */
@ApplicationScoped
public class AuditLog {

    private final CurrentUser user;
    private final ObjectMapper json;
    private final ActorNames actorNames;

    public AuditLog(CurrentUser user, ObjectMapper json, ActorNames actorNames) {
        this.user = user;
        this.json = json;
        this.actorNames = actorNames;
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
        event.before = tree(before);
        event.after = tree(after);
        event.requestId = RequestIds.current();
        event.persist();
    }

    /**
     * The value as JSON read back from its text, so the tree is the one the database returns: a tree built straight from
     * objects keeps e.g. a {@code long} 3 as a LongNode where the text reads back an IntNode, and Hibernate would see the
     * append-only row as changed and try to update it.
     */
    private JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(json.writeValueAsBytes(value));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("audit value not writable as JSON", e);
        }
    }

    /** Newest first. */
    @Transactional
    public Keyset.Slice<AuditDtos.AuditEventView> list(String entityType, String entityId, Integer limit, String cursor) {
        int pageSize = Keyset.limit(limit);
        UUID before = Keyset.after(cursor);
        Conditions where = new Conditions();
        if (before != null) {
            where.and("id < :before", "before", before);
        }
        if (entityType != null) {
            where.and("entityType = :entityType", "entityType", entityType);
        }
        if (entityId != null) {
            where.and("entityId = :entityId", "entityId", entityId);
        }
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(where.query("order by id desc"), where.parameters()).page(0, pageSize + 1).list();
        List<AuditEvent> page = rows.size() > pageSize ? rows.subList(0, pageSize) : rows;
        Map<String, String> names = actorNames.of(page.stream().map(e -> e.actorId).collect(Collectors.toSet()));
        return Keyset.slice(rows, pageSize, e -> e.id, e -> AuditDtos.AuditEventView.of(e, names));
    }
}
