package io.aftercare.dataimport;

import io.aftercare.problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** One kind of import file: its columns, and how a batch of its rows becomes master data. */
interface ImportFormat {

    DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    ImportDtos.ImportKind kind();

    /** Every column a file may have, as the header names them (lower case, words joined by underscores). */
    List<String> columns();

    Set<String> requiredColumns();

    /**
     * Imports a batch in the caller's transaction. {@code rows} map column to value (absent or null when empty).
     * Answers, per row in order, why it was not imported (empty when it was), each error naming a column.
     */
    List<List<FieldError>> importBatch(List<Map<String, String>> rows);

    /** Bean-validation violations of a row's request, each named by the column the violating property came from. */
    static <T> List<FieldError> violations(Validator validator, T request, Function<String, String> column) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(request)) {
            errors.add(new FieldError(column.apply(path(v.getPropertyPath())), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** A violation's JSON path, e.g. {@code contacts[0].phone}. */
    static String path(Path propertyPath) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : propertyPath) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            String name = node.getName() == null || node.getName().startsWith("<") ? "" : node.getName();
            if (node.isInIterable() && node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (!name.isEmpty()) {
                parts.add(name);
            }
        }
        return String.join(".", parts);
    }

    /** {@code serialNumber} → {@code serial_number}. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** A date as spreadsheets write it: 2026-03-05, 2026/3/5 or 2026.3.5. */
    static LocalDate date(Map<String, String> row, String column, List<FieldError> errors) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'), DATE);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(column, "a date like 2026-03-05"));
            return null;
        }
    }

    static Double number(Map<String, String> row, String column, List<FieldError> errors) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(column, "a number like 30.2741"));
        return null;
    }

    /** Adds the errors of {@code more} whose column has no error yet: a value that did not parse is reported once. */
    static void addNew(List<FieldError> errors, List<FieldError> more) {
        Set<String> reported = new java.util.HashSet<>();
        errors.forEach(e -> reported.add(e.field()));
        more.stream().filter(e -> !reported.contains(e.field())).forEach(errors::add);
    }
}
