package io.aftercare.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Values for a schema: valid-shaped ones (so a request gets past the first check) and hostile ones (wrong types,
 * boundaries, absurd dates, injection strings). Every choice comes from the one seeded {@link Random}.
 */
final class FuzzInputs {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Written as a bare (invalid) JSON token after serialisation. */
    static final String RAW = "__raw__:";

    static final List<String> HOSTILE_TEXT = List.of(
            "<b>x</b>", "<script>alert(1)</script>", "' OR '1'='1", "'; drop table customer; --", "${jndi:ldap://x/a}",
            "../../etc/passwd", "..\\..\\windows\\win.ini", "a\u0000b", "\u0000", "😀🚐🔧", "\u202Eevil\u202C",
            "\u200F\u200E", "%00", "%s%n%x", "{{7*7}}", "\\u0000", "?", " ", "\t\n", "null", "undefined", "NaN",
            "-1", "1e309", "0x7fffffff", "\uFEFF", "𠜎𠜱𠝹", "Ω≈ç√", "\\", "\"", "{}", "[]", "true");
    static final List<String> BAD_DATES = List.of(
            "1900-01-01", "3026-12-31", "2026-02-30", "", "yesterday", "0000-00-00", "2026-13-01", "-999999999-01-01",
            "+999999999-12-31", "2026-1-1", "01/02/2026", "2026-02-29T25:61:61Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
            "2026-02-30T10:00:00+08:00", "2026-06-01T10:00:00+25:00", "2026-06-01 10:00");
    static final List<String> BAD_NUMBERS = List.of(
            RAW + "-1", RAW + "0", RAW + "-2147483649", RAW + "2147483648", RAW + "9223372036854775808",
            RAW + "1e309", RAW + "-1e309", RAW + "1e-400", RAW + "NaN", RAW + "Infinity", RAW + "0.000000001",
            RAW + "123456789012345678901234567890.12", RAW + "-0", RAW + "1.5");
    static final List<String> BAD_CURSORS = List.of("!!!", "AAAA", "eyJ4Ijp9", "bm90LWEtY3Vyc29y", "%%%", "null", "'",
            "eyJrIjoiMjAyNi0wMS0wMSIsImlkIjoiIn0", "x".repeat(1500), "\u0000", "../", "-1", "ZZZZ====");
    static final List<String> BAD_LIMITS = List.of("-1", "0", "1e9", "1000000000", "99999999999999999999", "abc", "", "1.5",
            "NaN", " 10", "0x10");
    static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "123",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "../../etc/passwd", "' OR '1'='1", "%00", "😀", "a".repeat(300),
            "00000000000000000000000000000000", "{id}", "null", " ");

    private final Random random;
    private int clock;
    private final FuzzContract contract;
    private final Function<String, String> ownId;

    /** {@code ownId} answers a real id of the fuzzed tenant for a field or parameter name, or null. */
    FuzzInputs(Random random, FuzzContract contract, Function<String, String> ownId) {
        this.random = random;
        this.contract = contract;
        this.ownId = ownId;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Starts the dates and times of a new body from tomorrow again. */
    void resetClock() {
        clock = random.nextInt(3);
    }

    /** A value that satisfies the schema as far as the contract says, with real ids where the name hints at one. */
    JsonNode valid(JsonNode rawSchema, String name, int depth) {
        JsonNode schema = contract.resolve(rawSchema);
        String type = FuzzContract.typeOf(schema);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 5) {
                    return object;
                }
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
                    String property = names.next();
                    if (required.contains(property) || chance(0.6)) {
                        JsonNode propertySchema = schema.path("properties").get(property);
                        if (propertySchema.path("readOnly").asBoolean(false)) {
                            continue;
                        }
                        // An optional reference to nothing known would only be refused: leave it out.
                        if (!required.contains(property) && property.endsWith("Id") && ownId.apply(property) == null
                                || !required.contains(property) && property.endsWith("Ids") && ownId.apply(singular(property)) == null) {
                            continue;
                        }
                        object.set(property, valid(propertySchema, property, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int min = Math.max(1, schema.path("minItems").asInt(1));
                int max = schema.path("maxItems").asInt(3);
                for (int i = 0; i < Math.min(min, Math.max(max, 1)); i++) {
                    array.add(valid(schema.path("items"), singular(name), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                if ("version".equals(name)) {
                    return NODES.numberNode(0);
                }
                return NODES.numberNode(Math.max(schema.path("minimum").asLong(1), Math.min(1, schema.path("maximum").asLong(100))));
            }
            case "number" -> {
                JsonNode example = example(schema);
                if (example != null && example.isNumber()) {
                    return example;
                }
                return NODES.numberNode(Math.max(schema.path("minimum").asDouble(1), 1));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return TextNode.valueOf(validText(schema, name));
            }
        }
    }

    private String validText(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        String lower = name == null ? "" : name.toLowerCase();
        if (format.equals("uuid") || lower.endsWith("id") && schema.path("pattern").asText("").contains("a-fA-F0-9")) {
            String id = ownId.apply(name);
            return id != null ? id : UUID.randomUUID().toString();
        }
        // Dates and times of one body follow each other (start before end, first day before last day).
        if (format.equals("date")) {
            return LocalDate.now().plusDays(1 + ++clock).toString();
        }
        if (format.equals("date-time")) {
            return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).withHour(9).plusHours(2L * ++clock)
                    .truncatedTo(ChronoUnit.MINUTES).toString();
        }
        if (format.equals("email")) {
            return "fuzz" + random.nextInt(100000) + "@example.com";
        }
        if (format.contains("time")) {
            return "08:30";
        }
        JsonNode example = example(schema);
        if (example != null && example.isTextual()) {
            return example.asText();
        }
        String pattern = schema.path("pattern").asText("");
        if (lower.contains("month") || pattern.contains("\\d{4}-")) {
            return pattern.contains("-\\d{2}-") ? LocalDate.now().toString() : LocalDate.now().toString().substring(0, 7);
        }
        if (pattern.startsWith("^\\d") || pattern.startsWith("^-?\\d") || lower.contains("amount") || lower.contains("fee")
                || lower.contains("salary") || lower.contains("rate")) {
            return "12.50";
        }
        if (lower.contains("phone")) {
            return "139" + (10_000_000 + random.nextInt(89_999_999));
        }
        int min = schema.path("minLength").asInt(1);
        String text = "fuzz" + Integer.toString(random.nextInt(1 << 20), 36);
        while (text.length() < min) {
            text = text + "x";
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static JsonNode example(JsonNode schema) {
        if (schema.has("examples") && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        return schema.get("example");
    }

    /** A hostile replacement for a value of the schema: wrong type, boundary, absurd date, injection, another id. */
    JsonNode hostile(JsonNode rawSchema, String name, List<String> foreignIds) {
        JsonNode schema = contract.resolve(rawSchema);
        String type = FuzzContract.typeOf(schema);
        String format = schema.path("format").asText("");
        int roll = random.nextInt(10);
        if (roll == 0) {
            return pick(List.of(NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(), NODES.booleanNode(true),
                    NODES.arrayNode().add(NODES.objectNode()), NODES.numberNode(7)));
        }
        if (roll == 1) {
            return TextNode.valueOf(pick(List.of("x".repeat(10_001), "漢".repeat(12_000), "😀".repeat(5_000), "", " ")));
        }
        switch (type) {
            case "integer", "number" -> {
                if (chance(0.7)) {
                    return TextNode.valueOf(pick(BAD_NUMBERS));
                }
                return TextNode.valueOf(pick(List.of("12", "abc", "", "1e3", "NaN")));
            }
            case "boolean" -> {
                return pick(List.of(TextNode.valueOf("yes"), TextNode.valueOf("true"), NODES.numberNode(1), TextNode.valueOf("")));
            }
            case "array" -> {
                ArrayNode many = NODES.arrayNode();
                if (chance(0.3)) {
                    for (int i = 0; i < 1001; i++) {
                        many.add(valid(schema.path("items"), singular(name), 9));
                    }
                    return many;
                }
                if (chance(0.5)) {
                    many.add(hostile(schema.path("items"), singular(name), foreignIds));
                    return many;
                }
                return pick(List.of(NODES.objectNode(), TextNode.valueOf("a,b"), many.add(NODES.nullNode())));
            }
            case "object" -> {
                return pick(List.of(NODES.arrayNode(), TextNode.valueOf("{}"), NODES.numberNode(1)));
            }
            default -> {
                if (schema.has("enum")) {
                    return TextNode.valueOf(pick(List.of("NOT_A_VALUE", "", "manager", "open", " OPEN", "OPEN\u0000", "<b>x</b>")));
                }
                if (format.equals("uuid") || (name != null && name.endsWith("Id"))) {
                    List<String> ids = new ArrayList<>(BAD_IDS);
                    ids.add(UUID.randomUUID().toString());
                    if (!foreignIds.isEmpty()) {
                        ids.add(pick(foreignIds));
                        ids.add(pick(foreignIds));
                    }
                    return TextNode.valueOf(pick(ids));
                }
                if (format.startsWith("date") || (name != null && (name.toLowerCase().contains("date") || name.toLowerCase().endsWith("day")
                        || name.endsWith("At") || name.equals("start") || name.equals("end") || name.toLowerCase().contains("month")))) {
                    return TextNode.valueOf(pick(BAD_DATES));
                }
                return TextNode.valueOf(pick(HOSTILE_TEXT));
            }
        }
    }

    /** Query or path text for a parameter: hostile for its kind. */
    String hostileParam(String name, JsonNode rawSchema, List<String> foreignIds) {
        JsonNode schema = contract.resolve(rawSchema);
        String lower = name.toLowerCase();
        if (lower.equals("limit")) {
            return pick(BAD_LIMITS);
        }
        if (lower.equals("cursor")) {
            return pick(BAD_CURSORS);
        }
        if (schema.has("enum")) {
            return pick(List.of("NOT_A_VALUE", "", "open", "<b>x</b>", "OPEN,CLOSED", "%00"));
        }
        if (schema.path("format").asText("").startsWith("date") || lower.equals("from") || lower.equals("to")
                || lower.contains("month") || lower.contains("day") || lower.contains("due")) {
            return pick(BAD_DATES);
        }
        if (lower.endsWith("id") || schema.path("format").asText("").equals("uuid")) {
            List<String> ids = new ArrayList<>(BAD_IDS);
            ids.add(UUID.randomUUID().toString());
            if (!foreignIds.isEmpty()) {
                ids.add(pick(foreignIds));
            }
            return pick(ids);
        }
        String type = FuzzContract.typeOf(schema);
        if (type.equals("integer") || type.equals("number")) {
            return pick(BAD_LIMITS);
        }
        if (type.equals("boolean")) {
            return pick(List.of("yes", "1", "", "TRUE ", "null"));
        }
        List<String> text = new ArrayList<>(HOSTILE_TEXT);
        text.add("x".repeat(1500));
        return pick(text);
    }

    /** Valid query or path text for a parameter. */
    String validParam(String name, JsonNode schema) {
        JsonNode value = valid(schema, name, 0);
        if (name.equalsIgnoreCase("limit")) {
            return String.valueOf(1 + random.nextInt(50));
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String singular(String name) {
        if (name == null) {
            return null;
        }
        if (name.endsWith("ies")) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("Ids")) {
            return name.substring(0, name.length() - 1);
        }
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    static JsonNode rawNumber(String text) {
        return new DecimalNode(new BigDecimal(text));
    }
}
