package io.aftercare.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code limit} and {@code cursor} of every keyset-paginated list, declared once: a resource takes
 * {@code @BeanParam @Valid PageRequest page}. A bad value is named by the component, so errors say {@code limit}
 * or {@code cursor} as the query does.
 */
public record PageRequest(
        @QueryParam("limit") @Min(1) @Max(Keyset.MAX_LIMIT) Integer limit,
        @QueryParam("cursor") @Size(max = 200) @Pattern(regexp = Keyset.CURSOR_PATTERN) String cursor) {
}
