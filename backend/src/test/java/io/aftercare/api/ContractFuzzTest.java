package io.aftercare.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercare.api.FuzzContract.Operation;
import io.aftercare.api.FuzzContract.Param;
import io.aftercare.support.OwnerDatabase;
import io.aftercare.support.TestCustomers;
import io.aftercare.support.TestInstallers;
import io.aftercare.support.TestOrders;
import io.aftercare.support.TestTenants;
import io.aftercare.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends thousands of malformed, boundary and hostile requests, generated from openapi/openapi.yaml with a fixed
 * seed, to every operation as every role, and checks the whole class of answers: never a 5xx, every 4xx an RFC 9457
 * problem, a 400 names its field, no answer shows Java internals, and another tenant's id never answers 2xx.
 * All failures are collected and reported together, grouped by operation.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = Long.getLong("aftercare.fuzz.seed", 20261204L);
    private static final int PER_OPERATION = Integer.getInteger("aftercare.fuzz.per-operation", 17);
    /** Operations whose effect reaches beyond the request (Keycloak accounts, a whole tenant): fuzzed only with input that must be refused before that. */
    private static final Set<String> EXTERNAL_EFFECTS = Set.of("createUser", "updateUser", "deleteUser", "createTenant",
            "createIntegrationClient", "deleteIntegrationClient",
            // suspending the fuzzed tenant would turn every later request into 403 tenant-suspended
            "suspendTenant");
    private static final Map<String, List<String>> ALIASES = Map.of(
            "personId", List.of("installerId", "staffUserId", "userId"),
            "userId", List.of("staffUserId", "installerId"),
            "staffUserId", List.of("installerId", "userId"),
            "toolIssueId", List.of("toolId"),
            "entryId", List.of("disciplineEntryId"),
            "claimId", List.of("expenseClaimId"),
            "breachId", List.of("promiseBreachId"));

    @Inject
    TestTenants tenants;

    @TestHTTPResource("/")
    URI base;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final FuzzFindings findings = new FuzzFindings();
    private final Map<String, Integer> byRole = new ConcurrentSkipListMap<>();
    private final Map<Integer, Integer> byStatus = new ConcurrentSkipListMap<>();
    private final Map<String, Integer> byStrategy = new ConcurrentSkipListMap<>();
    private Set<String> pathParamNames;

    /** Ids seen in answers to each tenant, by the parameter or field name they fill. */
    private final Map<String, List<String>> idsOfA = new HashMap<>();
    private final Map<String, List<String>> idsOfB = new HashMap<>();
    private final Set<String> foreignIds = new HashSet<>();
    private final List<String> foreignIdList = new ArrayList<>();
    private Map<String, List<String>> current = idsOfA;
    private final AtomicInteger requestCount = new AtomicInteger();
    private volatile boolean harvesting = true;
    private final Map<String, Map<Integer, Integer>> reached = new ConcurrentHashMap<>();
    private final Map<String, String> firstAnswer = new ConcurrentHashMap<>();

    private Random random;
    private FuzzContract contract;
    private FuzzInputs inputs;

    /** A caller: a role of tenant A (or none), whose token is renewed now and then to stay under the per-caller rate limit. */
    private static final class Caller {
        final String role;
        final UUID tenant;
        final Supplier<String> signer;
        String token;
        int uses;

        Caller(String role, UUID tenant, Supplier<String> signer) {
            this.role = role;
            this.tenant = tenant;
            this.signer = signer;
        }

        synchronized String token() {
            if (signer == null) {
                return null;
            }
            if (token == null || ++uses % 40 == 0) {
                token = signer.get();
            }
            return token;
        }
    }

    private record Request(Operation op, Caller caller, String strategy, String path, String contentType, byte[] body,
                           boolean foreign, Map<String, String> headers) {
        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            text = text.length() > 240 ? text.substring(0, 240) + "…(" + text.length() + " chars)" : text;
            return "[" + caller.role + "] " + op.method() + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path)
                    + (contentType == null ? "" : " (" + contentType + ")") + (text.isEmpty() ? "" : " " + text.replace("\n", "\\n"));
        }
    }

    @Test
    void noInputAnswers5xxOrLeaksInternalsOrCrossesTenants() throws Exception {
        long started = System.nanoTime();
        random = new Random(SEED);
        contract = new FuzzContract();
        inputs = new FuzzInputs(random, contract, this::ownId);
        List<Operation> operations = contract.operations();
        pathParamNames = new HashSet<>();
        operations.forEach(op -> op.in("path").forEach(p -> pathParamNames.add(p.name())));

        UUID a = tenants.create();
        UUID b = tenants.create();
        seedTenant(b, idsOfB);
        idsOfB.values().forEach(ids -> ids.forEach(id -> {
            if (id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}") && foreignIds.add(id)) {
                foreignIdList.add(id);
            }
        }));
        Map<String, Caller> callers = seedTenant(a, idsOfA);
        current = idsOfA;

        // Which callers get past authorization at all: one valid-shaped request per operation and caller.
        Map<String, List<Caller>> admitted = new HashMap<>();
        for (Operation op : operations) {
            List<Caller> in = new ArrayList<>();
            for (Caller caller : callers.values()) {
                if (EXTERNAL_EFFECTS.contains(op.id())) {
                    continue;
                }
                int status = send(validRequest(op, caller, "probe"));
                if (status != 401 && status != 403 && status != 429) {
                    in.add(caller);
                }
            }
            admitted.put(op.id(), in);
        }

        List<Operation> ordered = new ArrayList<>(operations);
        ordered.sort(Comparator.comparing((Operation op) -> op.method().equals("DELETE")));
        List<Caller> everyone = new ArrayList<>(callers.values());
        harvesting = false;
        List<Request> fuzz = new ArrayList<>();
        for (Operation op : ordered) {
            List<String> strategies = strategiesFor(op);
            List<Caller> in = admitted.get(op.id());
            for (int i = 0; i < PER_OPERATION; i++) {
                String strategy = i < strategies.size() ? strategies.get(i) : inputs.pick(strategies);
                Caller caller = !in.isEmpty() && inputs.chance(0.85) ? inputs.pick(in) : inputs.pick(everyone);
                fuzz.add(build(op, caller, strategy));
            }
        }
        // Generated in one thread from the seed; sent by a few at once, deletions last.
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            int split = (int) fuzz.stream().filter(r -> !r.op().method().equals("DELETE")).count();
            for (List<Request> batch : List.of(fuzz.subList(0, split), fuzz.subList(split, fuzz.size()))) {
                List<Future<?>> sent = new ArrayList<>();
                for (Request r : batch) {
                    sent.add(senders.submit(() -> send(r)));
                }
                for (Future<?> f : sent) {
                    f.get();
                }
            }
        } finally {
            senders.shutdownNow();
        }

        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        int requests = requestCount.get();
        System.out.printf("Contract fuzz: %d requests over %d operations in %d s (seed %d)%n  by role: %s%n  by status: %s%n  by input: %s%n",
                requests, operations.size(), seconds, SEED, byRole, byStatus, byStrategy);
        reached.forEach((op, statuses) -> {
            if (statuses.keySet().stream().noneMatch(st -> st < 300)) {
                System.out.println("  no valid-shaped request got through: " + op + " " + statuses + " " + firstAnswer.get(op));
            }
        });
        if (!findings.isEmpty()) {
            System.out.println(findings.report());
        }
        assertTrue(requests >= 5000, "only " + requests + " requests were sent");
        assertTrue(findings.isEmpty(), findings.report());
    }

    // ---- arranging two tenants with real data ------------------------------------------------------------------

    private Map<String, Caller> seedTenant(UUID tenant, Map<String, List<String>> ids) throws Exception {
        current = ids;
        String manager = Tokens.manager(tenant);
        UUID customer = TestCustomers.customer(tenant);
        remember(ids, "customerId", customer.toString());
        remember(ids, "assetId", TestCustomers.asset(tenant, customer).toString());
        UUID installer = TestInstallers.installer(tenant, manager);
        remember(ids, "installerId", installer.toString());
        String slug = "t-" + tenant.toString().substring(24);
        remember(ids, "tenantSlug", slug);
        remember(ids, "tenantId", tenant.toString());
        remember(ids, "month", OffsetDateTime.now().toString().substring(0, 7));
        remember(ids, "workOrderId", TestOrders.create(Tokens.of(tenant, "dispatcher"), customer, "REPAIR",
                OffsetDateTime.now().plusDays(1)));
        remember(ids, "workOrderId", TestOrders.workDone(tenant, customer, "INSTALLATION").id());
        remember(ids, "workOrderId", TestOrders.filed(tenant, customer, "REPAIR").id());

        Map<String, Caller> callers = new LinkedHashMap<>();
        callers.put("manager", new Caller("manager", tenant, () -> Tokens.manager(tenant)));
        callers.put("dispatcher", new Caller("dispatcher", tenant, () -> Tokens.of(tenant, "dispatcher")));
        callers.put("installer", new Caller("installer", tenant,
                () -> Tokens.claims(tenant, "installer").subject(installer.toString()).sign()));

        // Two rounds of valid-shaped creating requests by the office: the second uses the ids the first made.
        for (int round = 0; round < 2; round++) {
            for (Operation op : contract.operations()) {
                if (op.method().equals("POST") && !EXTERNAL_EFFECTS.contains(op.id()) && !op.path().endsWith("}")) {
                    send(validRequest(op, inputs.chance(0.5) ? callers.get("manager") : callers.get("dispatcher"), "seed"));
                }
            }
            for (Operation op : contract.operations()) {
                if (op.method().equals("GET") && op.in("path").isEmpty()) {
                    send(validRequest(op, callers.get("manager"), "seed"));
                }
            }
        }

        String partner = first(ids, "partnerId");
        UUID partnerStaff = OwnerDatabase.insertStaff(tenant, "fp-" + UUID.randomUUID().toString().substring(0, 8), "partner");
        if (partner != null) {
            send(new Request(opById("linkPartnerStaff"), callers.get("manager"), "seed",
                    "/api/v1/partners/" + partner + "/staff", "application/json",
                    ("{\"staffUserId\":\"" + partnerStaff + "\"}").getBytes(StandardCharsets.UTF_8), false, Map.of()));
        }
        callers.put("partner", new Caller("partner", tenant, () -> Tokens.claims(tenant, "partner").subject(partnerStaff.toString()).sign()));
        callers.put("customer", new Caller("customer", tenant,
                () -> Tokens.claims(tenant, "customer").claim("customer_id", customer.toString()).sign()));
        callers.put("integration", new Caller("integration", tenant, () -> Tokens.of(tenant, "integration")));
        callers.put("platform-admin", new Caller("platform-admin", null, Tokens::platformAdmin));
        callers.put("anonymous", new Caller("anonymous", null, null));
        return callers;
    }

    private Operation opById(String id) {
        return contract.operations().stream().filter(op -> op.id().equals(id)).findFirst().orElseThrow();
    }

    private static void remember(Map<String, List<String>> ids, String name, String value) {
        if (value == null || value.isBlank() || value.length() > 100) {
            return;
        }
        List<String> list = ids.computeIfAbsent(name, k -> new ArrayList<>());
        if (!list.contains(value) && list.size() < 20) {
            list.add(value);
        }
    }

    private static String first(Map<String, List<String>> ids, String name) {
        List<String> list = ids.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** A real id of the tenant being worked in for a field or parameter name (customerId, leadInstallerId, …). */
    private String ownId(String name) {
        if (name == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(name);
        candidates.addAll(ALIASES.getOrDefault(name, List.of()));
        if (name.endsWith("Ids")) {
            candidates.add(name.substring(0, name.length() - 1));
        }
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) {
                candidates.add(Character.toLowerCase(name.charAt(i)) + name.substring(i + 1));
            }
        }
        for (String candidate : candidates) {
            List<String> list = current.get(candidate);
            if (list != null && !list.isEmpty()) {
                return inputs.pick(list);
            }
        }
        return null;
    }

    /** Collects ids from an answer: {@code id} of an object named by its context, and fields named like a path parameter. */
    private void harvest(JsonNode node, String context) {
        if (node.isArray()) {
            node.forEach(item -> harvest(item, context));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("id").isTextual() && context != null) {
            remember(current, context + "Id", node.get("id").asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isTextual() && (pathParamNames.contains(name) || name.endsWith("Id"))) {
                remember(current, name, value.asText());
            } else if (value.isContainerNode()) {
                harvest(value, name.equals("items") ? context : FuzzInputs.singular(name));
            }
        }
    }

    /** The kind of object a path answers: its last literal segment in camelCase, singular (service-requests → serviceRequest). */
    private static String contextOf(String template) {
        String[] segments = template.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty() && !segments[i].startsWith("{")) {
                StringBuilder camel = new StringBuilder();
                boolean upper = false;
                for (char c : segments[i].replaceAll("\\..*$", "").toCharArray()) {
                    if (c == '-') {
                        upper = true;
                    } else {
                        camel.append(upper ? Character.toUpperCase(c) : c);
                        upper = false;
                    }
                }
                return FuzzInputs.singular(camel.toString());
            }
        }
        return null;
    }

    // ---- building requests -------------------------------------------------------------------------------------

    private List<String> strategiesFor(Operation op) {
        List<String> list = new ArrayList<>();
        boolean external = EXTERNAL_EFFECTS.contains(op.id());
        if (!external) {
            list.add("valid");
        }
        for (Param p : op.in("path")) {
            list.add("path-hostile:" + p.name());
            list.add("path-foreign:" + p.name());
            list.add("path-random:" + p.name());
        }
        for (Param p : op.in("query")) {
            list.add("query:" + p.name());
        }
        if ("json".equals(op.bodyType())) {
            list.add("body-structure");
            list.add("content-type");
            list.add("body-missing-required");
            if (!external) {
                list.add("body-unknown-field");
                for (int i = 0; i < 6; i++) {
                    list.add("body-mutate");
                }
            }
        } else if ("csv".equals(op.bodyType())) {
            list.add("csv");
            list.add("csv");
            list.add("content-type");
        } else if ("binary".equals(op.bodyType())) {
            list.add("binary");
            list.add("content-type");
        }
        // A header value that happens to be valid would let an otherwise valid body through: operations with effects
        // in Keycloak never get one (a real account such as the demo's ns.manager must not appear in the shared realm).
        if (!op.in("header").isEmpty() && !external) {
            list.add("header");
        }
        if (!external) {
            // Same reason as the header: an Accept the server tolerates would let a valid body create an account.
            list.add("accept");
        }
        list.add("method");
        if (list.isEmpty()) {
            list.add("valid");
        }
        return list;
    }

    private Request validRequest(Operation op, Caller caller, String strategy) {
        return build(op, caller, strategy.equals("seed") || strategy.equals("probe") ? strategy : "valid");
    }

    private Request build(Operation op, Caller caller, String strategy) {
        String kind = strategy.contains(":") ? strategy.substring(0, strategy.indexOf(':')) : strategy;
        String target = strategy.contains(":") ? strategy.substring(strategy.indexOf(':') + 1) : null;
        boolean external = EXTERNAL_EFFECTS.contains(op.id());
        boolean foreign = false;

        inputs.resetClock();
        String path = op.path();
        for (Param p : op.in("path")) {
            String value;
            if (p.name().equals(target) && kind.equals("path-hostile")) {
                value = inputs.hostileParam(p.name(), p.schema(), List.of());
            } else if (p.name().equals(target) && kind.equals("path-foreign")) {
                value = foreignFor(p.name());
                foreign = foreignIds.contains(value);
            } else if (p.name().equals(target) && kind.equals("path-random") || external) {
                value = p.name().equals("month") ? "2026-13" : UUID.randomUUID().toString();
            } else {
                String own = ownId(p.name());
                value = own != null ? own : inputs.validParam(p.name(), p.schema());
            }
            path = path.replace("{" + p.name() + "}", encode(value.isEmpty() ? " " : value));
        }
        StringBuilder query = new StringBuilder();
        for (Param p : op.in("query")) {
            String value = null;
            if (p.name().equals(target) && kind.equals("query")) {
                value = inputs.hostileParam(p.name(), p.schema(), foreignIdList);
                foreign |= foreignIds.contains(value);
            } else if (p.required() || inputs.chance(0.4)) {
                String own = p.name().endsWith("Id") ? ownId(p.name()) : null;
                value = own != null ? own : inputs.validParam(p.name(), p.schema());
            }
            if (value != null) {
                query.append(query.isEmpty() ? "?" : "&").append(encode(p.name())).append('=').append(encode(value));
            }
        }
        if (kind.equals("query") && inputs.chance(0.2)) {
            query.append(query.isEmpty() ? "?" : "&").append("limit=5&limit=abc&unknownParam=%3Cb%3E");
        }
        path = path + query;

        String contentType = null;
        byte[] body = null;
        if ("json".equals(op.bodyType())) {
            contentType = "application/json";
            JsonNode valid = inputs.valid(op.bodySchema(), null, 0);
            String text = write(valid);
            switch (kind) {
                case "body-structure" -> text = inputs.pick(List.of("{\"a\":", "[]", "[" + text + "]", "\"text\"", "null", "",
                        "{", "}", "{}}", "1", "true", "{\"a\":1,}", "{'a':1}", text + "garbage", text.replaceFirst("\\{", "{\"\u0000\":0,"),
                        "[".repeat(5000) + "]".repeat(5000), "{\"x\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
                        "\uFEFF" + text, "{\"a\":\"\\ud800\"}"));
                case "content-type" -> contentType = inputs.pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json; charset=latin-999", "image/png", "*/*", ""));
                case "body-missing-required" -> {
                    if (valid instanceof ObjectNode object) {
                        List<String> required = new ArrayList<>();
                        contract.resolve(op.bodySchema()).path("required").forEach(r -> required.add(r.asText()));
                        if (external || required.isEmpty() || inputs.chance(0.3)) {
                            required.forEach(object::remove);
                        } else {
                            object.remove(inputs.pick(required));
                        }
                        text = write(object);
                    }
                }
                case "body-unknown-field" -> {
                    if (valid instanceof ObjectNode object) {
                        object.put(inputs.pick(List.of("unknownField", "tenantId", "id", "__proto__", "version2", "")), "<b>x</b>");
                        text = write(object);
                    }
                }
                case "body-mutate" -> {
                    Mutated m = mutate(valid, contract.resolve(op.bodySchema()));
                    foreign |= m.foreign;
                    text = write(valid);
                }
                default -> {
                }
            }
            body = text.getBytes(StandardCharsets.UTF_8);
        } else if ("csv".equals(op.bodyType())) {
            contentType = "text/csv";
            String text = kind.equals("csv") ? inputs.pick(List.of("", "\n", "name,phone\n", "a,b,c\n\"unterminated\n",
                    "phone,name\n" + "1,2\n".repeat(3), "\u0000\u0001\u0002", "name,phone\n" + "x".repeat(20_000) + ",1\n",
                    "serialNumber,productCode,customerPhone\n<b>x</b>,' OR '1'='1,${jndi:ldap://x}\n",
                    "kind,name,phone\nPERSON,王芳,138 1234 5678\nPERSON,?,1\nNOT_A_KIND,x,x\n", "\uFEFFname;phone\n;;;\n"))
                    : "kind,name,phone\nPERSON,Fuzz,139" + (10_000_000 + random.nextInt(89_999_999)) + "\n";
            body = text.getBytes(StandardCharsets.UTF_8);
        } else if ("binary".equals(op.bodyType())) {
            contentType = inputs.pick(op.mediaTypes());
            byte[] bytes = new byte[kind.equals("binary") ? random.nextInt(2000) : 64];
            random.nextBytes(bytes);
            body = bytes;
        }
        if (kind.equals("content-type") && !"json".equals(op.bodyType())) {
            contentType = inputs.pick(List.of("application/json", "text/plain", "application/octet-stream", "text/html"));
        }
        if (contentType != null && contentType.isEmpty()) {
            contentType = null;
        }
        Map<String, String> headers = new HashMap<>();
        if (kind.equals("accept")) {
            headers.put("Accept", inputs.pick(List.of("application/xml", "text/html", "image/png", "application/json;q=0, */*;q=0",
                    "garbage/", "*/*; charset=utf-7")));
        }
        if (kind.equals("header")) {
            headers.put("Idempotency-Key", inputs.pick(List.of("x".repeat(300), "with space", "ключ", "<b>x</b>", "a\tb", "")));
        }
        return new Request(op, caller, strategy.startsWith("body-mutate") ? "body-mutate" : kind, path, contentType, body,
                foreign, headers);
    }

    private record Mutated(boolean foreign) {
    }

    /** Replaces one field somewhere in a valid body with a hostile value (or removes or adds one). */
    private Mutated mutate(JsonNode valid, JsonNode schema) {
        if (!(valid instanceof ObjectNode object) || object.isEmpty()) {
            return new Mutated(false);
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = inputs.pick(names);
        JsonNode propertySchema = contract.resolve(schema.path("properties").path(name));
        JsonNode value = object.get(name);
        if (value instanceof ObjectNode && inputs.chance(0.6)) {
            return mutate(value, propertySchema);
        }
        if (value.isArray() && value.size() > 0 && value.get(0) instanceof ObjectNode && inputs.chance(0.5)) {
            return mutate(value.get(0), contract.resolve(propertySchema.path("items")));
        }
        JsonNode hostile = inputs.hostile(propertySchema, name, foreignIdList);
        object.set(name, hostile);
        return new Mutated(hostile.isTextual() && foreignIds.contains(hostile.asText()));
    }

    private String foreignFor(String name) {
        Map<String, List<String>> saved = current;
        current = idsOfB;
        try {
            String id = ownId(name);
            return id != null ? id : foreignIdList.isEmpty() ? UUID.randomUUID().toString() : inputs.pick(foreignIdList);
        } finally {
            current = saved;
        }
    }

    private String write(JsonNode node) {
        try {
            String text = json.writeValueAsString(node);
            return text.replaceAll("\"" + FuzzInputs.RAW + "([^\"]*)\"", "$1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- sending and judging -----------------------------------------------------------------------------------

    private int send(Request r) {
        requestCount.incrementAndGet();
        byRole.merge(r.caller().role, 1, Integer::sum);
        byStrategy.merge(r.strategy(), 1, Integer::sum);
        HttpResponse<String> answer;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + r.path()))
                    .timeout(Duration.ofSeconds(30))
                    .method(r.strategy().equals("method") ? otherMethod(r.op()) : r.op().method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            if (r.contentType() != null) {
                request.header("Content-Type", r.contentType());
            }
            String token = r.caller().token();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            r.headers().forEach(request::header);
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException invalidUri) {
            requestCount.decrementAndGet();
            return -1;
        } catch (Exception e) {
            findings.add(r.op().toString(), "no answer: " + e.getClass().getSimpleName(), r.describe(), String.valueOf(e.getMessage()));
            return -1;
        }
        int status = answer.statusCode();
        byStatus.merge(status, 1, Integer::sum);
        judge(r, status, answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        if (Set.of("valid", "probe", "seed").contains(r.strategy()) && r.caller().tenant != null) {
            reached.computeIfAbsent(r.op().toString(), k -> new ConcurrentHashMap<>()).merge(status, 1, Integer::sum);
            if (status >= 300) {
                firstAnswer.putIfAbsent(r.op().toString(), r.describe() + " → " + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
        }
        if (harvesting && status >= 200 && status < 300 && r.caller().tenant != null && answer.headers().firstValue("Content-Type").orElse("").contains("json")) {
            try {
                harvest(json.readTree(answer.body()), contextOf(r.op().path()));
                if (r.op().path().endsWith("}")) {
                    JsonNode node = json.readTree(answer.body());
                    String param = r.op().path().substring(r.op().path().lastIndexOf('{') + 1, r.op().path().length() - 1);
                    if (node.path("id").isTextual()) {
                        remember(current, param, node.get("id").asText());
                    }
                }
            } catch (Exception notJson) {
                // judged above
            }
        }
        return status;
    }

    /** A method the path does not document (a body is sent only if the operation takes one). */
    private String otherMethod(Operation op) {
        List<String> documented = contract.operations().stream().filter(o -> o.path().equals(op.path())).map(Operation::method).toList();
        List<String> others = new ArrayList<>(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"));
        others.removeAll(documented);
        return others.isEmpty() ? "TRACE" : others.get(Math.floorMod(op.id().hashCode(), others.size()));
    }

    private void judge(Request r, int status, String contentType, String body) {
        String op = r.op().toString();
        String answer = status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        if (status >= 500) {
            findings.add(op, status + " on " + r.strategy(), r.describe(), answer);
        }
        boolean binary = contentType.startsWith("application/pdf") || contentType.contains("spreadsheet")
                || contentType.startsWith("image/") || contentType.startsWith("video/") || contentType.contains("octet-stream");
        if (!binary && FuzzFindings.LEAK.matcher(body).find()) {
            var m = FuzzFindings.LEAK.matcher(body);
            m.find();
            findings.add(op, "internals leaked (" + m.group() + ") on " + r.strategy(), r.describe(), answer);
        }
        if (status >= 400 && status < 600) {
            JsonNode problem = null;
            if (!contentType.startsWith("application/problem+json")) {
                findings.add(op, status + " not problem+json on " + r.strategy(), r.describe(), answer);
            } else {
                try {
                    problem = json.readTree(body);
                } catch (Exception e) {
                    findings.add(op, status + " problem is not JSON on " + r.strategy(), r.describe(), answer);
                }
            }
            if (problem != null && (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                    || problem.path("status").asInt() != status)) {
                findings.add(op, status + " problem without type/title/status on " + r.strategy(), r.describe(), answer);
            }
            if (problem != null && status == 400) {
                JsonNode errors = problem.path("errors");
                boolean named = errors.isArray() && errors.size() > 0;
                for (JsonNode e : errors) {
                    named &= e.path("field").isTextual() && !e.path("field").asText().isBlank();
                }
                if (!named) {
                    findings.add(op, "400 without errors[].field on " + r.strategy(), r.describe(), answer);
                }
            }
        }
        if (r.foreign() && status >= 200 && status < 300 && r.caller().tenant != null
                && (!r.strategy().equals("query") || foreignIds.stream().anyMatch(id -> body.contains(id) && !r.path().contains(id)))) {
            findings.add(op, "another tenant's id answered " + status + " on " + r.strategy(), r.describe(), answer);
        }
    }
}
