package io.aftercare.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Checks {@link SaneDate} against {@link DateBounds}; the message tells the allowed range. */
public abstract class SaneDateValidator<T> implements ConstraintValidator<SaneDate, T> {

    private final DateBounds bounds;
    private SaneDate.Kind kind;

    protected SaneDateValidator(DateBounds bounds) {
        this.bounds = bounds;
    }

    @Override
    public void initialize(SaneDate annotation) {
        kind = annotation.value();
    }

    @Override
    public boolean isValid(T value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        DateBounds.Range range = bounds.range(kind);
        if (range.contains(day(value))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must be between " + range.earliest() + " and " + range.latest())
                .addConstraintViolation();
        return false;
    }

    protected abstract LocalDate day(T value);

    @jakarta.enterprise.context.Dependent
    public static class ForLocalDate extends SaneDateValidator<LocalDate> {
        public ForLocalDate(DateBounds bounds) {
            super(bounds);
        }

        @Override
        protected LocalDate day(LocalDate value) {
            return value;
        }
    }

    @jakarta.enterprise.context.Dependent
    public static class ForOffsetDateTime extends SaneDateValidator<OffsetDateTime> {
        public ForOffsetDateTime(DateBounds bounds) {
            super(bounds);
        }

        @Override
        protected LocalDate day(OffsetDateTime value) {
            return value.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        }
    }
}
