package io.aftercare.report;

import io.aftercare.api.PageRequest;
import io.aftercare.api.Pdf;
import io.aftercare.api.QueryValues;
import io.aftercare.api.Xlsx;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import io.aftercare.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/** Managers read, download and generate the weekly reports and monthly analyses of their tenant. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed(Roles.MANAGER)
@Tag(name = "Reports")
public class ReportResource {

    private final PeriodicReports reports;
    private final ReportDocuments documents;
    private final TenantService tenants;

    public ReportResource(PeriodicReports reports, ReportDocuments documents, TenantService tenants) {
        this.reports = reports;
        this.documents = documents;
        this.tenants = tenants;
    }

    @GET
    @Operation(operationId = "listReports", summary = "List the weekly reports and monthly analyses",
            description = "Newest first, keyset-paginated; made on schedule after each week (Monday to Sunday) and month ends in the "
                    + "tenant's time zone, or on demand.")
    @APIResponse(responseCode = "200", description = "A page of reports, without their contents.")
    public ReportDtos.ReportPage listReports(
            @Parameter(schema = @Schema(implementation = ReportDtos.ReportKind.class)) @QueryParam("kind") @Size(max = 10) String kind,
            @BeanParam @Valid PageRequest page) {
        var slice = reports.list(QueryValues.enumValue(ReportDtos.ReportKind.class, "kind", kind), page.limit(), page.cursor());
        return new ReportDtos.ReportPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateReport", summary = "Generate the report of a past week or month",
            description = "The week (Monday to Sunday) or calendar month holding periodStart, which must have ended. A period's report is "
                    + "made once: when it exists, it is answered as kept (200).")
    @APIResponse(responseCode = "201", description = "The report was generated.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDtos.ReportView.class)))
    @APIResponse(responseCode = "200", description = "The period's report existed already.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportDtos.ReportView.class)))
    @APIResponse(responseCode = "400", description = "The period has not ended yet, or the body is malformed.")
    public Response generateReport(@NotNull @Valid ReportDtos.GenerateReportRequest body) {
        PeriodicReports.Generated generated = reports.generate(body.kind(), body.periodStart());
        if (generated.created()) {
            return Response.created(URI.create("/api/v1/reports/" + generated.report().id())).entity(generated.report()).build();
        }
        return Response.ok(generated.report()).build();
    }

    @GET
    @Path("/{reportId}")
    @Operation(operationId = "getReport", summary = "Read a report with its contents", description = "Other tenants' ids answer 404.")
    @APIResponse(responseCode = "200", description = "The report.")
    public ReportDtos.ReportView getReport(@PathParam("reportId") UUID reportId) {
        return reports.get(reportId);
    }

    @GET
    @Path("/{reportId}/pdf")
    @Produces(Pdf.MEDIA_TYPE)
    @Operation(operationId = "downloadReportPdf", summary = "The report as PDF", description = "In the tenant's language, Chinese font embedded.")
    @APIResponse(responseCode = "200", description = "The PDF file.", content = @Content(mediaType = Pdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 52428800)))
    public Response downloadReportPdf(@PathParam("reportId") UUID reportId) {
        ReportDtos.ReportView report = reports.get(reportId);
        return Response.ok(documents.pdf(report, locale()), Pdf.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ReportDocuments.fileName(report, "pdf") + "\"").build();
    }

    @GET
    @Path("/{reportId}/xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "downloadReportXlsx", summary = "The report as a workbook", description = "A sheet per table, in the tenant's language.")
    @APIResponse(responseCode = "200", description = "The XLSX file.", content = @Content(mediaType = Xlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 52428800)))
    public Response downloadReportXlsx(@PathParam("reportId") UUID reportId) {
        ReportDtos.ReportView report = reports.get(reportId);
        return Response.ok(documents.xlsx(report, locale()), Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + ReportDocuments.fileName(report, "xlsx") + "\"").build();
    }

    private Locale locale() {
        return Locale.forLanguageTag(tenants.current().locale().tag);
    }
}
