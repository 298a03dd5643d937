import type {
  Appointment,
  CandidateReason,
  DispatchCard,
  DispatchRow,
  Qualification,
  WorkOrderStatus,
} from "../api/dispatch";

/** What of an order a move changes and the assign and reschedule actions answer. */
export interface OrderState {
  id: string;
  number: string;
  version: number;
  status: WorkOrderStatus;
  leadInstallerId?: string | undefined;
  helperIds: string[];
  appointment: Appointment;
}

/** Where an order should go: to a lead installer (absent: the crew stays) at an appointment. */
export interface MoveTarget {
  leadInstallerId?: string | undefined;
  appointment: Appointment;
}

export type MoveStep =
  { kind: "assign"; leadInstallerId: string; helperIds: string[] } | { kind: "reschedule"; appointment: Appointment };

// The assign action takes an order until the crew is on site; the reschedule action until the crew leaves.
const ASSIGNABLE: ReadonlySet<WorkOrderStatus> = new Set(["NEW", "ASSIGNED", "CUSTOMER_CONTACTED", "EN_ROUTE"]);
const RESCHEDULABLE: ReadonlySet<WorkOrderStatus> = new Set(["NEW", "ASSIGNED", "CUSTOMER_CONTACTED"]);
/** States in which the crew holds the job: its time blocks their other jobs (the server's overlap rule). */
const HOLDING: ReadonlySet<WorkOrderStatus> = new Set([
  "ASSIGNED",
  "CUSTOMER_CONTACTED",
  "EN_ROUTE",
  "ON_SITE",
  "PAUSED",
]);

/** What the console may change of an order in its state. */
export function movability(status: WorkOrderStatus): { installer: boolean; time: boolean } {
  return { installer: ASSIGNABLE.has(status), time: RESCHEDULABLE.has(status) };
}

export function isMovable(status: WorkOrderStatus): boolean {
  return ASSIGNABLE.has(status);
}

export function sameAppointment(a: Appointment, b: Appointment): boolean {
  return Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end);
}

export function stateOf(card: Pick<DispatchCard, keyof OrderState>): OrderState {
  return {
    id: card.id,
    number: card.number,
    version: card.version,
    status: card.status,
    leadInstallerId: card.leadInstallerId,
    helperIds: [...card.helperIds],
    appointment: card.appointment,
  };
}

/**
 * The actions a drop takes, in the order that checks the right things: an order without a crew is moved in time
 * first, so the assign action checks the new installer at the new time; an order with a crew is handed over first,
 * so the reschedule action checks the new crew at the new time. Nothing when neither changes.
 */
export function stepsOf(order: OrderState, target: MoveTarget): MoveStep[] {
  const assign: MoveStep | null =
    target.leadInstallerId && target.leadInstallerId !== order.leadInstallerId
      ? {
          kind: "assign",
          leadInstallerId: target.leadInstallerId,
          helperIds: order.helperIds.filter((id) => id !== target.leadInstallerId),
        }
      : null;
  const reschedule: MoveStep | null = sameAppointment(order.appointment, target.appointment)
    ? null
    : { kind: "reschedule", appointment: target.appointment };
  if (assign && reschedule) return order.leadInstallerId ? [assign, reschedule] : [reschedule, assign];
  return [assign, reschedule].filter((step): step is MoveStep => step !== null);
}

/** The step that takes back one already taken, from the state before it; null where no action can. */
export function inverseOf(step: MoveStep, before: OrderState): MoveStep | null {
  if (step.kind === "reschedule") return { kind: "reschedule", appointment: before.appointment };
  // The API has no "unassign": an order that had no crew cannot go back to having none.
  return before.leadInstallerId
    ? { kind: "assign", leadInstallerId: before.leadInstallerId, helperIds: before.helperIds }
    : null;
}

/**
 * How to take a finished move back: the order's crew and time before it, as a new move. Null when the move
 * gave a crew to an order that had none, which no action takes back (it can only be handed to someone else).
 */
export function undoOf(before: OrderState, after: OrderState): MoveTarget | null {
  if (!before.leadInstallerId && after.leadInstallerId) return null;
  const changed =
    before.leadInstallerId !== after.leadInstallerId || !sameAppointment(before.appointment, after.appointment);
  if (!changed) return null;
  return { leadInstallerId: before.leadInstallerId, appointment: before.appointment };
}

function overlaps(a: Appointment, b: Appointment): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}

