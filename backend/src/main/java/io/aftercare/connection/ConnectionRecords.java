package io.aftercare.connection;

import io.aftercare.api.Ids;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What every step does the same way: find the application, check the version read, move it, and record the step. */
@ApplicationScoped
public class ConnectionRecords {

    static final String ENTITY = "connection-application";

    private final CurrentUser caller;
    private final AuditLog audit;

    public ConnectionRecords(CurrentUser caller, AuditLog audit) {
        this.caller = caller;
        this.audit = audit;
    }

    /** The application of the tenant; another tenant's or an unknown id answers 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConnectionApplication find(UUID id) {
        return ConnectionApplication.<ConnectionApplication>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The connection application " + id));
    }

    /** The application, if {@code version} is the one on record (else 409 with the current one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConnectionApplication open(UUID id, int version) {
        ConnectionApplication application = find(id);
        if (application.version != version) {
            throw ProblemException.staleVersion("The connection application " + application.number, version, application.version);
        }
        return application;
    }

    /** Moves the application to {@code to} and records the step; refused (409) when its state does not lead there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(ConnectionApplication application, ConnectionDtos.Status to, String step, Map<String, String> details) {
        if (!application.status.next().contains(to)) {
            throw notNow(application, step);
        }
        ConnectionDtos.Status from = application.status;
        application.status = to;
        step(application, step, details, from);
    }

    /** Records a step that keeps the state (an explanation, an extension, a material, a failed inspection). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ConnectionApplication application, String step, Map<String, String> details) {
        step(application, step, details, application.status);
    }

    /** Records a step done by the validity watch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(ConnectionApplication application, String step, Map<String, String> details) {
        event(application.id, step, CurrentUser.SYSTEM, null, details);
    }

    private void step(ConnectionApplication application, String step, Map<String, String> details, ConnectionDtos.Status from) {
        OffsetDateTime now = now();
        application.updatedAt = now;
        String actor = caller.username();
        event(application.id, step, actor, CurrentUser.SYSTEM.equals(actor) ? null : caller.displayName(), details);
        Map<String, Object> before = Map.of("status", from.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", application.status.name());
        after.putAll(details);
        audit.record(ENTITY + "." + step, ENTITY, application.id, before, after);
    }

    private static void event(UUID applicationId, String step, String actor, String actorName, Map<String, String> details) {
        ConnectionEvent event = new ConnectionEvent();
        event.id = Ids.newId();
        event.applicationId = applicationId;
        event.at = now();
        event.kind = step;
        event.actor = actor;
        event.actorName = actorName;
        event.details = details;
        event.persist();
    }

    /** A step the application's state does not allow now. */
    static ProblemException notNow(ConnectionApplication application, String step) {
        return new ProblemException(409, "connection-step-not-allowed", "Not possible in this state",
                "Application " + application.number + " is " + application.status + "; the step " + step + " is not possible now.",
                List.of(new FieldError("status", "is " + application.status)));
    }

    /** The design is not (or no longer) approved. */
    static ProblemException designNotApproved(ConnectionApplication application, String what) {
        return new ProblemException(409, "connection-design-not-approved", "Design not approved",
                what + " needs an approved design; the design of application " + application.number + " is "
                        + (application.designRevision == 0 ? "not submitted yet" : "not approved (" + application.status + ")") + ".",
                List.of(new FieldError("status", "is " + application.status)));
    }

    /** Now, to the microsecond the database keeps, so an answer shows what is stored. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
