package io.aftercare.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date or timestamp within the bounds {@link DateBounds} decides for its kind; null passes (pair with
 * {@code @NotNull} where required). The message names the allowed days.
 */
@Constraint(validatedBy = {SaneDateValidator.ForLocalDate.class, SaneDateValidator.ForOffsetDateTime.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SaneDate {

    enum Kind {
        /** Something that happened: a call, a complaint's arrival, a receipt, a day of discipline. */
        HISTORY,
        /** Something planned: leave, a trip, an appointment, a due date, an agreement's period. */
        PLAN,
        /** A document's or product's dates: certificate validity, installation, warranty end. */
        DOCUMENT
    }

    Kind value();

    String message() default "is outside the sane range of dates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
