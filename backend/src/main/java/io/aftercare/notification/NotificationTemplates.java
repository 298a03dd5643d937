package io.aftercare.notification;

import io.aftercare.api.Ids;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each tenant words its messages itself: per message kind and language a subject and a body, where {0}, {1}, ...
 * stand for the message's values and everything else is sent as written (an apostrophe too). Without the tenant's
 * own text the built-in one is used; resetting removes the tenant's text. The row keeps who saved it last and when
 * (notifications depend on no other feature, the audit log included, so every feature can notify).
 */
@ApplicationScoped
public class NotificationTemplates {

    private static final Logger LOG = Logger.getLogger(NotificationTemplates.class);

    /** Sample values for previews, per argument name, in Chinese and English. */
    private static final Map<String, String[]> SAMPLES = Map.ofEntries(
            Map.entry("code", new String[]{"042917", "042917"}),
            Map.entry("minutes", new String[]{"10", "10"}),
            Map.entry("days", new String[]{"7", "7"}),
            Map.entry("company", new String[]{"北极星安装服务", "North Star Installations"}),
            Map.entry("link", new String[]{"https://aftercare.example/t/3k9x", "https://aftercare.example/t/3k9x"}),
            Map.entry("orderNumber", new String[]{"WO-000123", "WO-000123"}),
            Map.entry("requestNumber", new String[]{"SR-000045", "SR-000045"}),
            Map.entry("window", new String[]{"2026-12-08 09:00–11:00", "2026-12-08 09:00–11:00"}),
            Map.entry("arrivalTime", new String[]{"10:20", "10:20"}),
            Map.entry("reason", new String[]{"客户改期", "the customer postponed"}),
            Map.entry("customerName", new String[]{"王芳", "Wang Fang"}),
            Map.entry("subject", new String[]{"工单 WO-000123", "work order WO-000123"}),
            Map.entry("promise", new String[]{"上门服务", "on-site service"}),
            Map.entry("dueTime", new String[]{"2026-12-08 17:00", "2026-12-08 17:00"}),
            Map.entry("objectionNumber", new String[]{"OB-000012", "OB-000012"}),
            Map.entry("warningNumber", new String[]{"EW-000003", "EW-000003"}),
            Map.entry("product", new String[]{"挂式空调 AC-1", "wall air conditioner AC-1"}),
            Map.entry("faultCategory", new String[]{"不制冷", "not cooling"}),
            Map.entry("occurrences", new String[]{"3", "3"}),
            Map.entry("period", new String[]{"2026-11-30 – 2026-12-06", "2026-11-30 – 2026-12-06"}));

    private final EntityManager db;
    private final CurrentUser caller;

    public NotificationTemplates(EntityManager db, CurrentUser caller) {
        this.db = db;
        this.caller = caller;
    }

    @Transactional
    public TemplateDtos.TemplateList list() {
        Map<String, NotificationTemplate> own = NotificationTemplate.<NotificationTemplate>listAll().stream()
                .collect(Collectors.toMap(t -> t.template + "/" + t.language, Function.identity()));
        List<TemplateDtos.TemplateView> items = Arrays.stream(Template.values())
                .map(t -> view(t, own::get)).toList();
        return new TemplateDtos.TemplateList(items);
    }

    /** Saves the tenant's text; two managers saving at once leave one of the two texts, never an error. */
    @Transactional
    public TemplateDtos.TemplateView save(String name, String languageTag, TemplateDtos.TextRequest request) {
        Template template = template(name);
        TemplateDtos.Language language = language(languageTag);
        check(template, language, request.subject(), request.body());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.createNativeQuery("""
                        insert into notification_template (tenant_id, id, template, language, subject, body, updated_at, updated_by)
                        values (cast(current_setting('app.tenant_id') as uuid), ?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (tenant_id, template, language)
                        do update set subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at,
                                      updated_by = excluded.updated_by""")
                .setParameter(1, Ids.newId()).setParameter(2, template.name()).setParameter(3, language.tag)
                .setParameter(4, request.subject().strip()).setParameter(5, request.body().strip()).setParameter(6, now)
                .setParameter(7, caller.username()).executeUpdate();
        LOG.infof("Message text %s/%s saved by %s", template.name(), language.tag, caller.username());
        return view(template, key -> own(template, language).filter(t -> key.equals(t.template + "/" + t.language)).orElse(null));
    }

