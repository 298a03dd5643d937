package io.aftercare.persistence;

import io.aftercare.api.Keyset;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The clause and parameters a keyset list hands Panache; no database needed. */
class KeysetQueryTest {

    private static final UUID LAST = UUID.fromString("0190a5f2-7c1e-7000-8000-000000000001");

    @Test
    void noFiltersAndNoCursorIsOnlyTheOrder() {
        KeysetQuery query = KeysetQuery.ascending(null, null);
        assertEquals("order by id", query.query());
        assertEquals(Map.of(), query.parameters());
        assertEquals(Keyset.DEFAULT_LIMIT, query.limit());
    }

    @Test
    void givenFiltersAreJoinedWithTheirParameters() {
        KeysetQuery query = KeysetQuery.ascending(10, "")
                .and("kind = :kind", "kind", "INSTALL")
                .and("lendingPointId = :point or borrowingPointId = :point", "point", LAST)
                .and("escalatedAt is null");
        assertEquals("(kind = :kind) and (lendingPointId = :point or borrowingPointId = :point) and (escalatedAt is null) order by id",
                query.query());
        assertEquals(Map.of("kind", "INSTALL", "point", LAST), query.parameters());
    }

    @Test
    void ascendingCursorStartsAfterTheLastId() {
        KeysetQuery query = KeysetQuery.ascending(null, Keyset.cursorOf(LAST)).and("status = :status", "status", "OPEN");
        assertEquals("(id > :after) and (status = :status) order by id", query.query());
        assertEquals(Map.of("after", LAST, "status", "OPEN"), query.parameters());
    }

    @Test
    void descendingCursorStartsBeforeTheLastId() {
        KeysetQuery query = KeysetQuery.descending(null, Keyset.cursorOf(LAST));
        assertEquals("(id < :before) order by id desc", query.query());
        assertEquals(Map.of("before", LAST), query.parameters());
        assertEquals("order by id desc", KeysetQuery.descending(null, null).query());
    }

    @Test
    void ownOrderTakesTheCallersCursorCondition() {
        KeysetQuery query = KeysetQuery.orderedBy("nextAttemptAt, id", 5).and("nextAttemptAt > :afterTime", "afterTime", 1);
        assertEquals("(nextAttemptAt > :afterTime) order by nextAttemptAt, id", query.query());
        assertEquals(5, query.limit());
    }

    @Test
    void rowsFetchOneMoreThanTheLimitFromTheFirstRow() {
        KeysetQuery query = KeysetQuery.ascending(20, null).and("kind = :kind", "kind", "INSTALL");
        List<Object> calls = new ArrayList<>();
        List<String> rows = query.rows((where, params) -> {
            calls.add(where);
            calls.add(params);
            return recording(calls);
        });
        assertEquals(List.of("(kind = :kind) order by id", Map.of("kind", "INSTALL"), "page", 0, 21, "list"), calls);
        assertEquals(List.of(), rows);
    }

    /** A Panache query that records page(index, size) and list(). */
    @SuppressWarnings("unchecked")
    private static PanacheQuery<String> recording(List<Object> calls) {
        return (PanacheQuery<String>) Proxy.newProxyInstance(KeysetQueryTest.class.getClassLoader(), new Class<?>[]{PanacheQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "page" -> {
                        calls.add("page");
                        calls.add(args[0]);
                        calls.add(args[1]);
                        yield proxy;
                    }
                    case "list" -> {
                        calls.add("list");
                        yield List.of();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
