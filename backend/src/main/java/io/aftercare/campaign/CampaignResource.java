package io.aftercare.campaign;

import io.aftercare.api.Keyset;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Managers define, launch and follow maintenance campaigns; dispatchers read them (they take the bookings). */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed(Roles.MANAGER)
@Tag(name = "Campaigns")
public class CampaignResource {

    private final CampaignService campaigns;

    public CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List campaigns", description = "Newest first, each with its funnel.")
    @APIResponse(responseCode = "200", description = "A page of campaigns.")
    public CampaignDtos.CampaignPage listCampaigns(@QueryParam("status") CampaignDtos.Status status,
                                                   @QueryParam("limit") @Min(1) @Max(Keyset.MAX_LIMIT) Integer limit,
                                                   @QueryParam("cursor") @Size(max = 200) @Pattern(regexp = Keyset.CURSOR_PATTERN) String cursor) {
        Keyset.Slice<CampaignDtos.CampaignView> slice = campaigns.list(status, limit, cursor);
        return new CampaignDtos.CampaignPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a campaign", description = "A draft: nothing is sent until it is launched. Messages left out get "
            + "the built-in texts; RECENT_INSTALLATIONS without installedWithinMonths takes the tenant's \"recently installed\" months.")
    @APIResponse(responseCode = "201", description = "The draft, with the audience its segment reaches today.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDtos.CampaignView.class)))
    public RestResponse<CampaignDtos.CampaignView> createCampaign(@NotNull @Valid CampaignDtos.CampaignRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, campaigns.create(body));
    }

    @POST
    @Path("/audience")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Count a segment", description = "How many customers a segment reaches today, how many of them opted out, and "
            + "how many have no phone or e-mail for the channel.")
    @APIResponse(responseCode = "200", description = "The counts.")
    public CampaignDtos.Audience countCampaignAudience(@NotNull @Valid CampaignDtos.AudienceRequest body) {
        return campaigns.audience(body);
    }

    @POST
    @Path("/opt-outs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Record a customer's opt-out", description = "The customer asked (by phone, letter or visit) to be sent no "
            + "campaigns: none messages them from now on, and what waits for them is withdrawn.")
    @APIResponse(responseCode = "200", description = "The opt-out.")
    public CampaignDtos.OptOut optCustomerOutOfCampaigns(@NotNull @Valid CampaignDtos.OptOutRequest body) {
        return campaigns.optOut(body);
    }

    @GET
    @Path("/{campaignId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Read a campaign", description = "A draft with its audience; a launched one with its funnel (progress while "
            + "messages are pending).")
    @APIResponse(responseCode = "200", description = "The campaign.")
    public CampaignDtos.CampaignView getCampaign(@PathParam("campaignId") UUID campaignId) {
        return campaigns.get(campaignId);
    }

    @PUT
    @Path("/{campaignId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft", description = "With the version read; 409 `campaign-not-changeable` once launched.")
    @APIResponse(responseCode = "200", description = "The draft.")
    public CampaignDtos.CampaignView updateCampaign(@PathParam("campaignId") UUID campaignId,
                                                    @NotNull @Valid CampaignDtos.CampaignRequest body) {
        return campaigns.update(campaignId, body);
    }

    @POST
    @Path("/{campaignId}/launch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Launch a campaign", description = "Writes one message per customer of the segment who has not opted out; "
            + "they go out in batches after the messages people wait for, never in the quiet hours, from the send time on. "
            + "409 `campaign-not-changeable` when launched already, `campaign-dates-past` when the visit dates are over.")
    @APIResponse(responseCode = "200", description = "The launched campaign with its funnel.")
    public CampaignDtos.CampaignView launchCampaign(@PathParam("campaignId") UUID campaignId,
                                                    @NotNull @Valid CampaignDtos.VersionRequest body) {
        return campaigns.launch(campaignId, body);
    }

    @POST
    @Path("/{campaignId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a campaign", description = "Messages not sent yet are withdrawn and its links stop taking bookings; "
            + "visits booked already stay.")
    @APIResponse(responseCode = "200", description = "The cancelled campaign.")
    public CampaignDtos.CampaignView cancelCampaign(@PathParam("campaignId") UUID campaignId,
                                                    @NotNull @Valid CampaignDtos.VersionRequest body) {
        return campaigns.cancel(campaignId, body);
    }

    @GET
    @Path("/{campaignId}/recipients")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List a campaign's customers", description = "Each customer's path: sent, delivered, opened, booked, done; "
            + "`stage` keeps those whose furthest step it is.")
    @APIResponse(responseCode = "200", description = "A page of recipients.")
    public CampaignDtos.RecipientPage listCampaignRecipients(@PathParam("campaignId") UUID campaignId,
                                                             @QueryParam("stage") CampaignDtos.Stage stage,
                                                             @QueryParam("limit") @Min(1) @Max(Keyset.MAX_LIMIT) Integer limit,
                                                             @QueryParam("cursor") @Size(max = 200) @Pattern(regexp = Keyset.CURSOR_PATTERN) String cursor) {
        Keyset.Slice<CampaignDtos.RecipientView> slice = campaigns.recipients(campaignId, stage, limit, cursor);
        return new CampaignDtos.RecipientPage(slice.items(), slice.nextCursor());
    }
}
