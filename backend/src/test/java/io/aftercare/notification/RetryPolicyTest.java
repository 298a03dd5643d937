package io.aftercare.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failed tries wait twice as long each time, never longer than the maximum, and end after the last allowed try. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(15), 20);

    @Test
    void waitsDoubleFromTheInitialDelayUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(10), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(20), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(640), policy.delayAfter(7));
        assertEquals(Duration.ofMinutes(15), policy.delayAfter(8));
        assertEquals(Duration.ofMinutes(15), policy.delayAfter(19));
        assertEquals(Duration.ofMinutes(15), policy.delayAfter(1000), "no overflow however many tries");
    }

    @Test
    void givesUpAfterTheLastAllowedTry() {
        assertFalse(policy.givesUpAfter(19));
        assertTrue(policy.givesUpAfter(20));
    }

    @Test
    void refusesAnInitialDelayBeyondTheMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofHours(1), Duration.ofMinutes(15), 20));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(15), 20));
    }
}
