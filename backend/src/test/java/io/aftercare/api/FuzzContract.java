package io.aftercare.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The operations of the published contract (openapi/openapi.yaml), with their parameters and body schemas resolved. */
final class FuzzContract {

    static final Path PUBLISHED = Path.of("..", "openapi", "openapi.yaml");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    record Param(String in, String name, boolean required, JsonNode schema) {
    }

    /** One operation; {@code bodyType} is json, csv, binary or null (no body). */
    record Operation(String method, String path, String id, List<Param> params, String bodyType, List<String> mediaTypes,
                     JsonNode bodySchema) {

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return id + " (" + method + " " + path + ")";
        }
    }

    private final JsonNode root;

    FuzzContract() throws IOException {
        // SnakeYAML (under Jackson's YAML module) with YAML 1.1's timestamps and sexagesimals left as text.
        Resolver plain = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(Tag.INT, java.util.regex.Pattern.compile("^[-+]?(0|[1-9][0-9]*)$"), "-+0123456789");
                addImplicitResolver(Tag.FLOAT, java.util.regex.Pattern.compile("^[-+]?[0-9]+\\.[0-9]+([eE][-+]?[0-9]+)?$"), "-+0123456789");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50_000_000);
        Object tree = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options, plain)
                .load(Files.readString(PUBLISHED));
        this.root = new ObjectMapper().valueToTree(tree);
    }

    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode source : List.of(path.getValue().path("parameters"), op.path("parameters"))) {
                    for (JsonNode p : source) {
                        JsonNode param = resolve(p);
                        params.add(new Param(param.path("in").asText(), param.path("name").asText(),
                                param.path("required").asBoolean(false), resolve(param.path("schema"))));
                    }
                }
                String bodyType = null;
                JsonNode schema = null;
                List<String> media = new ArrayList<>();
                JsonNode content = op.path("requestBody").path("content");
                for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
                    media.add(names.next());
                }
                if (content.has("application/json")) {
                    bodyType = "json";
                    schema = content.path("application/json").path("schema");
                } else if (content.has("text/csv")) {
                    bodyType = "csv";
                } else if (!media.isEmpty()) {
                    bodyType = "binary";
                }
                ops.add(new Operation(method.toUpperCase(), path.getKey(), op.path("operationId").asText(), params, bodyType,
                        media, schema));
            }
        }
        return ops;
    }

    /** Follows $ref and merges allOf, so callers see one schema with type, properties and required. */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || schema.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        int hops = 0;
        while (schema.has("$ref") && hops++ < 20) {
            String ref = schema.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            if (schema.size() > 1 && target.isObject()) {
                ObjectNode merged = ((ObjectNode) target).deepCopy();
                schema.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("$ref")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                schema = merged;
            } else {
                schema = target;
            }
        }
        if (schema.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            ObjectNode props = merged.putObject("properties");
            var required = merged.putArray("required");
            for (JsonNode part : schema.get("allOf")) {
                JsonNode p = resolve(part);
                p.fields().forEachRemaining(f -> {
                    if (f.getKey().equals("properties")) {
                        props.setAll((ObjectNode) f.getValue());
                    } else if (f.getKey().equals("required")) {
                        required.addAll((com.fasterxml.jackson.databind.node.ArrayNode) f.getValue());
                    } else {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
            }
            schema.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("allOf")) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            schema = merged;
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice) && schema.get(choice).size() > 0) {
                JsonNode first = schema.get(choice).get(0);
                for (JsonNode option : schema.get(choice)) {
                    if (!"null".equals(option.path("type").asText())) {
                        first = option;
                        break;
                    }
                }
                return resolve(first);
            }
        }
        return schema;
    }

    /** The schema's type, guessed from its shape when not stated. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "string";
    }
}
