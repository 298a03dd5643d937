import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/problem";
import { problem } from "@/test/fixtures";
import {
  bookingFieldErrors,
  emptyBookingForm,
  isSlotTaken,
  sameSlot,
  slotsByDay,
  toCreateBookingRequest,
  validateBookingForm,
  type BookingForm,
} from "./booking-form";

const SLOT = { start: "2026-03-05T01:00:00Z", end: "2026-03-05T03:00:00Z" };

function filled(overrides: Partial<BookingForm> = {}): BookingForm {
  return {
    ...emptyBookingForm(["INSTALLATION", "FAULT"]),
    service: "FAULT",
    problem: "  空调不制冷 ",
    name: " 王芳 ",
    phone: " 138-1234-5678 ",
    address: " 浙江省杭州市西湖区文三路 100 号 ",
    slot: SLOT,
    ...overrides,
  };
}

describe("the booking form", () => {
  it("asks for the service, the problem, name, phone, address and a slot; product and serial are optional", () => {
    expect(validateBookingForm(emptyBookingForm(["INSTALLATION", "FAULT"]))).toEqual({
      service: "serviceRequired",
      problem: "required",
      name: "required",
      phone: "required",
      address: "required",
      preferredSlot: "slotRequired",
    });
    expect(validateBookingForm(filled())).toEqual({});
  });

  it("chooses the only service a page offers, and nothing when there are two", () => {
    expect(emptyBookingForm(["FAULT"]).service).toBe("FAULT");
    expect(emptyBookingForm(["INSTALLATION", "FAULT"]).service).toBe("");
  });

  it("takes a phone number as people write it, but not text with too few digits", () => {
    expect(validateBookingForm(filled({ phone: "+86 (138) 1234-5678" }))).toEqual({});
    expect(validateBookingForm(filled({ phone: "1234" }))).toEqual({ phone: "phone" });
    expect(validateBookingForm(filled({ phone: "call me" }))).toEqual({ phone: "phone" });
  });

  it("sends trimmed text and the slot exactly as offered, leaving out what was not given", () => {
    expect(toCreateBookingRequest(filled())).toEqual({
      name: "王芳",
      phone: "138-1234-5678",
      address: "浙江省杭州市西湖区文三路 100 号",
      service: "FAULT",
      problem: "空调不制冷",
      preferredSlot: SLOT,
    });
    expect(
      toCreateBookingRequest(
        filled({ productId: "0193a5c8-0000-7000-8000-0000000f0001", serialNumber: " KF35-0001 " }),
      ),
    ).toMatchObject({ productId: "0193a5c8-0000-7000-8000-0000000f0001", serialNumber: "KF35-0001" });
  });
});

describe("free slots by day", () => {
  const slot = (start: string, end: string) => ({ start, end, free: 1 });

  it("groups by the calendar day in the tenant's zone, not in UTC", () => {
    // 16:00 UTC on the 5th is midnight of the 6th in Shanghai; 01:00 UTC on the 5th is 20:00 of the 4th in New York.
    const slots = [
      slot("2026-03-05T16:00:00Z", "2026-03-05T18:00:00Z"),
      slot("2026-03-05T01:00:00Z", "2026-03-05T03:00:00Z"),
      slot("2026-03-05T06:00:00Z", "2026-03-05T08:00:00Z"),
    ];
    expect(slotsByDay(slots, "Asia/Shanghai").map((day) => [day.date, day.slots.map((s) => s.start)])).toEqual([
      ["2026-03-05", ["2026-03-05T01:00:00Z", "2026-03-05T06:00:00Z"]],
      ["2026-03-06", ["2026-03-05T16:00:00Z"]],
    ]);
    expect(slotsByDay(slots, "America/New_York").map((day) => [day.date, day.slots.length])).toEqual([
      ["2026-03-04", 1],
      ["2026-03-05", 2],
    ]);
  });

  it("puts days and their slots in time order whatever order the offsets are written in", () => {
    const slots = [
      slot("2026-03-06T09:00:00+08:00", "2026-03-06T11:00:00+08:00"),
      slot("2026-03-05T07:00:00Z", "2026-03-05T09:00:00Z"),
      slot("2026-03-05T09:00:00+08:00", "2026-03-05T11:00:00+08:00"),
    ];
    expect(slotsByDay(slots, "Asia/Shanghai").flatMap((day) => day.slots.map((s) => s.start))).toEqual([
      "2026-03-05T09:00:00+08:00",
      "2026-03-05T07:00:00Z",
      "2026-03-06T09:00:00+08:00",
    ]);
    expect(slotsByDay([], "Asia/Shanghai")).toEqual([]);
  });

  it("knows a slot however its offset is written", () => {
    expect(sameSlot(SLOT, { start: "2026-03-05T09:00:00+08:00", end: "2026-03-05T11:00:00+08:00" })).toBe(true);
    expect(sameSlot(SLOT, { start: "2026-03-05T09:00:00+08:00", end: "2026-03-05T12:00:00+08:00" })).toBe(false);
    expect(sameSlot(SLOT, null)).toBe(false);
  });
});

describe("the server's problems at the booking form's fields", () => {
  it("puts each field error at its field, the slot's parts at the slot picker", () => {
    const error = new ApiError(
      400,
      problem({
        status: 400,
        errors: [
          { field: "phone", message: "must be a phone number" },
          { field: "$.address", message: "must not be blank" },
          { field: "preferredSlot.end", message: "must be after preferredSlot.start" },
          { field: "preferredSlot.start", message: "must not be null" },
          { field: "somethingElse", message: "is odd" },
        ],
      }),
    );
    expect(bookingFieldErrors(error)).toEqual({
      phone: "must be a phone number",
      address: "must not be blank",
      preferredSlot: "must be after preferredSlot.start; must not be null",
    });
    expect(isSlotTaken(error)).toBe(false);
  });

  it("recognises a slot someone else took meanwhile", () => {
    const taken = new ApiError(
      409,
      problem({
        status: 409,
        type: "https://aftercare.dev/problems/slot-not-free",
        title: "Slot not free",
        errors: [{ field: "preferredSlot", message: "is not a free slot" }],
      }),
    );
    expect(isSlotTaken(taken)).toBe(true);
    expect(bookingFieldErrors(taken)).toEqual({ preferredSlot: "is not a free slot" });
    expect(bookingFieldErrors(null)).toEqual({});
  });
});
