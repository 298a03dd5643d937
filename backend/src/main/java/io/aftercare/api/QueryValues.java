package io.aftercare.api;

import io.aftercare.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parses query parameters that JAX-RS would otherwise turn into a bare 404 when they do not convert, so that
 * the caller learns which parameter is wrong and what it accepts.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static java.time.OffsetDateTime timestamp(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, "must be a timestamp with offset like 2026-10-01T00:00:00+08:00");
        }
    }

    /** Like {@link #enumValue}, but an absent value is refused too. */
    public static <E extends Enum<E>> E requiredEnumValue(Class<E> type, String parameter, String value) {
        E parsed = enumValue(type, parameter, value);
        if (parsed == null) {
            throw ProblemException.invalidField(parameter, "is required");
        }
        return parsed;
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw ProblemException.invalidField(parameter, "unknown value '" + value + "'; allowed: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** A day like 2026-10-01; absent stays null. */
    public static java.time.LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, "must be a day like 2026-10-01");
        }
    }

    /** true or false; absent stays null. */
    public static Boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(parameter, "must be true or false");
        };
    }

    /** An id like 0b6f1c1e-0000-4000-8000-000000000001; absent stays null. */
    public static java.util.UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 36) {
                return java.util.UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.invalidField(parameter, "must be an id like 0b6f1c1e-0000-4000-8000-000000000001");
    }
}
