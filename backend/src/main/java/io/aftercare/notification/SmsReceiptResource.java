package io.aftercare.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Set;

/** Where the SMS gateway reports what became of each message (its delivery receipts); signed like our requests to it. */
@Path("/api/v1/public/sms-receipts")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Notifications")
public class SmsReceiptResource {

    private final DeliveryReceipts receipts;
    private final ObjectMapper json;
    private final Validator validator;

    public SmsReceiptResource(DeliveryReceipts receipts, ObjectMapper json, Validator validator) {
        this.receipts = receipts;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report SMS delivery receipts", description = "For the SMS gateway. `X-Timestamp` (Unix seconds, at most "
            + "5 minutes off) and `X-Signature` (hex HMAC-SHA256 of \"{timestamp}\\n{body}\" with the gateway's shared secret) "
            + "are required; 401 `receipt-not-signed` otherwise. The first receipt of a message counts.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NotificationDtos.ReceiptBatch.class)))
    @APIResponse(responseCode = "200", description = "How many receipts were recorded.")
    public NotificationDtos.ReceiptsRecorded reportSmsReceipts(
            @HeaderParam("X-Timestamp") @Size(max = 20) @Pattern(regexp = "^[0-9]{1,20}$", message = "Unix seconds") String timestamp,
            @HeaderParam("X-Signature") @Size(max = 128) @Pattern(regexp = "^[0-9a-fA-F]{1,128}$", message = "hex") String signature,
            @Size(max = 200_000) String body) {
        receipts.verify(timestamp, signature, body == null ? "" : body);
        NotificationDtos.ReceiptBatch batch;
        try {
            batch = json.readValue(body, NotificationDtos.ReceiptBatch.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ProblemException.badRequest("The body is not a receipt batch (JSON with a receipts list).",
                    List.of(new FieldError("receipts", "not readable")));
        }
        if (batch == null) {
            throw ProblemException.invalidField("receipts", "must not be null");
        }
        Set<ConstraintViolation<NotificationDtos.ReceiptBatch>> violations = validator.validate(batch);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return receipts.record(batch.receipts());
    }
}
