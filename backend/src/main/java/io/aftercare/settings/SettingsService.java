package io.aftercare.settings;

import io.aftercare.api.Ids;
import io.aftercare.audit.AuditLog;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and changes the current tenant's rule settings; every other feature asks it for its numbers. */
@ApplicationScoped
public class SettingsService {

    static final String ENTITY = "settings";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Set<String> MAP_PLACEHOLDERS = Set.of("{address}", "{lat}", "{lng}");

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

    /** The tenant's link template that opens a site in a map app (every signed-in user of the tenant reads it). */
    @Transactional
    public String mapUrlTemplate() {
        return book().settings.mapUrlTemplate();
    }

    /** Gives a new tenant the rule books' defaults (the map of its country); runs inside the new tenant's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seedDefaults(String country) {
        RuleBook book = new RuleBook();
        book.id = Ids.newId();
        book.settings = SettingsDtos.TenantSettings.defaults(country);
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
        if (s.connection().planExpiryWarningDays() <= s.connection().extensionNoticeDays()) {
            errors.add(new FieldError("connection.planExpiryWarningDays", "must be more than connection.extensionNoticeDays ("
                    + s.connection().extensionNoticeDays() + "), so a warned customer can still ask for an extension"));
        }
        mapUrlTemplateError(s.mapUrlTemplate()).ifPresent(message -> errors.add(new FieldError("mapUrlTemplate", message)));
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " settings are inconsistent.", errors);
        }
    }

    /** Why a map link template is unusable: not an https URL, no {address}, or a placeholder clients cannot fill. */
    static Optional<String> mapUrlTemplateError(String template) {
        if (template == null) {
            return Optional.empty();
        }
        if (!template.contains("{address}")) {
            return Optional.of("must contain the {address} placeholder");
        }
        Matcher placeholders = PLACEHOLDER.matcher(template);
        while (placeholders.find()) {
            if (!MAP_PLACEHOLDERS.contains(placeholders.group())) {
                return Optional.of("unknown placeholder " + placeholders.group() + "; use {address}, {lat} and {lng}");
            }
        }
        try {
            URI uri = new URI(PLACEHOLDER.matcher(template).replaceAll("x"));
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                return Optional.of("must be an https URL");
            }
        } catch (URISyntaxException e) {
            return Optional.of("must be an https URL");
        }
        return Optional.empty();
    }
}
