import type { WorkOrder, WorkOrderStatus } from "../api/work-orders";

/** The lifecycle in its order; CANCELLED is reachable from any state before ON_SITE. */
export const STATUSES = [
  "NEW",
  "ASSIGNED",
  "CUSTOMER_CONTACTED",
  "EN_ROUTE",
  "ON_SITE",
  "PAUSED",
  "WORK_DONE",
  "SIGNED_OFF",
  "REPORTED_IN",
  "FILED",
  "CLOSED",
  "CANCELLED",
] as const satisfies readonly WorkOrderStatus[];

/** States in which the crew holds the job: their appointments block other jobs at the same time. */
const HOLDING: ReadonlySet<WorkOrderStatus> = new Set([
  "ASSIGNED",
  "CUSTOMER_CONTACTED",
  "EN_ROUTE",
  "ON_SITE",
  "PAUSED",
]);

export function holdsCrew(status: WorkOrderStatus): boolean {
  return HOLDING.has(status);
}

/** Nothing more happens in the field: the job is done, filed, closed or cancelled. */
export function isFieldWorkOver(status: WorkOrderStatus): boolean {
  return ["REPORTED_IN", "FILED", "CLOSED", "CANCELLED"].includes(status);
}

/** The board's columns: the statuses a dispatcher looks at together. */
export const BOARD_COLUMNS = [
  { key: "new", statuses: ["NEW"] },
  { key: "assigned", statuses: ["ASSIGNED", "CUSTOMER_CONTACTED"] },
  { key: "underway", statuses: ["EN_ROUTE", "ON_SITE", "PAUSED"] },
  { key: "awaitingSignOff", statuses: ["WORK_DONE", "SIGNED_OFF"] },
  { key: "toFile", statuses: ["REPORTED_IN"] },
  { key: "done", statuses: ["FILED", "CLOSED"] },
  { key: "cancelled", statuses: ["CANCELLED"] },
] as const satisfies readonly { key: string; statuses: readonly WorkOrderStatus[] }[];

export type BoardColumnKey = (typeof BOARD_COLUMNS)[number]["key"];

export function boardColumnOf(status: WorkOrderStatus): BoardColumnKey {
  return BOARD_COLUMNS.find((column) => (column.statuses as readonly WorkOrderStatus[]).includes(status))!.key;
}

export type WorkOrderAction =
  | "assign"
  | "reassign"
  | "contact"
  | "depart"
  | "checkIn"
  | "pause"
  | "resume"
  | "complete"
  | "signOff"
  | "reportIn"
  | "file"
  | "close"
  | "cancel";

/** Actions only the office (manager, dispatcher) takes; the server refuses them to installers. */
const OFFICE_ACTIONS: ReadonlySet<WorkOrderAction> = new Set(["assign", "reassign", "file", "close", "cancel"]);

/** The action that moves an order from one state to the next (ON_SITE is a check-in, or the end of a pause). */
export function actionFor(from: WorkOrderStatus, to: WorkOrderStatus): WorkOrderAction {
  switch (to) {
    case "ASSIGNED":
      return from === "NEW" ? "assign" : "reassign";
    case "CUSTOMER_CONTACTED":
      return "contact";
    case "EN_ROUTE":
      return "depart";
    case "ON_SITE":
      return from === "PAUSED" ? "resume" : "checkIn";
    case "PAUSED":
      return "pause";
    case "WORK_DONE":
      return "complete";
    case "SIGNED_OFF":
      return "signOff";
    case "REPORTED_IN":
      return "reportIn";
    case "FILED":
      return "file";
    case "CLOSED":
      return "close";
    case "CANCELLED":
      return "cancel";
    case "NEW":
      throw new Error("No action leads back to NEW");
  }
}

// Forward progress first, then changes of plan; cancelling is always last.
const ACTION_ORDER: readonly WorkOrderAction[] = [
  "assign",
  "contact",
  "depart",
  "checkIn",
  "resume",
  "complete",
  "pause",
  "signOff",
  "reportIn",
  "file",
  "close",
  "reassign",
  "cancel",
];

function isOffice(roles: readonly string[]): boolean {
  return roles.includes("manager") || roles.includes("dispatcher");
}

/**
 * The actions to offer for an order: those its `allowedNextStates` permit, and that the person's roles may take
 * (installers do field work; the office also acts on their behalf).
 */
export function availableActions(
  order: Pick<WorkOrder, "status" | "allowedNextStates">,
  roles: readonly string[],
): WorkOrderAction[] {
  const office = isOffice(roles);
  const field = office || roles.includes("installer");
  const actions = new Set(
    order.allowedNextStates
      .filter((to) => to !== "NEW")
      .map((to) => actionFor(order.status, to))
      .filter((action) => (OFFICE_ACTIONS.has(action) ? office : field)),
  );
  return ACTION_ORDER.filter((action) => actions.has(action));
}

/** States in which the office may still move the appointment: until the crew is on the way. */
const RESCHEDULABLE: ReadonlySet<WorkOrderStatus> = new Set(["NEW", "ASSIGNED", "CUSTOMER_CONTACTED"]);

export function canReschedule(order: Pick<WorkOrder, "status">, roles: readonly string[]): boolean {
  return isOffice(roles) && RESCHEDULABLE.has(order.status);
}

export type OfficeAction = WorkOrderAction | "reschedule";

/**
 * What the office's action bar offers: the lifecycle's actions, and moving the appointment (no state change)
 * among the changes of plan, before cancelling.
 */
export function officeActions(
  order: Pick<WorkOrder, "status" | "allowedNextStates">,
  roles: readonly string[],
): OfficeAction[] {
  const actions: OfficeAction[] = availableActions(order, roles);
  if (!canReschedule(order, roles)) return actions;
  const cancel = actions.indexOf("cancel");
  return cancel < 0
    ? [...actions, "reschedule"]
    : [...actions.slice(0, cancel), "reschedule", ...actions.slice(cancel)];
}
