package io.aftercare.api;

import io.aftercare.problem.FieldError;
import io.aftercare.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset pagination over time-ordered ids: the cursor is the last id of a page, opaque to clients.
 * A page query asks for {@code limit + 1} rows; the extra row only says whether another page exists.
 */
public final class Keyset {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final String CURSOR_PATTERN = "^[A-Za-z0-9_-]+$";

    private Keyset() {
    }

    public static int limit(Integer requested) {
        return requested == null ? DEFAULT_LIMIT : requested;
    }

    /** The id after which the page starts, or null for the first page. */
    public static UUID after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The cursor is not one this API issued.",
                    List.of(new FieldError("cursor", "unknown cursor; pass nextCursor from the previous page")));
        }
    }

    public static String cursorOf(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Cuts a fetched list of {@code limit + 1} rows to the page and computes the next cursor. */
    public static <E, T> Slice<T> slice(List<E> rows, int limit, Function<E, UUID> id, Function<E, T> view) {
        boolean more = rows.size() > limit;
        List<E> page = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf(id.apply(page.get(page.size() - 1))) : null;
        return new Slice<>(page.stream().map(view).toList(), next);
    }

    public record Slice<T>(List<T> items, String nextCursor) {
    }
}
