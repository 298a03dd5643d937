import { describe, expect, it } from "vitest";
import { campaign } from "@/test/fixtures-campaigns";
import {
  campaignFormOf,
  emptyCampaignForm,
  formFieldOf,
  isOvernight,
  messagesForKind,
  segmentOf,
  toCampaignRequest,
  validateCampaignForm,
} from "./campaign-form";
import { builtInMessage } from "./message";

const ZONE = "Asia/Shanghai";

describe("the campaign form", () => {
  it("starts with maintenance by SMS, the built-in texts, a month of visits from tomorrow and quiet nights", () => {
    const form = emptyCampaignForm("2026-12-07");
    expect(form).toMatchObject({
      kind: "MAINTENANCE",
      channel: "SMS",
      messageZh: builtInMessage("MAINTENANCE", "zh"),
      visits: ["2026-12-08", "2027-01-06"],
      quietHours: ["21:00", "08:00"],
      sendAt: "",
    });
    expect(isOvernight(form.quietHours!)).toBe(true);
    expect(isOvernight(["12:00", "14:00"])).toBe(false);
  });

  it("needs a name, visits of at most 92 days, a slot capacity of 1–1000 and messages with {link}", () => {
    const form = {
      ...emptyCampaignForm("2026-12-07"),
      messageZh: "您好，请来电预约",
      messageEn: "Hi {name} {phone} {link}",
      visits: ["2026-12-08", "2027-03-15"] as [string, string],
      slotCapacity: 0,
      quietHours: ["21:00", "21:00"] as [string, string],
      sendAt: "tomorrow",
    };
    expect(validateCampaignForm(form, ZONE)).toEqual({
      name: "required",
      messageZh: "linkRequired",
      messageEn: "unknownPlaceholder",
      visits: "visitsTooLong",
      slotCapacity: "capacity",
      quietHours: "quietSame",
      sendAt: "sendAt",
    });
    // An empty message sends the built-in text.
    expect(
      validateCampaignForm({ ...emptyCampaignForm("2026-12-07"), name: "冬季保养", messageZh: " " }, ZONE),
    ).toEqual({});
  });

  it("sends only the criteria filled in, the quiet hours as two times and the send time in the tenant's zone", () => {
    const form = {
      ...emptyCampaignForm("2026-12-07"),
      name: " 冬季保养 ",
      segment: {
        installedWithinMonths: null,
        productId: "0193a5c8-0000-7000-8000-0000000f0001",
        warrantyEndingWithinDays: 30,
        servicePointId: "",
        notServicedForMonths: null,
      },
      messageEn: "",
      sendAt: "2026-12-08 09:30",
    };
    const body = toCampaignRequest(form, ZONE);
    expect(body).toMatchObject({
      name: "冬季保养",
      kind: "MAINTENANCE",
      channel: "SMS",
      segment: { productId: "0193a5c8-0000-7000-8000-0000000f0001", warrantyEndingWithinDays: 30 },
      visitsFrom: "2026-12-08",
      visitsUntil: "2027-01-06",
      slotCapacity: 2,
      quietFrom: "21:00",
      quietUntil: "08:00",
      sendAt: "2026-12-08T09:30:00+08:00",
    });
    expect(body).not.toHaveProperty("messageEn");
    expect(body).not.toHaveProperty("version");
    expect(toCampaignRequest({ ...form, quietHours: null, sendAt: "" }, ZONE, 4)).toMatchObject({ version: 4 });
    expect(toCampaignRequest({ ...form, quietHours: null, sendAt: "" }, ZONE)).not.toHaveProperty("quietFrom");
  });

  it("edits a draft as it was saved, its send time on the tenant's clock", () => {
    const draft = campaign({ sendAt: "2026-12-08T01:30:00Z", quietFrom: undefined, quietUntil: undefined });
    const form = campaignFormOf(draft, ZONE);
    expect(form).toMatchObject({
      name: "冬季免费保养月",
      visits: ["2026-12-10", "2026-12-24"],
      quietHours: null,
      sendAt: "2026-12-08 09:30",
      segment: { installedWithinMonths: 24, productId: draft.segment.productId, servicePointId: "" },
    });
    expect(toCampaignRequest(form, ZONE, draft.version)).toMatchObject({
      segment: { installedWithinMonths: 24, productId: draft.segment.productId },
      sendAt: "2026-12-08T09:30:00+08:00",
      version: 0,
    });
  });

  it("counts a recent-installations campaign without months by the company's months", () => {
    const segment = { ...emptyCampaignForm("2026-12-07").segment };
    expect(segmentOf(segment, "RECENT_INSTALLATIONS", 3)).toEqual({ installedWithinMonths: 3 });
    expect(segmentOf({ ...segment, installedWithinMonths: 6 }, "RECENT_INSTALLATIONS", 3)).toEqual({
      installedWithinMonths: 6,
    });
    expect(segmentOf(segment, "MAINTENANCE", 3)).toEqual({});
  });

  it("lets an untouched message follow the kind, and keeps one the manager wrote", () => {
    const form = emptyCampaignForm("2026-12-07");
    expect(messagesForKind(form, "MAINTENANCE", "RECENT_INSTALLATIONS")).toEqual({
      messageZh: builtInMessage("RECENT_INSTALLATIONS", "zh"),
      messageEn: builtInMessage("RECENT_INSTALLATIONS", "en"),
    });
    const own = { ...form, messageZh: "{name}您好，{link}" };
    expect(messagesForKind(own, "MAINTENANCE", "RECENT_INSTALLATIONS").messageZh).toBe("{name}您好，{link}");
  });

  it("puts the server's errors of the visit days and quiet hours on their range pickers", () => {
    expect(formFieldOf("visitsUntil")).toBe("visits");
    expect(formFieldOf("quietFrom")).toBe("quietHours");
    expect(formFieldOf("segment.productId")).toBeNull();
  });
});
