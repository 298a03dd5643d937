import { describe, expect, it } from "vitest";
import { certification, installer, workOrder } from "@/test/fixtures";
import { dispatchWarnings, overlappingOrders, refusalsByInstaller } from "./dispatch-warnings";

const ZONE = "Asia/Shanghai";
const LI = "0193a5c8-0000-7000-8000-0000000a0001";
const WANG = "0193a5c8-0000-7000-8000-0000000a0002";

// Electrical work on 2026-03-05, 09:00–11:00 Shanghai time.
const order = workOrder({
  id: "0193a5c8-0000-7000-8000-0000000b0001",
  requiredQualifications: ["ELECTRICIAN"],
  appointment: { start: "2026-03-05T09:00:00+08:00", end: "2026-03-05T11:00:00+08:00" },
});

const electrician = (validFrom: string, validTo: string) => certification({ type: "ELECTRICIAN", validFrom, validTo });

describe("dispatch warnings before assigning", () => {
  it("has none for an active installer with a certificate valid on the appointment day", () => {
    expect(
      dispatchWarnings(order, installer({ certifications: [electrician("2025-01-01", "2027-01-01")] }), [], ZONE),
    ).toEqual([]);
  });

  it("counts a certificate valid on its first and last day", () => {
    expect(
      dispatchWarnings(order, installer({ certifications: [electrician("2026-03-05", "2026-03-05")] }), [], ZONE),
    ).toEqual([]);
  });

  it("warns of a certificate that expired before the appointment day, even if it is valid today", () => {
    const expiresTheDayBefore = installer({ certifications: [electrician("2020-01-01", "2026-03-04")] });
    expect(dispatchWarnings(order, expiresTheDayBefore, [], ZONE)).toEqual([
      { kind: "certificateExpired", qualification: "ELECTRICIAN", validTo: "2026-03-04" },
    ]);
  });

  it("names the latest expiry when several certificates of the type have expired", () => {
    const renewedTooLate = installer({
      certifications: [electrician("2018-01-01", "2021-01-01"), electrician("2021-01-02", "2024-12-31")],
    });
    expect(dispatchWarnings(order, renewedTooLate, [], ZONE)).toEqual([
      { kind: "certificateExpired", qualification: "ELECTRICIAN", validTo: "2024-12-31" },
    ]);
  });

  it("takes the appointment day in the tenant's zone, not UTC", () => {
    // 00:30 on the 6th in Shanghai is still the 5th in UTC; a certificate ending on the 5th does not cover it.
    const lateNight = workOrder({
      requiredQualifications: ["ELECTRICIAN"],
      appointment: { start: "2026-03-06T00:30:00+08:00", end: "2026-03-06T02:00:00+08:00" },
    });
    const endsOnTheFifth = installer({ certifications: [electrician("2020-01-01", "2026-03-05")] });
    expect(dispatchWarnings(lateNight, endsOnTheFifth, [], ZONE)).toEqual([
      { kind: "certificateExpired", qualification: "ELECTRICIAN", validTo: "2026-03-05" },
    ]);
  });

  it("warns of a missing certificate and of one not valid yet", () => {
    expect(dispatchWarnings(order, installer({ certifications: [] }), [], ZONE)).toEqual([
      { kind: "noCertificate", qualification: "ELECTRICIAN" },
    ]);
    expect(
      dispatchWarnings(order, installer({ certifications: [electrician("2026-04-01", "2030-01-01")] }), [], ZONE),
    ).toEqual([{ kind: "certificateNotYetValid", qualification: "ELECTRICIAN", validFrom: "2026-04-01" }]);
  });

  it("checks every required qualification and ignores certificates of other types", () => {
    const welding = workOrder({ ...order, requiredQualifications: ["WELDING", "ELECTRICIAN"] });
    const onlyElectrician = installer({ certifications: [electrician("2020-01-01", "2030-01-01")] });
    expect(dispatchWarnings(welding, onlyElectrician, [], ZONE)).toEqual([
      { kind: "noCertificate", qualification: "WELDING" },
    ]);
  });

  it("warns of an inactive installer", () => {
    const inactive = installer({ status: "INACTIVE", certifications: [electrician("2020-01-01", "2030-01-01")] });
    expect(dispatchWarnings(order, inactive, [], ZONE)).toEqual([{ kind: "inactive" }]);
  });

  it("warns of the installer's open jobs at an overlapping time, as lead or helper", () => {
    const qualified = installer({ id: LI, certifications: [electrician("2020-01-01", "2030-01-01")] });
    const others = [
      workOrder({
        id: "o1",
        number: "WO-000001",
        status: "ASSIGNED",
        leadInstallerId: LI,
        appointment: { start: "2026-03-05T10:30:00+08:00", end: "2026-03-05T12:00:00+08:00" },
      }),
      workOrder({
        id: "o2",
        number: "WO-000002",
        status: "ON_SITE",
        leadInstallerId: WANG,
        helperIds: [LI],
        appointment: { start: "2026-03-05T08:00:00+08:00", end: "2026-03-05T09:30:00+08:00" },
      }),
    ];
    expect(dispatchWarnings(order, qualified, others, ZONE)).toEqual([
      { kind: "overlap", orders: ["WO-000001", "WO-000002"] },
    ]);
  });

  it("does not count back-to-back appointments, finished or cancelled jobs, others' jobs or the order itself", () => {
    const base = { leadInstallerId: LI, appointment: order.appointment };
    const others = [
      workOrder({
        ...base,
        id: "touching",
        number: "WO-1",
        status: "ASSIGNED",
        appointment: { start: "2026-03-05T11:00:00+08:00", end: "2026-03-05T12:00:00+08:00" },
      }),
      workOrder({ ...base, id: "done", number: "WO-2", status: "WORK_DONE" }),
      workOrder({ ...base, id: "cancelled", number: "WO-3", status: "CANCELLED" }),
      workOrder({ ...base, id: "other", number: "WO-4", status: "ASSIGNED", leadInstallerId: WANG }),
      workOrder({ ...base, id: order.id, number: order.number, status: "ASSIGNED" }),
    ];
    expect(overlappingOrders(order, LI, others)).toEqual([]);
  });
});

describe("the server's refusal reasons", () => {
  it("are matched to the installers by their place in the request, without the leading id", () => {
    const refusals = refusalsByInstaller(
      [
        { field: "leadInstallerId", message: `${LI} holds no ELECTRICIAN certificate valid on 2026-03-05` },
        { field: "helperIds[0]", message: `${WANG} is on approved leave on 2026-03-05` },
        { field: "version", message: "ignored" },
      ],
      { leadInstallerId: LI, helperIds: [WANG] },
    );
    expect(refusals).toEqual({
      [LI]: "holds no ELECTRICIAN certificate valid on 2026-03-05",
      [WANG]: "is on approved leave on 2026-03-05",
    });
  });
});
