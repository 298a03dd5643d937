package io.aftercare.quality;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** Installers fill in product-quality forms on site; dispatchers record feedback forms from calls; the office reads them. */
@Path("/api/v1/quality-reports")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Product quality")
public class QualityReportResource {

    private final QualityReports reports;
    private final Idempotency idempotency;

    public QualityReportResource(QualityReports reports, Idempotency idempotency) {
        this.reports = reports;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "List product-quality and feedback forms", description = "Newest first, keyset-paginated; filters combine.")
    @APIResponse(responseCode = "200", description = "A page of forms.")
    public QualityDtos.QualityReportPage listQualityReports(
            @Parameter(description = "Only forms about this catalogue product.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("productId") @Size(max = 36) String productId,
            @Parameter(description = "Only forms of this fault category (its code).") @QueryParam("faultCategory") @Size(max = 50) String faultCategory,
            @Parameter(schema = @Schema(implementation = QualityDtos.ReportKind.class)) @QueryParam("kind") @Size(max = 20) String kind,
            @BeanParam @Valid PageRequest page) {
        var slice = reports.list(QueryValues.uuid("productId", productId), faultCategory == null || faultCategory.isBlank() ? null : faultCategory,
                QueryValues.enumValue(QualityDtos.ReportKind.class, "kind", kind), page.limit(), page.cursor());
        return new QualityDtos.QualityReportPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER})
    @Operation(summary = "Record a product-quality or feedback form",
            description = "One occurrence of a product's fault. It is checked at once against the tenant's early-warning rules; a "
                    + "recurrence they catch raises a warning to the engineering or training contact.")
    @APIResponse(responseCode = "201", description = "The form was recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualityDtos.QualityReportView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QualityDtos.QualityReportView.class)))
    public RestResponse<QualityDtos.QualityReportView> createQualityReport(@BeanParam @Valid IdempotencyKey key,
                                                                           @NotNull @Valid QualityDtos.CreateQualityReportRequest body) {
        var outcome = idempotency.execute(key.idempotencyKey(), "createQualityReport", body, QualityDtos.QualityReportView.class,
                () -> reports.create(body));
        return outcome.toResponse(URI.create("/api/v1/quality-reports/" + outcome.body().id()));
    }
}
