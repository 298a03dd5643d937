package io.aftercare.dispatch;

import io.aftercare.geo.Travel;

/** The tenant's settings a plan is scored with: travel (road factor, speed) and the grace after a window opens. */
public record PlanRules(Travel travel, int graceMinutes) {
}
