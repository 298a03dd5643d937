import { describe, expect, it } from "vitest";
import { campaignFunnel } from "@/test/fixtures-campaigns";
import { conversion, formatShare, funnelRows, sendingProgress } from "./funnel";

describe("the campaign funnel", () => {
  it("gives each step's conversion from the step before and from everyone messaged", () => {
    const rows = funnelRows(
      campaignFunnel({ messaged: 200, sent: 190, delivered: 150, opened: 60, booked: 15, done: 5 }),
    );
    expect(rows.map((row) => [row.step, row.count, row.fromPrevious, row.fromMessaged])).toEqual([
      ["messaged", 200, null, 1],
      ["sent", 190, 0.95, 0.95],
      ["delivered", 150, 150 / 190, 0.75],
      ["opened", 60, 0.4, 0.3],
      ["booked", 15, 0.25, 0.075],
      ["done", 5, 1 / 3, 0.025],
    ]);
  });

  it("divides by nothing when nobody got to the step before", () => {
    const rows = funnelRows(campaignFunnel({ messaged: 0 }));
    expect(rows.every((row) => row.fromMessaged === null)).toBe(true);
    expect(rows[1]!.fromPrevious).toBeNull();
    expect(conversion(campaignFunnel())).toBeNull();
    expect(formatShare(null, "zh-CN")).toBe("—");
  });

  it("counts the sending's progress as messages out (sent or failed) of those written", () => {
    expect(sendingProgress(campaignFunnel({ messaged: 120, sent: 40, failed: 2, pending: 78 }))).toEqual({
      done: 42,
      total: 120,
      percent: 35,
    });
    expect(sendingProgress(campaignFunnel()).percent).toBe(0);
  });

  it("says the conversion as booked visits per customer messaged", () => {
    const funnel = campaignFunnel({ messaged: 120, booked: 6 });
    expect(conversion(funnel)).toBe(0.05);
    expect(formatShare(conversion(funnel), "en")).toBe("5%");
    expect(formatShare(1 / 3, "zh-CN")).toBe("33.3%");
  });
});
