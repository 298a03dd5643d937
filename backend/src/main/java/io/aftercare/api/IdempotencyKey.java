package io.aftercare.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The optional {@code Idempotency-Key} header of a creating POST, declared once: a resource takes
 * {@code @BeanParam @Valid IdempotencyKey key} and hands {@code key.idempotencyKey()} to {@link Idempotency}.
 */
public record IdempotencyKey(
        @Parameter(description = Idempotency.DESCRIPTION) @HeaderParam(Idempotency.HEADER) @Size(max = 255)
        @Pattern(regexp = Idempotency.KEY_PATTERN) String idempotencyKey) {
}
