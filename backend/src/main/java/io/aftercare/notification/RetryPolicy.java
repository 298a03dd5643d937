package io.aftercare.notification;

import java.time.Duration;

/**
 * When a message that failed is tried again: after the initial wait, doubling with each failure up to the
 * maximum, so a provider that is down for hours is asked rarely but nothing waits longer than the maximum once
 * it is back. After the last allowed try the message is given up (FAILED) until a manager retries it.
 */
final class RetryPolicy {

    /** 2^30 times any sensible initial wait is beyond any sensible maximum; stops the doubling from overflowing. */
    private static final int MAX_DOUBLINGS = 30;

    private final Duration initial;
    private final Duration max;
    private final int maxAttempts;

    RetryPolicy(Duration initial, Duration max, int maxAttempts) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff-initial must be positive and at most backoff-max: " + initial + ", " + max);
        }
        this.initial = initial;
        this.max = max;
        this.maxAttempts = maxAttempts;
    }

    static RetryPolicy of(NotificationConfig config) {
        return new RetryPolicy(config.backoffInitial(), config.backoffMax(), config.maxAttempts());
    }

    /** The wait after the given number of tries, all failed (1 or more). */
    Duration delayAfter(int attempts) {
        Duration delay = initial.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), MAX_DOUBLINGS));
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Whether a message that failed this many tries is given up. */
    boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
