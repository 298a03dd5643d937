package io.aftercare.connection;

import io.aftercare.api.Ids;
import io.aftercare.attachment.AttachmentDtos;
import io.aftercare.attachment.AttachmentService;
import io.aftercare.catalog.CatalogDtos;
import io.aftercare.catalog.CatalogService;
import io.aftercare.notification.Notifications;
import io.aftercare.notification.Template;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.promise.PromiseDtos;
import io.aftercare.promise.Promises;
import io.aftercare.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Connection applications from the design to the meter (doc 4 §4–8): the design review with its documents and deadline,
 * construction by a qualified contractor with trained staff (never on an unapproved design), its materials (domestic
 * for low voltage), the intermediate and completion inspections against the approved design, and the connection.
 */
@ApplicationScoped
public class ConnectionWork {

    private final ConnectionRecords records;
    private final ConnectionDeadlines deadlines;
    private final ConnectionViews views;
    private final AttachmentService attachments;
    private final CatalogService catalog;
    private final ConnectionContractors contractors;
    private final Promises promises;
    private final Notifications notifications;
    private final CurrentUser caller;

    public ConnectionWork(ConnectionRecords records, ConnectionDeadlines deadlines, ConnectionViews views, AttachmentService attachments,
                          CatalogService catalog, ConnectionContractors contractors, Promises promises, Notifications notifications,
                          CurrentUser caller) {
        this.records = records;
        this.deadlines = deadlines;
        this.views = views;
        this.attachments = attachments;
        this.catalog = catalog;
        this.contractors = contractors;
        this.promises = promises;
        this.notifications = notifications;
        this.caller = caller;
    }

    /** A design (or a changed one) handed in: the class's documents in the tenant's number of copies; its review promise starts. */
    @Transactional
    public ConnectionDtos.ApplicationView submitDesign(UUID id, ConnectionDtos.DesignSubmissionRequest request) {
        ConnectionApplication application = records.open(id, request.version());
        if (!application.status.next().contains(ConnectionDtos.Status.DESIGN_REVIEW)) {
            throw ConnectionRecords.notNow(application, "design-submitted");
        }
        int copies = deadlines.rules().designCopies();
        if (request.copies() < copies) {
            throw ProblemException.invalidField("copies", "the design is handed in as " + copies + " copies");
        }
        checkDocuments(application, request.documents());
        OffsetDateTime now = ConnectionRecords.now();
        ConnectionDesign design = new ConnectionDesign();
        design.id = Ids.newId();
        design.applicationId = application.id;
        design.revision = application.designRevision + 1;
        design.copies = request.copies();
        design.documents = List.copyOf(request.documents());
        design.submittedAt = now;
        design.submittedBy = caller.displayName();
        design.persist();
        boolean changed = application.designRevision > 0;
        application.designRevision = design.revision;
        application.promise = promises.start(PromiseDtos.PromiseKind.DESIGN_REVIEW, now, deadlines.reviewDue(application.supplyClass, now));
        records.move(application, ConnectionDtos.Status.DESIGN_REVIEW, "design-submitted", Map.of("revision", Integer.toString(design.revision),
                "copies", Integer.toString(design.copies), "documents", Integer.toString(design.documents.size()),
                "changed", Boolean.toString(changed), "dueAt", application.promise.dueAt.toString()));
        return views.of(application);
    }

