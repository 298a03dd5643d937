import { describe, expect, it } from "vitest";
import { serviceRequest } from "@/test/fixtures";
import { emptyConvertForm, toConvertRequest, validateConvertForm } from "./convert-form";

const ZONE = "Asia/Shanghai";
const SITE = "0193a5c8-0000-7000-8000-0000000c5001";

describe("converting a request into a work order", () => {
  it("starts from the kind of request: an installation stays one, a fault becomes a repair", () => {
    expect(emptyConvertForm(serviceRequest({ category: "INSTALLATION" }), "2026-03-05").type).toBe("INSTALLATION");
    expect(emptyConvertForm(serviceRequest({ category: "FAULT" }), "2026-03-05").type).toBe("REPAIR");
    expect(emptyConvertForm(serviceRequest({ category: "COMPLAINT" }), "2026-03-05")).toMatchObject({
      type: "REPAIR",
      priority: "HIGH",
    });
  });

  it("sends the request's version, the site, tasks, window, items and fault category", () => {
    const form = {
      ...emptyConvertForm(serviceRequest({ category: "FAULT" }), "2026-03-05"),
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
    const form = emptyConvertForm(serviceRequest(), "2026-03-05");
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
      ...emptyConvertForm(serviceRequest(), "2026-03-05"),
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
});
