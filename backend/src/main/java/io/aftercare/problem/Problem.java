package io.aftercare.problem;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error this API answers. */
@Schema(name = "Problem", description = "RFC 9457 problem details. `errorId` is also written to the server log.",
        requiredProperties = {"type", "title", "status", "errorId"})
public record Problem(
        @Schema(description = "URI naming the kind of problem.", examples = "https://aftercare.dev/problems/validation")
        @Size(max = 200) String type,
        @Schema(examples = "Invalid request") @Size(max = 200) String title,
        @Schema(examples = "400") @Min(100) @Max(599) int status,
        @Schema(examples = "2 fields are invalid.") @Size(max = 2000) String detail,
        @Schema(description = "The request path.", examples = "/api/v1/settings") @Size(max = 2000) String instance,
        @Schema(description = "Identifies this occurrence in the server log.", examples = "0193a5c8-7f3e-7cc1-9b52-1c0f5e2e4a10")
        @Size(max = 36) String errorId,
        @Schema(description = "Per-field errors of an invalid request.") @Size(max = 1000) List<FieldError> errors) {
}
