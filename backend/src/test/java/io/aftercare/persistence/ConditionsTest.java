package io.aftercare.persistence;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The where clause and parameters a query gets from its conditions; no database needed. */
class ConditionsTest {

    @Test
    void noConditionIsOnlyTheOrder() {
        Conditions where = new Conditions();
        assertEquals("order by id", where.query("order by id"));
        assertEquals(Map.of(), where.parameters());
    }

    @Test
    void alternativesAreOneConditionJoinedWithOr() {
        Conditions.Alternatives matches = Conditions.anyOf("name like :name", "name", "%wang%")
                .or("phoneDigits = :phone0", "phone0", "138")
                .or("phoneDigits = :phone1", "phone1", "86138");
        Conditions where = new Conditions().and("kind = :kind", "kind", "PERSON").and(matches);
        assertEquals("(kind = :kind) and ((name like :name) or (phoneDigits = :phone0) or (phoneDigits = :phone1)) order by id",
                where.query("order by id"));
        assertEquals(Map.of("kind", "PERSON", "name", "%wang%", "phone0", "138", "phone1", "86138"), where.parameters());
    }

    @Test
    void oneAlternativeIsThatCondition() {
        Conditions where = new Conditions().and(Conditions.anyOf("id = :id", "id", 7));
        assertEquals("((id = :id)) order by id", where.query("order by id"));
        assertEquals(Map.of("id", 7), where.parameters());
    }

    @Test
    void parametersComeInPairs() {
        assertThrows(IllegalArgumentException.class, () -> Conditions.anyOf("id = :id", "id"));
        assertThrows(IllegalArgumentException.class, () -> new Conditions().and("id = :id", "id"));
    }
}
