import { describe, expect, it } from "vitest";
import { followUp } from "@/test/fixtures";
import { isDue, toFollowUpFilter, worklistViewOf } from "./worklist";

const NOW = new Date("2026-03-06T02:30:00Z");

describe("follow-up worklist", () => {
  it("opens on the open follow-ups whose call time has come", () => {
    const view = worklistViewOf(new URLSearchParams());
    expect(view).toEqual({ status: "OPEN", kind: undefined, promiseStatus: undefined, dueNow: true });
    expect(toFollowUpFilter(view, NOW)).toEqual({
      status: "OPEN",
      kind: undefined,
      promiseStatus: undefined,
      dueBy: "2026-03-06T02:30:00.000Z",
    });
  });

  it("shows every status and those not due yet when asked, with kind and promise filters", () => {
    const view = worklistViewOf(new URLSearchParams("status=all&due=all&kind=USAGE_CALL&promiseStatus=AT_RISK&x=1"));
    expect(toFollowUpFilter(view, NOW)).toEqual({
      status: undefined,
      kind: "USAGE_CALL",
      promiseStatus: "AT_RISK",
      dueBy: undefined,
    });
    expect(worklistViewOf(new URLSearchParams("status=SOMETHING&kind=PARTY")).status).toBe("OPEN");
  });

  it("marks an open follow-up due once its next call time has come", () => {
    const at = NOW.getTime();
    expect(isDue(followUp({ nextAttemptAt: "2026-03-06T10:30:00+08:00" }), at)).toBe(true);
    expect(isDue(followUp({ nextAttemptAt: "2026-03-06T10:31:00+08:00" }), at)).toBe(false);
    expect(isDue(followUp({ status: "COMPLETED", nextAttemptAt: "2026-03-01T10:00:00+08:00" }), at)).toBe(false);
  });
});
