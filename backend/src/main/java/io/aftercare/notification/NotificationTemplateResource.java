package io.aftercare.notification;

import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Managers word the messages their customers, installers and managers receive, in both languages. */
@Path("/api/v1/notification-templates")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@RolesAllowed(Roles.MANAGER)
@Tag(name = "Notifications")
public class NotificationTemplateResource {

    private static final String TEMPLATE = "^[A-Z][A-Z_]{1,59}$";
    private static final String LANGUAGE = "^(zh-CN|en)$";

    private final NotificationTemplates templates;

    public NotificationTemplateResource(NotificationTemplates templates) {
        this.templates = templates;
    }

    @GET
    @Operation(summary = "List message texts", description = "Every message kind with what its {0}, {1}, ... stand for, and per language "
            + "the text sent now next to the built-in one.")
    @APIResponse(responseCode = "200", description = "The message kinds.")
    public TemplateDtos.TemplateList listNotificationTemplates() {
        return templates.list();
    }

    @PUT
    @Path("/{template}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Word a message", description = "The tenant's own subject and body for one message kind and language; "
            + "{0}, {1}, ... stand for its values, everything else is sent as written. 400 names a broken or unknown placeholder.")
    @APIResponse(responseCode = "200", description = "The message kind with its texts.")
    public TemplateDtos.TemplateView saveNotificationTemplate(
            @PathParam("template") @Size(max = 60) @Pattern(regexp = TEMPLATE) String template,
            @PathParam("language") @Size(max = 5) @Pattern(regexp = LANGUAGE) String language,
            @NotNull @Valid TemplateDtos.TextRequest body) {
        return templates.save(template, language, body);
    }

    @DELETE
    @Path("/{template}/{language}")
    @Operation(summary = "Use the built-in text again", description = "Removes the tenant's own text for the kind and language.")
    @APIResponse(responseCode = "200", description = "The message kind with its texts.")
    public TemplateDtos.TemplateView resetNotificationTemplate(
            @PathParam("template") @Size(max = 60) @Pattern(regexp = TEMPLATE) String template,
            @PathParam("language") @Size(max = 5) @Pattern(regexp = LANGUAGE) String language) {
        return templates.reset(template, language);
    }

    @POST
    @Path("/{template}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview a message", description = "The text with sample values, and how many SMS a phone receives for it.")
    @APIResponse(responseCode = "200", description = "The filled-in text.")
    public TemplateDtos.Preview previewNotificationTemplate(
            @PathParam("template") @Size(max = 60) @Pattern(regexp = TEMPLATE) String template,
            @NotNull @Valid TemplateDtos.PreviewRequest body) {
        return templates.preview(template, body);
    }
}
