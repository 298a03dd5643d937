import { describe, expect, it } from "vitest";
import { workOrder } from "@/test/fixtures";
import type { WorkOrderStatus } from "../api/work-orders";
import { actionFor, availableActions, boardColumnOf, officeActions } from "./lifecycle";

/** The transitions the server allows from each state (WorkOrderStatus.java), as it reports them. */
const NEXT: Record<WorkOrderStatus, WorkOrderStatus[]> = {
  NEW: ["ASSIGNED", "CANCELLED"],
  ASSIGNED: ["ASSIGNED", "CUSTOMER_CONTACTED", "CANCELLED"],
  CUSTOMER_CONTACTED: ["ASSIGNED", "EN_ROUTE", "CANCELLED"],
  EN_ROUTE: ["ASSIGNED", "ON_SITE", "CANCELLED"],
  ON_SITE: ["PAUSED", "WORK_DONE"],
  PAUSED: ["ON_SITE"],
  WORK_DONE: ["SIGNED_OFF"],
  SIGNED_OFF: ["REPORTED_IN"],
  REPORTED_IN: ["FILED"],
  FILED: ["CLOSED"],
  CLOSED: [],
  CANCELLED: [],
};

const actions = (status: WorkOrderStatus, roles: string[]) =>
  availableActions(workOrder({ status, allowedNextStates: NEXT[status] }), roles);

describe("actions shown for an order", () => {
  it("shows a dispatcher every allowed action, progress first and cancelling last", () => {
    expect(actions("NEW", ["dispatcher"])).toEqual(["assign", "cancel"]);
    expect(actions("ASSIGNED", ["dispatcher"])).toEqual(["contact", "reassign", "cancel"]);
    expect(actions("CUSTOMER_CONTACTED", ["dispatcher"])).toEqual(["depart", "reassign", "cancel"]);
    expect(actions("EN_ROUTE", ["manager"])).toEqual(["checkIn", "reassign", "cancel"]);
    expect(actions("ON_SITE", ["manager"])).toEqual(["complete", "pause"]);
    expect(actions("PAUSED", ["manager"])).toEqual(["resume"]);
    expect(actions("WORK_DONE", ["manager"])).toEqual(["signOff"]);
    expect(actions("SIGNED_OFF", ["manager"])).toEqual(["reportIn"]);
    expect(actions("REPORTED_IN", ["dispatcher"])).toEqual(["file"]);
    expect(actions("FILED", ["dispatcher"])).toEqual(["close"]);
    expect(actions("CLOSED", ["dispatcher"])).toEqual([]);
    expect(actions("CANCELLED", ["dispatcher"])).toEqual([]);
  });

  it("shows an installer the field work only: no assigning, filing, closing or cancelling", () => {
    expect(actions("NEW", ["installer"])).toEqual([]);
    expect(actions("ASSIGNED", ["installer"])).toEqual(["contact"]);
    expect(actions("CUSTOMER_CONTACTED", ["installer"])).toEqual(["depart"]);
    expect(actions("EN_ROUTE", ["installer"])).toEqual(["checkIn"]);
    expect(actions("ON_SITE", ["installer"])).toEqual(["complete", "pause"]);
    expect(actions("PAUSED", ["installer"])).toEqual(["resume"]);
    expect(actions("WORK_DONE", ["installer"])).toEqual(["signOff"]);
    expect(actions("SIGNED_OFF", ["installer"])).toEqual(["reportIn"]);
    expect(actions("REPORTED_IN", ["installer"])).toEqual([]);
  });

  it("follows the server's allowedNextStates, not a copy of the state machine", () => {
    const order = workOrder({ status: "ASSIGNED", allowedNextStates: ["CANCELLED"] });
    expect(availableActions(order, ["dispatcher"])).toEqual(["cancel"]);
  });

  it("shows nothing to people without a work-order role", () => {
    expect(actions("ON_SITE", ["partner"])).toEqual([]);
    expect(actions("NEW", [])).toEqual([]);
  });

  it("tells a check-in from the end of a pause, and a first assignment from a reassignment", () => {
    expect(actionFor("EN_ROUTE", "ON_SITE")).toBe("checkIn");
    expect(actionFor("PAUSED", "ON_SITE")).toBe("resume");
    expect(actionFor("NEW", "ASSIGNED")).toBe("assign");
    expect(actionFor("EN_ROUTE", "ASSIGNED")).toBe("reassign");
  });

  it("puts every status in exactly one board column", () => {
    expect(boardColumnOf("NEW")).toBe("new");
    expect(boardColumnOf("CUSTOMER_CONTACTED")).toBe("assigned");
    expect(boardColumnOf("PAUSED")).toBe("underway");
    expect(boardColumnOf("SIGNED_OFF")).toBe("awaitingSignOff");
    expect(boardColumnOf("REPORTED_IN")).toBe("toFile");
    expect(boardColumnOf("CLOSED")).toBe("done");
    expect(boardColumnOf("CANCELLED")).toBe("cancelled");
  });
});

describe("office actions", () => {
  it("offers moving the appointment until the crew is on the way, before cancelling", () => {
    const assigned = workOrder({
      status: "ASSIGNED",
      allowedNextStates: ["ASSIGNED", "CUSTOMER_CONTACTED", "CANCELLED"],
    });
    expect(officeActions(assigned, ["dispatcher"])).toEqual(["contact", "reassign", "reschedule", "cancel"]);
    expect(officeActions(workOrder({ status: "EN_ROUTE", allowedNextStates: ["ON_SITE"] }), ["dispatcher"])).toEqual([
      "checkIn",
    ]);
    expect(officeActions(assigned, ["installer"])).toEqual(["contact"]);
  });
});