    /** Back to the built-in text. */
    @Transactional
    public TemplateDtos.TemplateView reset(String name, String languageTag) {
        Template template = template(name);
        TemplateDtos.Language language = language(languageTag);
        long removed = NotificationTemplate.delete("template = ?1 and language = ?2", template.name(), language.tag);
        if (removed > 0) {
            LOG.infof("Message text %s/%s reset by %s", template.name(), language.tag, caller.username());
        }
        return view(template, key -> NotificationTemplate.<NotificationTemplate>find("template = ?1", template.name()).stream()
                .filter(t -> key.equals(t.template + "/" + t.language)).findFirst().orElse(null));
    }

    /** A text with sample values, and how many SMS it makes. */
    public TemplateDtos.Preview preview(String name, TemplateDtos.PreviewRequest request) {
        Template template = template(name);
        check(template, request.language(), request.subject(), request.body());
        Locale locale = Locale.forLanguageTag(request.language().tag);
        int column = request.language() == TemplateDtos.Language.ZH_CN ? 0 : 1;
        Object[] samples = template.arguments().stream().map(a -> SAMPLES.getOrDefault(a, new String[]{a, a})[column]).toArray();
        String body = format(request.body().strip(), locale, samples);
        return new TemplateDtos.Preview(request.subject().strip(), body, smsParts(body));
    }

    /** The tenant's own text for a message kind in a language, when it has one (read in the transaction that enqueues). */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<NotificationTemplate> custom(Template template, Locale locale) {
        return NotificationTemplate.<NotificationTemplate>find("template = ?1 and language = ?2", template.name(), tag(locale))
                .firstResultOptional();
    }

    /** A tenant's text filled in: {n} replaced, everything else as written. */
    static String format(String text, Locale locale, Object... args) {
        return new MessageFormat(text.replace("'", "''"), locale).format(args);
    }

    static int smsParts(String body) {
        boolean wide = body.codePoints().anyMatch(c -> c > 0x7F);
        int length = body.codePointCount(0, body.length());
        int single = wide ? 70 : 160;
        int part = wide ? 67 : 153;
        return length <= single ? 1 : (length + part - 1) / part;
    }

    private static String tag(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? TemplateDtos.Language.ZH_CN.tag : TemplateDtos.Language.EN.tag;
    }

    private static void check(Template template, TemplateDtos.Language language, String subject, String body) {
        List<FieldError> errors = new ArrayList<>();
        checkText(template, language, "subject", subject, errors);
        checkText(template, language, "body", body, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("The text is not valid.", errors);
        }
    }

    private static void checkText(Template template, TemplateDtos.Language language, String field, String text, List<FieldError> errors) {
        MessageFormat format;
        try {
            format = new MessageFormat(text.replace("'", "''"), Locale.forLanguageTag(language.tag));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "has a broken placeholder: use {0} to {" + (template.arguments().size() - 1) + "} with "
                    + "nothing else between the braces"));
            return;
        }
        int used = format.getFormatsByArgumentIndex().length;
        if (used > template.arguments().size()) {
            errors.add(new FieldError(field, "uses {" + (used - 1) + "}; this message has "
                    + (template.arguments().isEmpty() ? "no values" : "{0} to {" + (template.arguments().size() - 1) + "}: "
                    + String.join(", ", template.arguments()))));
        }
    }

    private Optional<NotificationTemplate> own(Template template, TemplateDtos.Language language) {
        db.flush();
        return NotificationTemplate.<NotificationTemplate>find("template = ?1 and language = ?2", template.name(), language.tag)
                .firstResultOptional();
    }

    private static TemplateDtos.TemplateView view(Template template, Function<String, NotificationTemplate> own) {
        List<TemplateDtos.TextView> texts = new ArrayList<>();
        for (TemplateDtos.Language language : TemplateDtos.Language.values()) {
            Locale locale = Locale.forLanguageTag(language.tag);
            NotificationTemplate mine = own.apply(template.name() + "/" + language.tag);
            String defaultSubject = template.defaultSubject(locale);
            String defaultBody = template.defaultBody(locale);
            texts.add(mine == null
                    ? new TemplateDtos.TextView(language, defaultSubject, defaultBody, defaultSubject, defaultBody, false, null, null)
                    : new TemplateDtos.TextView(language, mine.subject, mine.body, defaultSubject, defaultBody, true, mine.updatedAt,
                    mine.updatedBy));
        }
        return new TemplateDtos.TemplateView(template.name(), template.arguments(), texts);
    }

    private static Template template(String name) {
        try {
            return Template.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("The message kind " + name);
        }
    }

    private static TemplateDtos.Language language(String tag) {
        try {
            return TemplateDtos.Language.of(tag);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("language", "must be zh-CN or en");
        }
    }
}
