package io.aftercare.dataimport;

import io.aftercare.api.Idempotency;
import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** Stores migrating from spreadsheets: managers and dispatchers upload and watch imports. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
@Tag(name = "Imports")
public class ImportResource {

    static final String CSV = "text/csv";
    static final String FILE_RULES = " The file is UTF-8 CSV (RFC 4180; Excel's \"CSV UTF-8\", with or without the "
            + "byte-order mark), at most 12 MB; its first row names the columns (any order, case and spacing; unknown "
            + "columns are refused) and empty rows are skipped. The answer is 202 with the job: rows are imported in the "
            + "background in batches, a row that fails is reported at `/api/v1/imports/{importId}/errors` with its row "
            + "number and column and never stops the others, and rows that duplicate an existing record are reported, "
            + "never merged.";

    private final ImportService imports;
    private final Idempotency idempotency;

    public ImportResource(ImportService imports, Idempotency idempotency) {
        this.imports = imports;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/customers")
    @Consumes(CSV)
    @Operation(summary = "Import customers from a CSV file",
            description = "Columns: `name` and `phone` (required; the phone must not be another customer's), `kind` (PERSON, "
                    + "the default, or COMPANY; 个人 or 公司 also read), `email`, `notes`; a first contact: `contact_name`, "
                    + "`contact_phone`, `contact_email`, `contact_role`; a first site: `site_label`, `site_address`, "
                    + "`site_latitude`, `site_longitude`." + FILE_RULES)
    @RequestBody(required = true, description = "The CSV file.", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 12_582_912),
            example = "kind,name,phone,email,contact_name,contact_phone,site_label,site_address\n"
                    + "个人,王芳,138-1234-5678,wang.fang@example.com,,,家,浙江省杭州市西湖区文三路 100 号\n"))
    @APIResponse(responseCode = "202", description = "The file was accepted; watch the job at its Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportDtos.ImportJobView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportDtos.ImportJobView.class)))
    public RestResponse<ImportDtos.ImportJobView> importCustomers(
            @BeanParam @Valid IdempotencyKey key,
            byte[] body) {
        return accept(ImportDtos.ImportKind.CUSTOMERS, "importCustomers", key.idempotencyKey(), body);
    }

    @POST
    @Path("/assets")
    @Consumes(CSV)
    @Operation(summary = "Import assets from a CSV file",
            description = "Columns: `customer_phone` (the customer's primary phone; import customers first), `product_code` "
                    + "(a catalogue item of kind PRODUCT) and `serial_number` (must not be another asset's) are required; "
                    + "`site_label` (one of the customer's sites), `terminal_id`, `sim_id`, `vehicle_plate`, `install_date` "
                    + "and `warranty_end` (dates like 2026-03-05 or 2026/3/5) are optional." + FILE_RULES)
    @RequestBody(required = true, description = "The CSV file.", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING, maxLength = 12_582_912),
            example = "customer_phone,product_code,serial_number,vehicle_plate,install_date,warranty_end\n"
                    + "138-1234-5678,GPS-T100,T100-2026-000123,浙A·12345,2026-03-05,2028-03-04\n"))
    @APIResponse(responseCode = "202", description = "The file was accepted; watch the job at its Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportDtos.ImportJobView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportDtos.ImportJobView.class)))
    public RestResponse<ImportDtos.ImportJobView> importAssets(
            @BeanParam @Valid IdempotencyKey key,
            byte[] body) {
        return accept(ImportDtos.ImportKind.ASSETS, "importAssets", key.idempotencyKey(), body);
    }

    @GET
    @Operation(summary = "List the tenant's imports", description = "Newest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of imports, newest first.")
    public ImportDtos.ImportJobPage listImports(
            @Parameter(description = "Only imports of this kind.", schema = @Schema(implementation = ImportDtos.ImportKind.class))
            @QueryParam("kind") String kind,
            @BeanParam @Valid PageRequest page) {
        var slice = imports.list(QueryValues.enumValue(ImportDtos.ImportKind.class, "kind", kind), page.limit(), page.cursor());
        return new ImportDtos.ImportJobPage(slice.items(), slice.nextCursor());
    }

    @GET
    @Path("/{importId}")
    @Operation(summary = "Watch an import",
            description = "The job's status and counts, which grow after each batch: poll it for a progress bar. A job "
                    + "whose worker stopped (a restart) resumes after its last committed batch when it is watched.")
    @APIResponse(responseCode = "200", description = "The import job.")
    public ImportDtos.ImportJobView getImport(@PathParam("importId") UUID importId) {
        return imports.get(importId);
    }

    @GET
    @Path("/{importId}/errors")
    @Operation(summary = "List an import's row errors",
            description = "Why rows were not imported, in file order (row number, then column), keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of row errors.")
    public ImportDtos.ImportRowErrorPage listImportErrors(
            @PathParam("importId") UUID importId,
            @BeanParam @Valid PageRequest page) {
        var slice = imports.errors(importId, page.limit(), page.cursor());
        return new ImportDtos.ImportRowErrorPage(slice.items(), slice.nextCursor());
    }

    private RestResponse<ImportDtos.ImportJobView> accept(ImportDtos.ImportKind kind, String operation, String idempotencyKey,
                                                          byte[] body) {
        byte[] csv = body == null ? new byte[0] : body;
        UUID claim = UUID.randomUUID();
        var outcome = idempotency.execute(idempotencyKey, operation, ImportService.fingerprint(kind, csv),
                ImportDtos.ImportJobView.class, () -> imports.accept(kind, csv, claim));
        if (outcome.replayed()) {
            return RestResponse.ResponseBuilder.ok(outcome.body()).header("Idempotent-Replayed", "true").build();
        }
        imports.start(outcome.body().id(), claim);
        return RestResponse.ResponseBuilder.accepted(outcome.body())
                .location(URI.create("/api/v1/imports/" + outcome.body().id()))
                .header("Idempotent-Replayed", "false").build();
    }
}
