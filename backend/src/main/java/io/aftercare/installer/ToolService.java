package io.aftercare.installer;

import io.aftercare.api.Ids;
import io.aftercare.audit.AuditLog;
import io.aftercare.catalog.CatalogDtos;
import io.aftercare.catalog.CatalogService;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import io.aftercare.security.CurrentUser;
import io.aftercare.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tools issued to installers: issued by the office, returned, or reported lost or damaged. */
@ApplicationScoped
public class ToolService {

    static final String ENTITY = "tool-issue";

    private final CatalogService catalog;
    private final CurrentUser caller;
    private final AuditLog audit;

    public ToolService(CatalogService catalog, CurrentUser caller, AuditLog audit) {
        this.catalog = catalog;
        this.caller = caller;
        this.audit = audit;
    }

    @Transactional
    public List<ToolDtos.ToolIssueView> list(UUID installerId) {
        mayActFor(installerId);
        List<ToolIssue> issues = ToolIssue.<ToolIssue>list("installerId = ?1 order by id", installerId);
        Map<UUID, CatalogDtos.CatalogItemSummary> tools = catalog.summaries(issues.stream().map(t -> t.catalogItemId).distinct().toList());
        return issues.stream().map(t -> view(t, tools.get(t.catalogItemId))).toList();
    }

    @Transactional
    public ToolDtos.ToolIssueView issue(UUID installerId, ToolDtos.IssueToolRequest request) {
        installer(installerId);
        CatalogDtos.CatalogItemSummary tool = catalog.summaries(List.of(request.catalogItemId())).get(request.catalogItemId());
        if (tool == null || tool.kind() != CatalogDtos.CatalogItemKind.TOOL) {
            throw ProblemException.invalidField("catalogItemId", "must be a catalogue item of kind TOOL");
        }
        ToolIssue issue = new ToolIssue();
        issue.id = Ids.newId();
        issue.installerId = installerId;
        issue.catalogItemId = request.catalogItemId();
        issue.quantity = request.quantity();
        issue.status = ToolDtos.ToolStatus.ISSUED;
        issue.issuedAt = OffsetDateTime.now(ZoneOffset.UTC);
        issue.issuedBy = caller.username();
        issue.persistAndFlush();
        ToolDtos.ToolIssueView view = view(issue, tool);
        audit.record("tool.issued", ENTITY, issue.id, null, view);
        return view;
    }

    @Transactional
    public ToolDtos.ToolIssueView close(UUID installerId, UUID issueId, int version, ToolDtos.ToolStatus outcome, String report) {
        mayActFor(installerId);
        if (outcome == ToolDtos.ToolStatus.RETURNED && !office()) {
            throw ProblemException.forbidden("The office takes tools back.");
        }
        ToolIssue issue = ToolIssue.<ToolIssue>find("id = ?1 and installerId = ?2", issueId, installerId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("The tool issue " + issueId));
        if (issue.status != ToolDtos.ToolStatus.ISSUED) {
            throw new ProblemException(409, "tool-closed", "Tool issue closed", "These tools are " + issue.status + " already.",
                    List.of(new FieldError("status", "is " + issue.status)));
        }
        if (version != issue.version) {
            throw ProblemException.staleVersion("The tool issue", version, issue.version);
        }
        CatalogDtos.CatalogItemSummary tool = catalog.summaries(List.of(issue.catalogItemId)).get(issue.catalogItemId);
        ToolDtos.ToolIssueView before = view(issue, tool);
        issue.status = outcome;
        issue.report = report;
        issue.closedAt = OffsetDateTime.now(ZoneOffset.UTC);
        issue.flush();
        ToolDtos.ToolIssueView after = view(issue, tool);
        audit.record("tool." + outcome.name().toLowerCase(), ENTITY, issueId, before, after);
        return after;
    }

    private boolean office() {
        return caller.roles().contains(Roles.MANAGER) || caller.roles().contains(Roles.DISPATCHER);
    }

    /** Installers see and report only their own tools. */
    private void mayActFor(UUID installerId) {
        if (!office() && !installerId.toString().equals(caller.id())) {
            throw ProblemException.notFound("The installer " + installerId);
        }
        installer(installerId);
    }

    private static void installer(UUID id) {
        if (Installer.findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("The installer " + id);
        }
    }

    private static ToolDtos.ToolIssueView view(ToolIssue t, CatalogDtos.CatalogItemSummary tool) {
        return new ToolDtos.ToolIssueView(t.id, t.installerId, t.catalogItemId, tool == null ? "" : tool.code(),
                tool == null ? "" : tool.name(), t.quantity, t.status, t.issuedAt, t.issuedBy, t.closedAt, t.report, t.version);
    }
}
