import { describe, expect, it } from "vitest";
import { DAY, QIAN, SUN, ZHAO, at, board, card, row } from "../testing/board";
import {
  crewRefusals,
  inverseOf,
  isMovable,
  movability,
  preflightReasons,
  reasonsOfRefusal,
  stateOf,
  stepsOf,
  undoOf,
} from "./moves";

const NINE = { start: at("09:00"), end: at("11:00") };
const TEN = { start: at("10:00"), end: at("12:00") };

describe("what a drop does", () => {
  it("assigns when only the installer changes, reschedules when only the time changes", () => {
    const order = stateOf(card({ leadInstallerId: ZHAO, helperIds: [QIAN] }));
    expect(stepsOf(order, { leadInstallerId: SUN, appointment: NINE })).toEqual([
      { kind: "assign", leadInstallerId: SUN, helperIds: [QIAN] },
    ]);
    expect(stepsOf(order, { leadInstallerId: ZHAO, appointment: TEN })).toEqual([
      { kind: "reschedule", appointment: TEN },
    ]);
    // The same time written another way is the same time.
    expect(
      stepsOf(order, { leadInstallerId: ZHAO, appointment: { start: "2030-07-01T01:00:00Z", end: NINE.end } }),
    ).toEqual([]);
  });

  it("moves an unassigned order in time first, so the new installer is checked at the new time", () => {
    const order = stateOf(card({ status: "NEW", leadInstallerId: undefined }));
    expect(stepsOf(order, { leadInstallerId: ZHAO, appointment: TEN }).map((step) => step.kind)).toEqual([
      "reschedule",
      "assign",
    ]);
  });

  it("hands an assigned order over first, so the new crew is checked at the new time", () => {
    const order = stateOf(card({ leadInstallerId: ZHAO }));
    expect(stepsOf(order, { leadInstallerId: QIAN, appointment: TEN }).map((step) => step.kind)).toEqual([
      "assign",
      "reschedule",
    ]);
  });

  it("drops the new lead from the helpers", () => {
    const order = stateOf(card({ leadInstallerId: ZHAO, helperIds: [QIAN, SUN] }));
    expect(stepsOf(order, { leadInstallerId: QIAN, appointment: NINE })).toEqual([
      { kind: "assign", leadInstallerId: QIAN, helperIds: [SUN] },
    ]);
  });

  it("moves orders until the crew is on site, and their time until the crew leaves", () => {
    expect(movability("NEW")).toEqual({ installer: true, time: true });
    expect(movability("EN_ROUTE")).toEqual({ installer: true, time: false });
    expect(movability("ON_SITE")).toEqual({ installer: false, time: false });
    expect(isMovable("WORK_DONE")).toBe(false);
  });
});

describe("undo", () => {
  it("takes a handover back to the installer and helpers before, and a new time back to the old", () => {
    const before = stateOf(card({ leadInstallerId: ZHAO, helperIds: [SUN] }));
    const after = { ...before, version: 5, leadInstallerId: QIAN, helperIds: [SUN], appointment: TEN };
    expect(undoOf(before, after)).toEqual({ leadInstallerId: ZHAO, appointment: NINE });
    expect(inverseOf({ kind: "assign", leadInstallerId: QIAN, helperIds: [SUN] }, before)).toEqual({
      kind: "assign",
      leadInstallerId: ZHAO,
      helperIds: [SUN],
    });
    expect(inverseOf({ kind: "reschedule", appointment: TEN }, before)).toEqual({
      kind: "reschedule",
      appointment: NINE,
    });
  });

  it("offers none for an order that had no installer: no action unassigns", () => {
    const before = stateOf(card({ status: "NEW", leadInstallerId: undefined }));
    const after = { ...before, status: "ASSIGNED" as const, leadInstallerId: ZHAO };
    expect(undoOf(before, after)).toBeNull();
    expect(inverseOf({ kind: "assign", leadInstallerId: ZHAO, helperIds: [] }, before)).toBeNull();
    // Only its time moved: that can go back.
    expect(undoOf(before, { ...before, appointment: TEN })).toEqual({ leadInstallerId: undefined, appointment: NINE });
  });
});

describe("checking a move against the board", () => {
  const queued = board().unassigned[0]!;

  it("finds nothing against a free installer with the certificate", () => {
    expect(preflightReasons(queued, queued.appointment, row({ jobs: [] }))).toEqual([]);
  });

  it("names leave, a missing certificate and the jobs held at an overlapping time", () => {
    const [zhao, qian, sun] = board().rows;
    expect(preflightReasons(queued, queued.appointment, sun!)).toEqual([{ code: "on-leave", date: DAY }]);
    expect(preflightReasons(queued, queued.appointment, qian!)).toEqual([
      { code: "no-certificate", qualification: "ELECTRICIAN" },
    ]);
    expect(preflightReasons(queued, queued.appointment, zhao!)).toEqual([
      { code: "overlap", orderNumbers: ["WO-000041"] },
    ]);
    expect(preflightReasons(queued, { start: at("11:00"), end: at("13:00") }, zhao!)).toEqual([]);
  });

  it("does not count jobs that no longer hold the installer, nor the order itself", () => {
    const done = card({ status: "WORK_DONE", appointment: TEN });
    expect(preflightReasons(queued, queued.appointment, row({ jobs: [done] }))).toEqual([]);
    const self = card({ id: queued.id, appointment: NINE });
    expect(preflightReasons(queued, TEN, row({ jobs: [self] }))).toEqual([]);
  });
});

describe("the server's refusal, in the reader's words", () => {
  it("reads each reason of the assign action as a code with its facts", () => {
    const message = [
      "is on approved leave on 2030-07-01",
      "holds no ELECTRICIAN certificate valid on 2030-07-01 (latest valid until 2030-06-15)",
      "holds no WELDING certificate valid on 2030-07-01 (valid from 2030-08-01)",
      "holds no HEIGHT certificate",
      "has WO-000007, WO-000009 at an overlapping time",
      "is inactive",
      "is not an installer of this tenant",
    ].join("; ");
    expect(reasonsOfRefusal(message)).toEqual({
      reasons: [
        { code: "on-leave", date: "2030-07-01" },
        { code: "certificate-expired", qualification: "ELECTRICIAN", date: "2030-06-15" },
        { code: "certificate-not-yet-valid", qualification: "WELDING", date: "2030-08-01" },
        { code: "no-certificate", qualification: "HEIGHT" },
        { code: "overlap", orderNumbers: ["WO-000007", "WO-000009"] },
        { code: "inactive" },
        { code: "not-an-installer" },
      ],
      other: [],
    });
  });

  it("keeps what it cannot read, and leaves out an installer id in front", () => {
    expect(reasonsOfRefusal(`${ZHAO} is on leave on 2030-07-01; is on strike`)).toEqual({
      reasons: [{ code: "on-leave", date: "2030-07-01" }],
      other: ["is on strike"],
    });
  });

  it("names the crew member of each refusal by their place in the request", () => {
    const refusals = crewRefusals(
      [
        { field: "leadInstallerId", message: "is inactive" },
        { field: "helperIds[1]", message: "holds no HEIGHT certificate" },
        { field: "version", message: "ignored" },
      ],
      { leadInstallerId: ZHAO, helperIds: [QIAN, SUN] },
    );
    expect(refusals).toEqual([
      { installerId: ZHAO, role: "lead", reasons: [{ code: "inactive" }], other: [] },
      { installerId: SUN, role: "helper", reasons: [{ code: "no-certificate", qualification: "HEIGHT" }], other: [] },
    ]);
  });
});
