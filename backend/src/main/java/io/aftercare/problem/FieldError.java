package io.aftercare.problem;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: {@code field} is a JSON path into the request (e.g. {@code discipline.lateArrivalFine}). */
@Schema(name = "FieldError", description = "One invalid input value.", requiredProperties = {"field", "message"})
public record FieldError(
        @Schema(description = "JSON path of the field in the request body, or the name of the query parameter or header.",
                examples = "discipline.lateArrivalFine")
        @Size(max = 200) String field,
        @Schema(description = "What is wrong and what is allowed.", examples = "must be greater than or equal to 0")
        @Size(max = 500) String message) {
}