    /** Every document the class needs, each once, and any scan one of this application's files. */
    private void checkDocuments(ConnectionApplication application, List<ConnectionDtos.DocumentItem> documents) {
        List<FieldError> errors = new ArrayList<>();
        Set<ConnectionDtos.DesignDocument> seen = EnumSet.noneOf(ConnectionDtos.DesignDocument.class);
        Map<UUID, AttachmentDtos.AttachmentRef> files = attachments.refs(documents.stream().map(ConnectionDtos.DocumentItem::attachmentId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        for (int i = 0; i < documents.size(); i++) {
            ConnectionDtos.DocumentItem item = documents.get(i);
            if (!seen.add(item.document())) {
                errors.add(new FieldError("documents[" + i + "].document", "is listed twice"));
            }
            if (item.attachmentId() != null) {
                AttachmentDtos.AttachmentRef file = files.get(item.attachmentId());
                if (file == null || file.ownerType() != AttachmentDtos.OwnerType.CONNECTION_APPLICATION || !file.ownerId().equals(application.id)) {
                    errors.add(new FieldError("documents[" + i + "].attachmentId", "is not a file of this application"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " documents are invalid.", errors);
        }
        List<ConnectionDtos.DesignDocument> missing = ConnectionDtos.DesignDocument.requiredFor(application.supplyClass).stream()
                .filter(d -> !seen.contains(d)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "connection-design-incomplete", "Design documents missing",
                    "A " + application.supplyClass + " design needs " + missing.size() + " more document(s): "
                            + missing.stream().map(Enum::name).collect(Collectors.joining(", ")) + ".",
                    missing.stream().map(d -> new FieldError("documents", "misses " + d.name())).toList());
        }
    }

    /** The written opinion on the latest design; approved, the work may start (or go on, for a design changed during it). */
    @Transactional
    public ConnectionDtos.ApplicationView reviewDesign(UUID id, ConnectionDtos.DesignReviewRequest request) {
        ConnectionApplication application = records.open(id, request.version());
        if (application.status != ConnectionDtos.Status.DESIGN_REVIEW) {
            throw ConnectionRecords.notNow(application, "design-reviewed");
        }
        ConnectionDesign design = ConnectionDesign.<ConnectionDesign>find("applicationId = ?1 and revision = ?2", application.id,
                application.designRevision).singleResult();
        OffsetDateTime now = ConnectionRecords.now();
        design.result = request.result();
        design.opinion = request.opinion().strip();
        design.reviewedAt = now;
        design.reviewedBy = caller.displayName();
        Promises.meet(application.promise, now);
        boolean approved = request.result() == ConnectionDtos.ReviewResult.APPROVED;
        ConnectionDtos.Status to = !approved ? ConnectionDtos.Status.DESIGN_CHANGES_REQUIRED
                : application.constructionStartedOn != null ? ConnectionDtos.Status.CONSTRUCTION : ConnectionDtos.Status.DESIGN_APPROVED;
        records.move(application, to, "design-reviewed", Map.of("revision", Integer.toString(design.revision), "result", design.result.name(),
                "opinion", design.opinion));
        notifications.toCustomer(application.customerId, "connection-review:" + application.id + ":" + design.revision,
                approved ? Template.CONNECTION_DESIGN_APPROVED : Template.CONNECTION_DESIGN_CHANGES, application.number, design.opinion);
        return views.of(application);
    }

    /** Fees paid and work started on the approved design, by a qualified contractor whose crew was trained. */
    @Transactional
    public ConnectionDtos.ApplicationView startConstruction(UUID id, ConnectionDtos.ConstructionRequest request) {
        ConnectionApplication application = records.open(id, request.version());
        if (application.status != ConnectionDtos.Status.DESIGN_APPROVED) {
            throw designPending(application) ? ConnectionRecords.designNotApproved(application, "Construction")
                    : ConnectionRecords.notNow(application, "construction-started");
        }
        if (request.feesPaidOn().isAfter(request.startedOn())) {
            throw ProblemException.invalidField("feesPaidOn", "the fees are paid before construction starts (" + request.startedOn() + ")");
        }
        if (request.startedOn().isAfter(application.planValidUntil)) {
            throw ProblemException.invalidField("startedOn", "the plan is valid until " + application.planValidUntil
                    + "; ask for an extension first");
        }
        String partnerName = contractors.check(request);
        application.contractorKind = request.contractor();
        application.partnerId = request.contractor() == ConnectionDtos.ContractorKind.PARTNER ? request.partnerId() : null;
        application.crewIds = List.copyOf(new java.util.LinkedHashSet<>(request.installerIds()));
        application.feesPaidOn = request.feesPaidOn();
        application.constructionStartedOn = request.startedOn();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("contractor", request.contractor().name());
        if (partnerName != null) {
            details.put("partner", partnerName);
        }
        details.put("feesPaidOn", request.feesPaidOn().toString());
        details.put("startedOn", request.startedOn().toString());
        records.move(application, ConnectionDtos.Status.CONSTRUCTION, "construction-started", details);
        return views.of(application);
    }

    /** A material used: a catalogue part; low-voltage work takes domestic material only. */
    @Transactional
    public ConnectionDtos.ApplicationView recordMaterial(UUID id, ConnectionDtos.MaterialRequest request) {
        ConnectionApplication application = records.find(id);
        if (application.status != ConnectionDtos.Status.CONSTRUCTION) {
            throw ConnectionRecords.notNow(application, "material-recorded");
        }
        CatalogDtos.CatalogItemSummary item = catalog.summary(request.catalogItemId())
                .orElseThrow(() -> ProblemException.invalidField("catalogItemId", "no catalogue item of your tenant has this id"));
        if (item.kind() == CatalogDtos.CatalogItemKind.TOOL) {
            throw ProblemException.invalidField("catalogItemId", "is a tool, not a material");
        }
        if (!application.supplyClass.highVoltage() && !item.domestic()) {
            throw new ProblemException(422, "connection-material-not-domestic", "Material not domestic",
                    item.name() + " is not marked domestic in the catalogue; low-voltage work uses domestic material only (低压用户材料必须使用国产器材).",
                    List.of(new FieldError("catalogItemId", "is not domestic material")));
        }
        ConnectionMaterial material = new ConnectionMaterial();
        material.id = Ids.newId();
        material.applicationId = application.id;
        material.catalogItemId = item.id();
        material.name = item.name();
        material.quantity = request.quantity().setScale(2, RoundingMode.HALF_UP);
        material.unit = item.unit();
        material.domestic = item.domestic();
        material.centralProcurement = item.centralProcurement();
        material.recordedAt = ConnectionRecords.now();
        material.recordedBy = caller.displayName();
        material.persist();
        records.record(application, "material-recorded", Map.of("name", material.name, "quantity", material.quantity.toPlainString(),
                "centralProcurement", Boolean.toString(material.centralProcurement)));
        return views.of(application);
    }

    /**
     * An inspection against the approved design. The completion inspection needs an intermediate one passed; it passes
     * when every item passed (accepted for connection), else its findings go back to construction and it is done again.
     */
    @Transactional
    public ConnectionDtos.ApplicationView inspect(UUID id, ConnectionDtos.InspectionRequest request) {
        ConnectionApplication application = records.open(id, request.version());
        boolean completion = request.stage() == ConnectionDtos.InspectionStage.COMPLETION;
        if (application.status != ConnectionDtos.Status.CONSTRUCTION) {
            throw designPending(application) || application.status == ConnectionDtos.Status.DESIGN_APPROVED && completion
                    ? ConnectionRecords.designNotApproved(application, completion ? "A completion inspection" : "An inspection")
                    : ConnectionRecords.notNow(application, "inspected");
        }
        if (completion && !ConnectionViews.intermediatePassed(application, ConnectionViews.inspections(application.id))) {
            throw new ProblemException(409, "connection-intermediate-missing", "Intermediate inspection first",
                    "The completion inspection of " + application.number + " follows a passed intermediate inspection of design revision "
                            + application.designRevision + ".", List.of(new FieldError("stage", "needs a passed INTERMEDIATE inspection first")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.checklist().size(); i++) {
            ConnectionDtos.ChecklistItem item = request.checklist().get(i);
            if (!item.passed() && (item.finding() == null || item.finding().isBlank())) {
                errors.add(new FieldError("checklist[" + i + "].finding", "say what was found on a failed item"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors.size() + " failed items have no finding.", errors);
        }
        ConnectionInspection inspection = new ConnectionInspection();
        inspection.id = Ids.newId();
        inspection.applicationId = application.id;
        inspection.stage = request.stage();
        inspection.checklist = request.checklist().stream().map(i -> new ConnectionDtos.ChecklistItem(i.item().strip(), i.passed(),
                i.finding() == null || i.finding().isBlank() ? null : i.finding().strip())).toList();
        boolean passed = inspection.checklist.stream().allMatch(ConnectionDtos.ChecklistItem::passed);
        inspection.result = passed ? ConnectionDtos.InspectionResult.PASSED : ConnectionDtos.InspectionResult.FAILED;
        inspection.findings = passed ? null : inspection.checklist.stream().filter(i -> !i.passed())
                .map(i -> i.item() + ": " + i.finding()).collect(Collectors.joining("; "));
        inspection.designRevision = application.designRevision;
        inspection.inspector = request.inspector().strip();
        inspection.inspectedAt = ConnectionRecords.now();
        inspection.recordedBy = caller.displayName();
        inspection.persist();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("stage", inspection.stage.name());
        details.put("result", inspection.result.name());
        details.put("inspector", inspection.inspector);
        if (inspection.findings != null) {
            details.put("findings", inspection.findings);
        }
        if (completion && passed) {
            records.move(application, ConnectionDtos.Status.ACCEPTED, "inspected", details);
        } else {
            records.record(application, "inspected", details);
        }
        if (completion && !passed) {
            notifications.toCustomer(application.customerId, "connection-inspection:" + inspection.id, Template.CONNECTION_INSPECTION_FAILED,
                    application.number, inspection.findings);
        }
        return views.of(application);
    }

    /** Supply contract signed, meter installed, connected. */
    @Transactional
    public ConnectionDtos.ApplicationView connect(UUID id, ConnectionDtos.ConnectRequest request) {
        ConnectionApplication application = records.open(id, request.version());
        if (application.status != ConnectionDtos.Status.ACCEPTED) {
            throw designPending(application) ? ConnectionRecords.designNotApproved(application, "Connection")
                    : ConnectionRecords.notNow(application, "connected");
        }
        application.supplyContractNumber = request.supplyContractNumber().strip();
        application.contractSignedOn = request.contractSignedOn();
        application.meterNumber = request.meterNumber().strip();
        application.connectedAt = ConnectionRecords.now();
        records.move(application, ConnectionDtos.Status.CONNECTED, "connected", Map.of("supplyContractNumber", application.supplyContractNumber,
                "meterNumber", application.meterNumber));
        notifications.toCustomer(application.customerId, "connection-connected:" + application.id, Template.CONNECTION_CONNECTED,
                application.number, application.meterNumber);
        return views.of(application);
    }

    /** Before an approved design: the plan stage, or a design submitted, under review or to change. */
    static boolean designPending(ConnectionApplication application) {
        return switch (application.status) {
            case APPLIED, PLAN_NOTIFIED, DESIGN_REVIEW, DESIGN_CHANGES_REQUIRED -> true;
            default -> false;
        };
    }
}
