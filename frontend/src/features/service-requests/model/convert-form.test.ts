import { describe, expect, it } from "vitest";
import { serviceRequest } from "@/test/fixtures";
import { emptyConvertForm, toConvertRequest, validateConvertForm } from "./convert-form";

const ZONE = "Asia/Shanghai";
const SITE = "0193a5c8-0000-7000-8000-0000000c5001";

describe("converting a request into a work order", () => {
  it("starts from the kind of request: an installation stays one, a fault becomes a repair", () => {
    expect(emptyConvertForm(serviceRequest({ category: "INSTALLATION" }), "2026-03-05", ZONE).type).toBe(
      "INSTALLATION",
    );
    expect(emptyConvertForm(serviceRequest({ category: "FAULT" }), "2026-03-05", ZONE).type).toBe("REPAIR");
    expect(emptyConvertForm(serviceRequest({ category: "COMPLAINT" }), "2026-03-05", ZONE)).toMatchObject({
      type: "REPAIR",
      priority: "HIGH",
    });
  });

  it("starts from the slot and the site a customer booked online, in the tenant's zone", () => {
    const booked = serviceRequest({
      channel: "WEB",
      preferredSlot: { start: "2026-03-06T06:00:00Z", end: "2026-03-06T08:00:00Z" },
      siteId: SITE,
    });
    expect(emptyConvertForm(booked, "2026-03-05", ZONE)).toMatchObject({
      siteId: SITE,
      date: "2026-03-06",
      startTime: "14:00",
      endTime: "16:00",
    });
    // A window over midnight is not a form's window: the person sets it.
    const overnight = serviceRequest({ preferredSlot: { start: "2026-03-06T14:00:00Z", end: "2026-03-06T17:00:00Z" } });
    expect(emptyConvertForm(overnight, "2026-03-05", ZONE)).toMatchObject({ date: "2026-03-05", startTime: "09:00" });
  });

  it("sends the request's version, the site, tasks, window, items and fault category", () => {
    const form = {
      ...emptyConvertForm(serviceRequest({ category: "FAULT" }), "2026-03-05", ZONE),
      siteId: SITE,
      tasks: { electricalWork: true, welding: false, workAtHeight: false },
      items: [{ name: " 铜管 5 米 ", quantity: "2" }],
      startTime: "14:00",
      endTime: "16:00",
      faultCategory: " no-gps-signal ",
    };
    expect(validateConvertForm(form, ZONE)).toEqual({});
    expect(toConvertRequest(form, 3, ZONE)).toEqual({
      version: 3,
      type: "REPAIR",
      priority: "NORMAL",
      siteId: SITE,
      tasks: { electricalWork: true, welding: false, workAtHeight: false },
      itemsToBring: [{ name: "铜管 5 米", quantity: 2 }],
      appointment: { start: "2026-03-05T14:00:00+08:00", end: "2026-03-05T16:00:00+08:00" },
      faultCategory: "no-gps-signal",
    });
  });

  it("leaves out what was not given", () => {
    const form = emptyConvertForm(serviceRequest(), "2026-03-05", ZONE);
    expect(toConvertRequest(form, 0, ZONE)).toEqual({
      version: 0,
      type: "INSTALLATION",
      priority: "NORMAL",
      tasks: { electricalWork: false, welding: false, workAtHeight: false },
      itemsToBring: [],
      appointment: { start: "2026-03-05T09:00:00+08:00", end: "2026-03-05T11:00:00+08:00" },
    });
  });

  it("checks the window, the items and the fault category's form", () => {
    const form = {
      ...emptyConvertForm(serviceRequest(), "2026-03-05", ZONE),
      endTime: "08:00",
      items: [{ name: "", quantity: "0" }],
      faultCategory: "GPS 不定位",
    };
    expect(validateConvertForm(form, ZONE)).toEqual({
      "appointment.end": "endBeforeStart",
      "itemsToBring[0].name": "required",
      "itemsToBring[0].quantity": "quantity",
      faultCategory: "faultCategory",
    });
  });

  it("sends a fee with two decimals, or leaves it to the server's out-of-warranty fee when empty", () => {
    const form = emptyConvertForm(serviceRequest({ category: "FAULT" }), "2026-03-05", ZONE);
    expect(toConvertRequest(form, 0, ZONE)).not.toHaveProperty("fee");
    expect(toConvertRequest({ ...form, fee: "150" }, 0, ZONE).fee).toBe("150.00");
    expect(validateConvertForm({ ...form, fee: "free" }, ZONE)).toEqual({ fee: "money" });
  });
});
