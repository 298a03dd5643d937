import { describe, expect, it } from "vitest";
import {
  emptyWorkOrderForm,
  impliedQualifications,
  proposedAppointment,
  toCreateWorkOrderRequest,
  validateWorkOrderForm,
} from "./work-order-form";

const ZONE = "Asia/Shanghai";
const CUSTOMER = "0193A5C8-0000-7000-8000-0000000C0001";

describe("new work order form", () => {
  it("needs a customer, a description and a window that ends after it starts", () => {
    const form = { ...emptyWorkOrderForm("2026-03-05"), startTime: "11:00", endTime: "10:00" };
    expect(validateWorkOrderForm(form, ZONE)).toEqual({
      customerId: "required",
      description: "required",
      "appointment.end": "endBeforeStart",
    });
    expect(validateWorkOrderForm({ ...form, customerId: CUSTOMER, description: "x", endTime: "12:00" }, ZONE)).toEqual(
      {},
    );
  });

  it("checks every item to bring", () => {
    const form = {
      ...emptyWorkOrderForm("2026-03-05"),
      customerId: CUSTOMER,
      description: "安装",
      items: [{ name: " ", quantity: "abc" }],
    };
    expect(validateWorkOrderForm(form, ZONE)).toEqual({
      "itemsToBring[0].name": "required",
      "itemsToBring[0].quantity": "quantity",
    });
  });

  it("sends the window as instants in the tenant's zone, with the tasks and items", () => {
    const form = {
      ...emptyWorkOrderForm("2026-03-05"),
      type: "REPAIR" as const,
      priority: "URGENT" as const,
      customerId: ` ${CUSTOMER} `,
      siteId: "0193a5c8-0000-7000-8000-0000000c5001",
      description: " 空调不制冷 ",
      tasks: { electricalWork: true, welding: false, workAtHeight: true },
      items: [{ name: "冷媒 R32", quantity: "2" }],
      startTime: "14:00",
      endTime: "16:30",
    };
    expect(validateWorkOrderForm(form, ZONE)).toEqual({});
    expect(toCreateWorkOrderRequest(form, ZONE)).toEqual({
      type: "REPAIR",
      priority: "URGENT",
      customerId: CUSTOMER.toLowerCase(),
      siteId: "0193a5c8-0000-7000-8000-0000000c5001",
      description: "空调不制冷",
      tasks: { electricalWork: true, welding: false, workAtHeight: true },
      itemsToBring: [{ name: "冷媒 R32", quantity: 2 }],
      appointment: { start: "2026-03-05T14:00:00+08:00", end: "2026-03-05T16:30:00+08:00" },
    });
  });

  it("sends the chosen assets and a fee with two decimals; an empty fee is left to the server", () => {
    const form = {
      ...emptyWorkOrderForm("2026-03-05"),
      type: "REPAIR" as const,
      customerId: CUSTOMER,
      description: "不定位",
      assetIds: ["0193a5c8-0000-7000-8000-0000000a5001"],
    };
    expect(toCreateWorkOrderRequest(form, ZONE)).toMatchObject({ assetIds: ["0193a5c8-0000-7000-8000-0000000a5001"] });
    expect(toCreateWorkOrderRequest(form, ZONE)).not.toHaveProperty("fee");
    expect(toCreateWorkOrderRequest({ ...form, fee: "150" }, ZONE).fee).toBe("150.00");
    // "0" waives the out-of-warranty fee the server would otherwise set.
    expect(toCreateWorkOrderRequest({ ...form, fee: "0" }, ZONE).fee).toBe("0.00");
    expect(validateWorkOrderForm({ ...form, fee: "1,50" }, ZONE)).toEqual({ fee: "money" });
  });

  it("sends an optional fault category in the contract's format", () => {
    const form = { ...emptyWorkOrderForm("2026-03-05"), customerId: CUSTOMER, description: "不定位" };
    expect(toCreateWorkOrderRequest(form, ZONE)).not.toHaveProperty("faultCategory");
    expect(validateWorkOrderForm({ ...form, faultCategory: "GPS 不定位" }, ZONE)).toEqual({
      faultCategory: "faultCategory",
    });
    const valid = { ...form, faultCategory: " no-gps-signal " };
    expect(validateWorkOrderForm(valid, ZONE)).toEqual({});
    expect(toCreateWorkOrderRequest(valid, ZONE).faultCategory).toBe("no-gps-signal");
  });

  it("shows which certificates the tasks require", () => {
    expect(impliedQualifications({ electricalWork: true, welding: true, workAtHeight: false })).toEqual([
      "ELECTRICIAN",
      "WELDING",
    ]);
    expect(impliedQualifications({ electricalWork: false, welding: false, workAtHeight: false })).toEqual([]);
  });
});

describe("the proposed appointment", () => {
  it("starts at the next full hour at least an hour ahead, inside working hours", () => {
    // 10:20 in Shanghai.
    expect(proposedAppointment(new Date("2026-03-05T02:20:00Z"), ZONE)).toEqual({
      date: "2026-03-05",
      startTime: "12:00",
      endTime: "14:00",
    });
  });

  it("waits for the start of work early in the morning", () => {
    expect(proposedAppointment(new Date("2026-03-04T22:30:00Z"), ZONE)).toEqual({
      date: "2026-03-05",
      startTime: "09:00",
      endTime: "11:00",
    });
  });

  it("moves to the next day when today's working hours have no room left", () => {
    // 16:30 in Shanghai: 18:00–20:00 would end after work.
    expect(proposedAppointment(new Date("2026-03-05T08:30:00Z"), ZONE, { start: "08:30", end: "18:00" })).toEqual({
      date: "2026-03-06",
      startTime: "08:30",
      endTime: "10:30",
    });
  });
});
