package io.aftercare.campaign;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The personal booking link a campaign message carries: no login, the link's secret is the key. */
@Path("/api/v1/public/{tenantSlug}/campaign-links/{linkCode}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Campaigns")
public class PublicCampaignResource {

    private static final String SLUG = "^[a-z0-9][a-z0-9-]{1,62}$";

    private final CampaignLinks links;

    public PublicCampaignResource(CampaignLinks links) {
        this.links = links;
    }

    @GET
    @Operation(summary = "Open a campaign link", description = "The customer's products, addresses and the campaign's free slots; "
            + "the first opening is counted in the campaign's funnel. 404 for an unknown link.")
    @APIResponse(responseCode = "200", description = "What the link shows.")
    public CampaignDtos.LinkView openCampaignLink(@PathParam("tenantSlug") @Size(max = 63) @Pattern(regexp = SLUG) String tenantSlug,
                                                  @PathParam("linkCode") @Size(max = 32) @Pattern(regexp = CampaignDtos.TOKEN) String linkCode) {
        return links.open(tenantSlug, linkCode);
    }

    @POST
    @Path("/booking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book the campaign's visit", description = "Books a maintenance visit in one of the link's free slots, once "
            + "per link. 409 `campaign-already-booked`, `campaign-closed`, or `slot-not-free` (taken meanwhile: pick another).")
    @APIResponse(responseCode = "201", description = "The booking and its tracking link.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignDtos.LinkBooked.class)))
    public RestResponse<CampaignDtos.LinkBooked> bookCampaignVisit(
            @PathParam("tenantSlug") @Size(max = 63) @Pattern(regexp = SLUG) String tenantSlug,
            @PathParam("linkCode") @Size(max = 32) @Pattern(regexp = CampaignDtos.TOKEN) String linkCode,
            @NotNull @Valid CampaignDtos.LinkBookingRequest body) {
        return RestResponse.status(RestResponse.Status.CREATED, links.book(tenantSlug, linkCode, body));
    }

    @POST
    @Path("/opt-out")
    @Operation(summary = "Opt out of campaigns", description = "The customer is sent no campaign message again, by any campaign; "
            + "messages still waiting are withdrawn.")
    @APIResponse(responseCode = "200", description = "What the link shows now.")
    public CampaignDtos.LinkView optOutOfCampaigns(@PathParam("tenantSlug") @Size(max = 63) @Pattern(regexp = SLUG) String tenantSlug,
                                                   @PathParam("linkCode") @Size(max = 32) @Pattern(regexp = CampaignDtos.TOKEN) String linkCode) {
        return links.optOut(tenantSlug, linkCode);
    }
}
