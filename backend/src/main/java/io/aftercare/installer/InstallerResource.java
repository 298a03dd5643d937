package io.aftercare.installer;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/installers")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Installers")
public class InstallerResource {

    private final InstallerService installers;
    private final InstallerTrainings trainings;
    private final ToolService tools;
    private final Idempotency idempotency;

    public InstallerResource(InstallerService installers, InstallerTrainings trainings, ToolService tools, Idempotency idempotency) {
        this.installers = installers;
        this.trainings = trainings;
        this.tools = tools;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/{installerId}/tools")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "List tools issued to an installer", description = "Installers see their own only.")
    @APIResponse(responseCode = "200", description = "Tool issues, oldest first.")
    public ToolDtos.ToolIssueList listInstallerTools(@PathParam("installerId") UUID installerId) {
        return new ToolDtos.ToolIssueList(tools.list(installerId));
    }

    @POST
    @Path("/{installerId}/tools")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Issue tools to an installer", description = "A catalogue item of kind TOOL, with a quantity.")
    @APIResponse(responseCode = "201", description = "The tool issue.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToolDtos.ToolIssueView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ToolDtos.ToolIssueView.class)))
    public RestResponse<ToolDtos.ToolIssueView> issueTool(@PathParam("installerId") UUID installerId,
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid ToolDtos.IssueToolRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "issueTool:" + installerId, body, ToolDtos.ToolIssueView.class,
                () -> tools.issue(installerId, body));
        return outcome.toResponse(URI.create("/api/v1/installers/" + installerId + "/tools/" + outcome.body().id()));
    }

    @POST
    @Path("/{installerId}/tools/{toolIssueId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Take tools back", description = "The office records the tools as returned.")
    @APIResponse(responseCode = "200", description = "The closed tool issue.")
    public ToolDtos.ToolIssueView returnTool(@PathParam("installerId") UUID installerId, @PathParam("toolIssueId") UUID toolIssueId,
                                             @NotNull @Valid ToolDtos.ReturnToolRequest body) {
        return tools.close(installerId, toolIssueId, body.version(), ToolDtos.ToolStatus.RETURNED, null);
    }

    @POST
    @Path("/{installerId}/tools/{toolIssueId}/lost")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Report tools lost", description = "The installer (or the office) reports what happened.")
    @APIResponse(responseCode = "200", description = "The closed tool issue.")
    public ToolDtos.ToolIssueView reportToolLost(@PathParam("installerId") UUID installerId, @PathParam("toolIssueId") UUID toolIssueId,
                                                 @NotNull @Valid ToolDtos.ToolIncidentRequest body) {
        return tools.close(installerId, toolIssueId, body.version(), ToolDtos.ToolStatus.LOST, body.report().strip());
    }

    @POST
    @Path("/{installerId}/tools/{toolIssueId}/damaged")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Report tools damaged", description = "The installer (or the office) reports what happened.")
    @APIResponse(responseCode = "200", description = "The closed tool issue.")
    public ToolDtos.ToolIssueView reportToolDamaged(@PathParam("installerId") UUID installerId, @PathParam("toolIssueId") UUID toolIssueId,
                                                    @NotNull @Valid ToolDtos.ToolIncidentRequest body) {
        return tools.close(installerId, toolIssueId, body.version(), ToolDtos.ToolStatus.DAMAGED, body.report().strip());
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List installers", description = "The tenant's installers with their certificates, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of installers.")
    public InstallerDtos.InstallerPage listInstallers(
            @Parameter(schema = @Schema(implementation = InstallerDtos.InstallerStatus.class)) @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        var slice = installers.list(QueryValues.enumValue(InstallerDtos.InstallerStatus.class, "status", status), page.limit(), page.cursor());
        return new InstallerDtos.InstallerPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Make a staff account an installer",
            description = "Adds the installer profile (phone, skills, service points, working hours, base salary) to a staff "
                    + "account holding the role installer.")
    @APIResponse(responseCode = "201", description = "The installer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstallerDtos.InstallerView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstallerDtos.InstallerView.class)))
    public RestResponse<InstallerDtos.InstallerView> createInstaller(
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid InstallerDtos.CreateInstallerRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createInstaller", body, InstallerDtos.InstallerView.class,
                () -> installers.create(body));
        return outcome.toResponse(URI.create("/api/v1/installers/" + outcome.body().id()));
    }

    @GET
    @Path("/leave-requests")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Leave awaiting a decision", description = "Every installer's leave requests that a manager has not decided yet.")
    @APIResponse(responseCode = "200", description = "Pending leave requests, oldest first.")
    public InstallerDtos.LeaveRequestList listPendingLeaveRequests() {
        return new InstallerDtos.LeaveRequestList(installers.pendingLeave());
    }

    @GET
    @Path("/{installerId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Read an installer", description = "One installer with certificates; other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The installer.")
    public InstallerDtos.InstallerView getInstaller(@PathParam("installerId") UUID installerId) {
        return installers.get(installerId);
    }

    @PATCH
    @Path("/{installerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Change an installer", description = "Absent fields stay as they are. Send the `version` you read.")
    @APIResponse(responseCode = "200", description = "The installer as changed.")
    public InstallerDtos.InstallerView updateInstaller(@PathParam("installerId") UUID installerId,
                                                       @NotNull @Valid InstallerDtos.UpdateInstallerRequest body) {
        return installers.update(installerId, body);
    }

    @POST
    @Path("/{installerId}/certifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Record a certificate",
            description = "Electrician certificate (电工证), welding permit (操作证), work-at-height check or other, with its validity.")
    @APIResponse(responseCode = "201", description = "The certificate.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstallerDtos.CertificationView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstallerDtos.CertificationView.class)))
    public RestResponse<InstallerDtos.CertificationView> addCertification(@PathParam("installerId") UUID installerId,
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid InstallerDtos.CreateCertificationRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "addCertification:" + installerId, body, InstallerDtos.CertificationView.class,
                () -> installers.addCertification(installerId, body));
        return outcome.toResponse(URI.create("/api/v1/installers/" + installerId + "/certifications/" + outcome.body().id()));
    }

    @DELETE
    @Path("/{installerId}/certifications/{certificationId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Remove a certificate", description = "Removes a certificate recorded by mistake.")
    @APIResponse(responseCode = "204", description = "The certificate was removed.")
    public void removeCertification(@PathParam("installerId") UUID installerId, @PathParam("certificationId") UUID certificationId) {
        installers.removeCertification(installerId, certificationId);
    }

    @GET
    @Path("/{installerId}/trainings")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List an installer's trainings", description = "Newest first. Connection construction needs every crew member trained.")
    @APIResponse(responseCode = "200", description = "The trainings.")
    public InstallerDtos.TrainingList listInstallerTrainings(@PathParam("installerId") UUID installerId) {
        return trainings.list(installerId);
    }

    @POST
    @Path("/{installerId}/trainings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Record a training", description = "A training the installer took (岗前培训), with its day.")
    @APIResponse(responseCode = "201", description = "The training.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstallerDtos.TrainingView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstallerDtos.TrainingView.class)))
    public RestResponse<InstallerDtos.TrainingView> addInstallerTraining(@PathParam("installerId") UUID installerId,
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid InstallerDtos.CreateTrainingRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "addInstallerTraining:" + installerId, body, InstallerDtos.TrainingView.class,
                () -> trainings.add(installerId, body));
        return outcome.toResponse(URI.create("/api/v1/installers/" + installerId + "/trainings/" + outcome.body().id()));
    }

    @DELETE
    @Path("/{installerId}/trainings/{trainingId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Remove a training", description = "Removes a training recorded by mistake.")
    @APIResponse(responseCode = "204", description = "The training was removed.")
    public void removeInstallerTraining(@PathParam("installerId") UUID installerId, @PathParam("trainingId") UUID trainingId) {
        trainings.remove(installerId, trainingId);
    }

    @GET
    @Path("/{installerId}/leave-requests")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "List an installer's leave requests", description = "Installers see their own only.")
    @APIResponse(responseCode = "200", description = "Leave requests, latest first.")
    public InstallerDtos.LeaveRequestList listLeaveRequests(@PathParam("installerId") UUID installerId) {
        return new InstallerDtos.LeaveRequestList(installers.leaveRequests(installerId));
    }

    @POST
    @Path("/{installerId}/leave-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Request leave",
            description = "Refused (409) while the installer holds open assigned orders in those days; a manager can approve it anyway.")
    @APIResponse(responseCode = "201", description = "The leave request, awaiting a manager's decision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstallerDtos.LeaveRequestView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstallerDtos.LeaveRequestView.class)))
    public RestResponse<InstallerDtos.LeaveRequestView> requestLeave(@PathParam("installerId") UUID installerId,
            @BeanParam @Valid IdempotencyKey key,
            @NotNull @Valid InstallerDtos.CreateLeaveRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "requestLeave:" + installerId, body, InstallerDtos.LeaveRequestView.class,
                () -> installers.requestLeave(installerId, body));
        return outcome.toResponse(URI.create("/api/v1/installers/" + installerId + "/leave-requests/" + outcome.body().id()));
    }

    @POST
    @Path("/{installerId}/leave-requests/{leaveRequestId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Approve or reject leave",
            description = "Approving leave that overlaps open assigned orders needs `overrideOpenOrders: true`.")
    @APIResponse(responseCode = "200", description = "The decided leave request.")
    public InstallerDtos.LeaveRequestView decideLeave(@PathParam("installerId") UUID installerId,
                                                      @PathParam("leaveRequestId") UUID leaveRequestId,
                                                      @NotNull @Valid InstallerDtos.LeaveDecision body) {
        return installers.decideLeave(installerId, leaveRequestId, body);
    }
}