/**
 * What speaks against the installer taking the order at the new time, from what the board shows: leave or
 * inactivity that day, a required certificate not valid that day, another job they hold at an overlapping time.
 * The server decides; these are the same rules, checked before anything is sent.
 */
export function preflightReasons(
  order: Pick<DispatchCard, "id" | "requiredQualifications">,
  appointment: Appointment,
  row: Pick<DispatchRow, "available" | "reasons" | "qualifications" | "jobs">,
): CandidateReason[] {
  if (!row.available) return row.reasons.length > 0 ? row.reasons : [{ code: "inactive" }];
  const reasons: CandidateReason[] = [];
  for (const qualification of order.requiredQualifications) {
    if (!row.qualifications.includes(qualification)) reasons.push({ code: "no-certificate", qualification });
  }
  const clashes = row.jobs
    .filter((job) => job.id !== order.id && HOLDING.has(job.status) && overlaps(job.appointment, appointment))
    .map((job) => job.number);
  if (clashes.length > 0) reasons.push({ code: "overlap", orderNumbers: clashes });
  return reasons;
}

const QUALIFICATIONS: readonly Qualification[] = ["ELECTRICIAN", "WELDING", "HEIGHT", "OTHER"];
const UUID_PREFIX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*/i;

function qualificationOf(text: string | undefined): Qualification | undefined {
  return QUALIFICATIONS.find((q) => q === text);
}

/**
 * The assign action's refusal of one installer (`errors[].message`, the server's English sentence fragments joined
 * by "; ") as reasons with codes, so they can be said in the reader's language. Fragments it does not know are
 * returned as they are.
 */
export function reasonsOfRefusal(message: string): { reasons: CandidateReason[]; other: string[] } {
  const reasons: CandidateReason[] = [];
  const other: string[] = [];
  for (const raw of message.replace(UUID_PREFIX, "").split(/;\s*/)) {
    const part = raw.trim().replace(/\.$/, "");
    if (!part) continue;
    let match: RegExpExecArray | null;
    if (/^is not an installer/.test(part)) reasons.push({ code: "not-an-installer" });
    else if (/^is inactive/.test(part)) reasons.push({ code: "inactive" });
    else if ((match = /^is on (?:approved )?leave on (\d{4}-\d{2}-\d{2})/.exec(part)))
      reasons.push({ code: "on-leave", date: match[1]! });
    else if ((match = /^holds no (\w+) certificate valid on \S+ \(latest valid until (\d{4}-\d{2}-\d{2})\)/.exec(part)))
      reasons.push({ code: "certificate-expired", qualification: qualificationOf(match[1]), date: match[2]! });
    else if ((match = /^holds no (\w+) certificate valid on \S+ \(valid from (\d{4}-\d{2}-\d{2})\)/.exec(part)))
      reasons.push({ code: "certificate-not-yet-valid", qualification: qualificationOf(match[1]), date: match[2]! });
    else if ((match = /^holds no (\w+) certificate/.exec(part)))
      reasons.push({ code: "no-certificate", qualification: qualificationOf(match[1]) });
    else if ((match = /^has (.+) at an overlapping time/.exec(part)))
      reasons.push({ code: "overlap", orderNumbers: match[1]!.split(/,\s*/) });
    else other.push(part);
  }
  return { reasons, other };
}

/** One crew member the server refused, with the reasons. */
export interface CrewRefusal {
  installerId: string;
  role: "lead" | "helper";
  reasons: CandidateReason[];
  other: string[];
}

/**
 * The refusals of an `installer-not-dispatchable` problem by crew member: its errors name the member by position in
 * the request (`leadInstallerId`, `helperIds[1]`).
 */
export function crewRefusals(
  errors: readonly { field: string; message: string }[],
  sent: { leadInstallerId: string; helperIds: readonly string[] },
): CrewRefusal[] {
  const result: CrewRefusal[] = [];
  for (const { field, message } of errors) {
    const helper = /^helperIds(?:\[(\d+)\]|\.(\d+))$/.exec(field);
    const installerId =
      field === "leadInstallerId"
        ? sent.leadInstallerId
        : helper
          ? sent.helperIds[Number(helper[1] ?? helper[2])]
          : undefined;
    if (!installerId) continue;
    result.push({ installerId, role: field === "leadInstallerId" ? "lead" : "helper", ...reasonsOfRefusal(message) });
  }
  return result;
}
