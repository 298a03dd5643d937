package io.aftercare.notification;

import io.aftercare.api.PageRequest;
import io.aftercare.api.QueryValues;
import io.aftercare.security.Roles;
import io.aftercare.tenancy.RequiresTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RequiresTenant
@Tag(name = "Notifications")
public class NotificationResource {

    private final NotificationService notifications;

    public NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "List notifications",
            description = "Newest first: the SMS and e-mail the tenant's events sent or are about to send, with their attempts "
                    + "and last error.")
    @APIResponse(responseCode = "200", description = "A page of notifications.")
    public NotificationDtos.NotificationPage listNotifications(
            @Parameter(schema = @Schema(implementation = NotificationDtos.Status.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = NotificationDtos.Channel.class)) @QueryParam("channel") String channel,
            @Parameter(schema = @Schema(implementation = NotificationDtos.Audience.class)) @QueryParam("audience") String audience,
            @BeanParam @Valid PageRequest page) {
        var slice = notifications.list(QueryValues.enumValue(NotificationDtos.Status.class, "status", status),
                QueryValues.enumValue(NotificationDtos.Channel.class, "channel", channel),
                QueryValues.enumValue(NotificationDtos.Audience.class, "audience", audience), page.limit(), page.cursor());
        return new NotificationDtos.NotificationPage(slice.items(), slice.nextCursor());
    }

    @POST
    @Path("/{notificationId}/retry")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Retry a failed notification",
            description = "A FAILED notification is queued again, due now, with the full number of attempts. "
                    + "Other states answer 409.")
    @APIResponse(responseCode = "200", description = "The notification, PENDING again.")
    public NotificationDtos.NotificationView retryNotification(@PathParam("notificationId") UUID notificationId) {
        return notifications.retry(notificationId);
    }
}
