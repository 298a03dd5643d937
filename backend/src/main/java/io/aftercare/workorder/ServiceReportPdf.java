package io.aftercare.workorder;

import io.aftercare.api.Pdf;
import io.aftercare.attachment.AttachmentDtos;
import io.aftercare.installer.InstallerService;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.tenant.TenantDtos;
import io.aftercare.tenant.TenantService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The service report (用户服务报告书) of a signed-off order as a PDF in the reader's language: what was found and done,
 * the parts, the photos, the customer's opinion, ratings and drawn signature, and the installers, with the Chinese
 * font embedded. Staff read it through the order's visibility, a customer only for their own orders.
 */
@ApplicationScoped
public class ServiceReportPdf {

    /** Photos laid out in the report, oldest first: enough to show the work without making a mail too heavy. */
    static final int MAX_PHOTOS = 6;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Template template;
    private final WorkOrderAccess access;
    private final WorkOrderViews views;
    private final InstallerService installers;
    private final TenantService tenants;
    private final EntityManager db;

    public ServiceReportPdf(@Location("workorders/service-report.html") Template template, WorkOrderAccess access, WorkOrderViews views,
                            InstallerService installers, TenantService tenants, EntityManager db) {
        this.template = template;
        this.access = access;
        this.views = views;
        this.installers = installers;
        this.tenants = tenants;
        this.db = db;
    }

    /** A fact of the report: a label and its value. */
    @TemplateData
    public record Fact(String label, String value, boolean alert) {
    }

    @TemplateData
    public record Part(String name, int quantity) {
    }

    /** A section of free text; {@code text} is null when nothing was written. */
    @TemplateData
    public record Section(String heading, String text) {
    }

    /** What the template lays out. */
    @TemplateData
    public record Document(String lang, String tenantName, String title, String number, List<Fact> facts, List<Section> sections,
                           String partsHeading, String partName, String partQuantity, String noParts, List<Part> parts,
                           String photosHeading, List<String> photos, String signOffHeading, List<Fact> signOff,
                           String signatureLabel, String signature, String none) {
    }

    /** A rendered report and the file name a download offers. */
    public record Rendered(String fileName, byte[] pdf) {
    }

    /** For staff: the order as the caller may see it (an installer only their crew's). */
    @Transactional
    public Rendered forStaff(UUID orderId, Locale locale) {
        return render(access.visible(orderId), locale);
    }

    /** For a customer: only their own order; any other answers 404 as if it did not exist. */
    @Transactional
    public Rendered forCustomer(UUID customerId, UUID orderId, Locale locale) {
        WorkOrder order = WorkOrder.<WorkOrder>findByIdOptional(orderId).filter(o -> o.customerId.equals(customerId))
                .orElseThrow(() -> ProblemException.notFound("The work order " + orderId));
        return render(order, locale);
    }

