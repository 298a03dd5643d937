package io.aftercare.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Every broken answer of a fuzz run, grouped by operation and kind, with the first request of each kind as its example. */
final class FuzzFindings {

    /** Java class names, stack frames or exception names: what a client must never see. */
    static final Pattern LEAK = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql|io\\.quarkus|io\\.vertx|io\\.smallrye|com\\.fasterxml|io\\.aftercare)\\.[A-Za-z]"
                    + "|[A-Za-z]Exception\\b|\\tat |\\bat [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(");

    private record Example(String request, String answer) {
    }

    private final Map<String, Map<String, Example>> byOperation = new TreeMap<>();
    private final Map<String, AtomicInteger> counts = new TreeMap<>();

    synchronized void add(String operation, String kind, String request, String answer) {
        Map<String, Example> kinds = byOperation.computeIfAbsent(operation, k -> new TreeMap<>());
        kinds.putIfAbsent(kind, new Example(request, answer));
        counts.computeIfAbsent(operation + "\u0000" + kind, k -> new AtomicInteger()).incrementAndGet();
    }

    boolean isEmpty() {
        return byOperation.isEmpty();
    }

    int operations() {
        return byOperation.size();
    }

    String report() {
        StringBuilder out = new StringBuilder();
        int total = counts.values().stream().mapToInt(AtomicInteger::get).sum();
        out.append(total).append(" broken answers in ").append(byOperation.size()).append(" operations:\n");
        byOperation.forEach((operation, kinds) -> {
            out.append("\n").append(operation).append('\n');
            kinds.forEach((kind, example) -> out.append("  - ").append(kind).append(" ×")
                    .append(counts.get(operation + "\u0000" + kind).get()).append("\n      e.g. ").append(example.request())
                    .append("\n      → ").append(example.answer()).append('\n'));
        });
        return out.toString();
    }
}
