package io.aftercare.attachment;

import io.aftercare.api.IdempotencyKey;
import io.aftercare.api.Sha256;
import io.aftercare.api.Idempotency;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/attachments")
@RequiresTenant
@RolesAllowed({Roles.MANAGER, Roles.DISPATCHER, Roles.INSTALLER, Roles.PARTNER})
@Tag(name = "Attachments")
public class AttachmentResource {

    private final AttachmentService attachments;
    private final Idempotency idempotency;

    public AttachmentResource(AttachmentService attachments, Idempotency idempotency) {
        this.attachments = attachments;
        this.idempotency = idempotency;
    }

    record Upload(AttachmentDtos.OwnerType ownerType, UUID ownerId, AttachmentDtos.Kind kind, String fileName, String sha256) {
    }

    @POST
    @Consumes({"image/jpeg", "image/png", "image/webp", "application/pdf", "video/mp4", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload an attachment",
            description = "The file is the request body. Its type is checked from its bytes (JPEG, PNG, WebP, PDF, MP4) and its "
                    + "size against the tenant's attachment limit.")
    @RequestBody(content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760)),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760)),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760)),
            @Content(mediaType = "video/mp4", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760))})
    @APIResponse(responseCode = "201", description = "The stored attachment.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentDtos.AttachmentView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentDtos.AttachmentView.class)))
    public RestResponse<AttachmentDtos.AttachmentView> uploadAttachment(
            @Parameter(required = true, schema = @Schema(implementation = AttachmentDtos.OwnerType.class)) @QueryParam("ownerType") String ownerType,
            @Parameter(required = true) @QueryParam("ownerId") @NotNull UUID ownerId,
            @Parameter(required = true, schema = @Schema(implementation = AttachmentDtos.Kind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "The original file name, for downloads.") @QueryParam("fileName") @Size(max = 255)
            @Pattern(regexp = "^[^/\\\\\\r\\n\"]+$") String fileName,
            @BeanParam @Valid IdempotencyKey key,
            byte[] body) {
        AttachmentDtos.OwnerType owner = QueryValues.requiredEnumValue(AttachmentDtos.OwnerType.class, "ownerType", ownerType);
        AttachmentDtos.Kind fileKind = QueryValues.requiredEnumValue(AttachmentDtos.Kind.class, "kind", kind);
        // A retried upload is recognised by its target and the digest of its bytes.
        var upload = new Upload(owner, ownerId, fileKind, fileName, body == null ? "" : Sha256.hex(body));
        var outcome = idempotency.execute(key.idempotencyKey(), "uploadAttachment", upload, AttachmentDtos.AttachmentView.class,
                () -> attachments.store(owner, ownerId, fileKind, fileName, body));
        return outcome.toResponse(URI.create("/api/v1/attachments/" + outcome.body().id()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List an owner's attachments", description = "The files of one work order or certificate. Partner staff see "
            + "and add files only of the orders given to their partner.")
    @APIResponse(responseCode = "200", description = "The attachments, oldest first.")
    public AttachmentDtos.AttachmentList listAttachments(
            @Parameter(required = true, schema = @Schema(implementation = AttachmentDtos.OwnerType.class)) @QueryParam("ownerType") String ownerType,
            @Parameter(required = true) @QueryParam("ownerId") @NotNull UUID ownerId) {
        return new AttachmentDtos.AttachmentList(attachments.list(QueryValues.requiredEnumValue(AttachmentDtos.OwnerType.class, "ownerType", ownerType), ownerId));
    }

    @GET
    @Path("/{attachmentId}")
    @Produces({"image/jpeg", "image/png", "image/webp", "application/pdf", "video/mp4"})
    @Operation(summary = "Download an attachment", description = "The file, served only within its tenant.")
    @APIResponse(responseCode = "200", description = "The file.",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760)))
    public Response getAttachment(@PathParam("attachmentId") UUID attachmentId) {
        var content = attachments.content(attachmentId);
        return Response.ok(content.data(), content.contentType())
                // The file name for api.DownloadNames, which writes the final attachment disposition; SecurityHeaders adds nosniff.
                .header("Content-Disposition", "attachment" + (content.fileName() == null ? "" : "; filename=\"" + content.fileName() + "\""))
                .build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.MANAGER, Roles.DISPATCHER})
    @Operation(summary = "Delete an attachment", description = "Removes a file uploaded by mistake.")
    @APIResponse(responseCode = "204", description = "The attachment was deleted.")
    public void deleteAttachment(@PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(attachmentId);
    }
}
