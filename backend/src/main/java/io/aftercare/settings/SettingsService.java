package io.aftercare.settings;

import io.aftercare.api.Ids;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads and changes the current tenant's rule settings; every other feature asks it for its numbers. */
@ApplicationScoped
public class SettingsService {

    static final String ENTITY = "settings";

    private final AuditLog audit;

    public SettingsService(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    public SettingsDtos.TenantSettings current() {
        RuleBook book = book();
        return book.settings.withVersion(book.version);
    }

    @Transactional
    public SettingsDtos.TenantSettings update(SettingsDtos.TenantSettings requested) {
        checkConsistency(requested);
        RuleBook book = book();
        if (requested.version() != book.version) {
            throw ProblemException.staleVersion("The settings", requested.version(), book.version);
        }
        SettingsDtos.TenantSettings before = book.settings.withVersion(book.version);
        book.settings = requested.withVersion(0);
        book.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        book.flush();
        SettingsDtos.TenantSettings after = book.settings.withVersion(book.version);
        audit.record("settings.updated", ENTITY, book.id, before, after);
        return after;
    }

    /** Gives a new tenant the rule books' defaults; runs inside the new tenant's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seedDefaults() {
        RuleBook book = new RuleBook();
        book.id = Ids.newId();
        book.settings = SettingsDtos.TenantSettings.defaults();
        book.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        book.persist();
        audit.record("settings.created", ENTITY, book.id, null, book.settings);
    }

    private static RuleBook book() {
        return RuleBook.<RuleBook>findAll().firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("The tenant's settings"));
    }

    /** Rules across fields, which bean validation on single fields cannot express. */
    private static void checkConsistency(SettingsDtos.TenantSettings s) {
        List<FieldError> errors = new ArrayList<>();
        if (!s.phoneDuty().end().isAfter(s.phoneDuty().start())) {
            errors.add(new FieldError("phoneDuty.end", "must be after phoneDuty.start"));
        }
        if (new BigDecimal(s.discipline().otherBreachFineMin()).compareTo(new BigDecimal(s.discipline().otherBreachFineMax())) > 0) {
            errors.add(new FieldError("discipline.otherBreachFineMax", "must not be less than discipline.otherBreachFineMin"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " settings are inconsistent.", errors);
        }
    }
}
