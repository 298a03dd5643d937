import { describe, expect, it } from "vitest";
import { emptyTripForm, parseIds, toCreateTrip, validateTrip } from "./trip-form";

const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";

describe("planning a trip", () => {
  it("needs people, destination, days and purpose", () => {
    expect(validateTrip(emptyTripForm())).toEqual({
      personIds: "people",
      destination: "required",
      firstDay: "required",
      lastDay: "required",
      purpose: "required",
    });
  });

  it("reads work order ids one per line or separated by commas, and refuses anything else", () => {
    expect(parseIds(`${ORDER.toUpperCase()}\n ${ORDER}，`)).toEqual([ORDER, ORDER]);
    const form = {
      ...emptyTripForm(),
      personIds: ["p"],
      destination: "苏州",
      firstDay: "2026-03-12",
      lastDay: "2026-03-10",
      purpose: "安装",
      workOrderIds: "WO-1",
    };
    expect(validateTrip(form)).toEqual({ lastDay: "dateOrder", workOrderIds: "workOrderIds" });
    expect(toCreateTrip({ ...form, lastDay: "2026-03-14", workOrderIds: `${ORDER}\n${ORDER}` })).toEqual({
      personIds: ["p"],
      destination: "苏州",
      firstDay: "2026-03-12",
      lastDay: "2026-03-14",
      workOrderIds: [ORDER],
      purpose: "安装",
    });
  });
});