    /** For the e-mail that tells the customer their report is ready: the order as it is now, empty when it is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Rendered> forDelivery(UUID orderId, Locale locale) {
        return WorkOrder.<WorkOrder>findByIdOptional(orderId).map(order -> render(order, locale));
    }

    /** The tenant's language, unless the reader asks for one we write. */
    public Locale localeOr(String requested) {
        if (requested != null && requested.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        if (requested != null && requested.toLowerCase(Locale.ROOT).startsWith("zh")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        return Locale.forLanguageTag(tenants.current().locale().tag);
    }

    private Rendered render(WorkOrder order, Locale locale) {
        WorkOrderDtos.WorkOrderView view = views.of(order);
        if (view.signOff() == null) {
            throw new ProblemException(409, "service-report-not-signed", "Service report not signed",
                    "Work order " + order.number + " is " + order.status + ": its service report is final once the customer has signed off"
                            + " (or refused to).", List.of(new FieldError("status", "is " + order.status)));
        }
        boolean zh = locale.getLanguage().equals("zh");
        Map<String, String> w = zh ? ZH : EN;
        TenantDtos.TenantView tenant = tenants.current();
        ZoneId zone = tenants.currentZone();
        List<UUID> crew = order.crew();
        Map<UUID, String> names = installers.names(crew);
        List<String> crewNames = crew.stream().map(names::get).filter(Objects::nonNull).filter(n -> !n.isBlank()).toList();

        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(w.get("customer"), view.customerName(), false));
        if (view.siteAddress() != null) {
            facts.add(new Fact(w.get("site"), view.siteAddress(), false));
        }
        facts.add(new Fact(w.get("type"), w.get(view.type().name()), false));
        for (String asset : assets(order)) {
            facts.add(new Fact(w.get("product"), asset, false));
        }
        facts.add(new Fact(w.get("appointment"), when(view.appointment().start(), zone) + " – "
                + when(view.appointment().end(), zone).substring(11), false));
        if (order.checkedInAt != null) {
            facts.add(new Fact(w.get("arrived"), when(order.checkedInAt, zone), false));
        }
        if (order.workDoneAt != null) {
            facts.add(new Fact(w.get("done"), when(order.workDoneAt, zone), false));
        }
        facts.add(new Fact(w.get("installers"), String.join(zh ? "、" : ", ", crewNames), false));
        if (view.fee() != null) {
            facts.add(new Fact(w.get("fee"), view.fee() + " " + tenant.currency(), false));
        }

        WorkOrderDtos.ServiceReport report = view.serviceReport();
        List<Section> sections = List.of(
                new Section(w.get("description"), blankToNull(view.description())),
                new Section(w.get("faultCause"), report == null ? null : blankToNull(report.faultCause())),
                new Section(w.get("solution"), report == null ? null : blankToNull(report.solution())),
                new Section(w.get("opinion"), report == null ? null : blankToNull(report.customerOpinion())));
        List<Part> parts = report == null || report.partsReplaced() == null ? List.of()
                : report.partsReplaced().stream().map(p -> new Part(p.name(), p.quantity())).toList();

        WorkOrderDtos.SignOff signOff = view.signOff();
        List<Fact> signed = new ArrayList<>();
        if (signOff.refused()) {
            signed.add(new Fact(w.get("refused"), blankToNull(signOff.refusalReason()) == null ? w.get("noReason") : signOff.refusalReason(), true));
        }
        if (signOff.ratings() != null) {
            signed.add(new Fact(w.get("attitude"), stars(signOff.ratings().attitude()), false));
            signed.add(new Fact(w.get("timeliness"), stars(signOff.ratings().timeliness()), false));
            signed.add(new Fact(w.get("quality"), stars(signOff.ratings().quality()), false));
        }
        if (blankToNull(signOff.suggestions()) != null) {
            signed.add(new Fact(w.get("suggestions"), signOff.suggestions(), false));
        }
        if (signOff.signedAt() != null) {
            signed.add(new Fact(w.get("signedAt"), when(signOff.signedAt(), zone), false));
        }
        String signature = order.signaturePng == null ? null : "data:image/png;base64," + Base64.getEncoder().encodeToString(order.signaturePng);

        Document doc = new Document(zh ? "zh-CN" : "en", tenant.name(), w.get("title"), order.number, facts, sections,
                w.get("parts"), w.get("partName"), w.get("quantity"), w.get("noParts"), parts, w.get("photos"), photos(order.id),
                w.get("signOff"), signed, w.get("signature"), signature, w.get("none"));
        return new Rendered("service-report-" + order.number + ".pdf", Pdf.html(template.data("doc", doc).render()));
    }

    /** The order's products as "name · serial". */
    private List<String> assets(WorkOrder order) {
        if (order.assetIds == null || order.assetIds.isEmpty()) {
            return List.of();
        }
        return db.createQuery("""
                        select c.name, a.serialNumber from Asset a, CatalogItem c
                        where c.id = a.productId and a.id in :ids order by c.name, a.serialNumber""", Object[].class)
                .setParameter("ids", order.assetIds).getResultList().stream().map(r -> r[0] + " · " + r[1]).toList();
    }

    /** The order's photos (PNG or JPEG) as data URIs, oldest first. */
    private List<String> photos(UUID orderId) {
        return db.createQuery("""
                        select a.contentType, a.data from Attachment a
                        where a.ownerType = :owner and a.ownerId = :id and a.kind = :kind and a.contentType in :types
                        order by a.createdAt, a.id""", Object[].class)
                .setParameter("owner", AttachmentDtos.OwnerType.WORK_ORDER).setParameter("id", orderId)
                .setParameter("kind", AttachmentDtos.Kind.PHOTO).setParameter("types", List.of("image/png", "image/jpeg"))
                .setMaxResults(MAX_PHOTOS).getResultList().stream()
                .map(r -> "data:" + r[0] + ";base64," + Base64.getEncoder().encodeToString((byte[]) r[1])).toList();
    }

    private static String when(OffsetDateTime at, ZoneId zone) {
        return at.atZoneSameInstant(zone).format(WHEN);
    }

    private static String stars(Integer score) {
        return score == null ? "" : "★".repeat(score) + "☆".repeat(5 - score) + " " + score + "/5";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("title", "用户服务报告书"), Map.entry("customer", "客户"), Map.entry("site", "服务地址"),
            Map.entry("type", "服务类型"), Map.entry("product", "产品"), Map.entry("appointment", "预约时间"),
            Map.entry("arrived", "到达时间"), Map.entry("done", "完工时间"), Map.entry("installers", "服务技工"),
            Map.entry("fee", "服务费用"), Map.entry("description", "服务内容"), Map.entry("faultCause", "故障原因"),
            Map.entry("solution", "处理方法"), Map.entry("opinion", "客户意见"), Map.entry("parts", "更换配件"),
            Map.entry("partName", "配件"), Map.entry("quantity", "数量"), Map.entry("noParts", "未更换配件"),
            Map.entry("photos", "现场照片"), Map.entry("signOff", "客户确认"), Map.entry("refused", "客户拒签"),
            Map.entry("noReason", "未说明原因"), Map.entry("attitude", "服务态度"), Map.entry("timeliness", "及时性"),
            Map.entry("quality", "服务质量"), Map.entry("suggestions", "客户建议"), Map.entry("signedAt", "签字时间"),
            Map.entry("signature", "客户签字"), Map.entry("none", "无"),
            Map.entry("INSTALLATION", "安装"), Map.entry("REPAIR", "维修"), Map.entry("MAINTENANCE", "保养"),
            Map.entry("INSPECTION", "巡检"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Service report"), Map.entry("customer", "Customer"), Map.entry("site", "Service address"),
            Map.entry("type", "Service"), Map.entry("product", "Product"), Map.entry("appointment", "Appointment"),
            Map.entry("arrived", "Arrived"), Map.entry("done", "Work done"), Map.entry("installers", "Installers"),
            Map.entry("fee", "Fee"), Map.entry("description", "What was asked"), Map.entry("faultCause", "Fault cause"),
            Map.entry("solution", "Solution"), Map.entry("opinion", "Customer's opinion"), Map.entry("parts", "Parts replaced"),
            Map.entry("partName", "Part"), Map.entry("quantity", "Quantity"), Map.entry("noParts", "No parts replaced"),
            Map.entry("photos", "Photos"), Map.entry("signOff", "Customer sign-off"), Map.entry("refused", "Refused to sign"),
            Map.entry("noReason", "No reason given"), Map.entry("attitude", "Attitude"), Map.entry("timeliness", "Timeliness"),
            Map.entry("quality", "Quality"), Map.entry("suggestions", "Suggestions"), Map.entry("signedAt", "Signed"),
            Map.entry("signature", "Customer's signature"), Map.entry("none", "None"),
            Map.entry("INSTALLATION", "Installation"), Map.entry("REPAIR", "Repair"), Map.entry("MAINTENANCE", "Maintenance"),
            Map.entry("INSPECTION", "Inspection"));
}
