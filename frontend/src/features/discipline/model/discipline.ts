import { isAmount, isZeroAmount, toAmount } from "@/lib/money";
import { isBlank } from "@/lib/validation";
import type {
  AppealDecisionRequest,
  AppealRequest,
  AppealStatus,
  DisciplineDecisionRequest,
  DisciplineEntry,
  DisciplineFilter,
  DisciplineKind,
  DisciplineRule,
  DisciplineSourceType,
  DisciplineStatus,
  DispatchRefusalDecisionRequest,
  ManualDisciplineEntryRequest,
  RecordDispatchRefusalRequest,
  RecordUnansweredCallRequest,
  RefusalKind,
  RefusalStatus,
} from "../api/discipline";

export const DISCIPLINE_STATUSES = ["PROPOSED", "CONFIRMED", "WAIVED"] as const satisfies readonly DisciplineStatus[];
export const DISCIPLINE_KINDS = [
  "FINE",
  "WARNING",
  "DEMERIT",
  "MAJOR_DEMERIT",
  "REWARD",
  "COST_CHARGE",
] as const satisfies readonly DisciplineKind[];
export const DISCIPLINE_RULES = [
  "LATE_ARRIVAL",
  "LEFT_WITHOUT_REPORT_IN",
  "INCOMPLETE_SERVICE_REPORT",
  "PHONE_UNREACHABLE",
  "DISPATCH_DISOBEDIENCE",
  "VERIFIED_COMPLAINT",
  "REWORK",
  "CUSTOMER_PRAISE",
  "MANUAL",
] as const satisfies readonly DisciplineRule[];
export const APPEAL_STATUSES = ["PENDING", "UPHELD", "DISMISSED"] as const satisfies readonly AppealStatus[];
export const REFUSAL_KINDS = ["REFUSED", "IGNORED"] as const satisfies readonly RefusalKind[];
export const REFUSAL_STATUSES = ["PENDING", "APPROVED", "NOT_APPROVED"] as const satisfies readonly RefusalStatus[];

/** Kinds that carry money: fines and cost charges are deducted from pay, rewards added. */
export const KINDS_WITH_AMOUNT: readonly DisciplineKind[] = ["FINE", "REWARD", "COST_CHARGE"];

export function carriesAmount(kind: DisciplineKind): boolean {
  return KINDS_WITH_AMOUNT.includes(kind);
}

/** A message key: "required" under "validation", the others under "discipline.errors". */
export type DisciplineProblem = "required" | "amount" | "positive" | "futureDate" | "uuid";

/** The ledger's filter from the page's URL. */
export function disciplineFilterOf(search: URLSearchParams): DisciplineFilter {
  const installerId = search.get("installerId");
  return {
    status: DISCIPLINE_STATUSES.find((value) => value === search.get("status")),
    kind: DISCIPLINE_KINDS.find((value) => value === search.get("kind")),
    rule: DISCIPLINE_RULES.find((value) => value === search.get("rule")),
    installerId: installerId || undefined,
    appealStatus: APPEAL_STATUSES.find((value) => value === search.get("appealStatus")),
  };
}

/**
 * The amount as it moves pay, for reading: "+10.00" for a reward, "−50.00" for a fine or cost charge; null for
 * warnings and demerits, and for a fine the rules could not price yet.
 */
export function signedAmount(
  entry: Pick<DisciplineEntry, "kind" | "amount">,
): { sign: "+" | "−"; amount: string } | null {
  if (!carriesAmount(entry.kind) || entry.amount === undefined) return null;
  return { sign: entry.kind === "REWARD" ? "+" : "−", amount: entry.amount };
}

/** The page of the event that triggered the entry, for the person looking: office pages, or the installer's own job. */
export function sourcePath(entry: Pick<DisciplineEntry, "sourceType" | "sourceId">, fieldOnly: boolean): string | null {
  if (!entry.sourceId) return null;
  const types: Partial<Record<DisciplineSourceType, string>> = fieldOnly
    ? { WORK_ORDER: "/jobs" }
    : { WORK_ORDER: "/work-orders", COMPLAINT: "/complaints", FOLLOW_UP: "/follow-ups" };
  const base = types[entry.sourceType];
  return base ? `${base}/${entry.sourceId}` : null;
}

export type EntryAction = "confirm" | "waive" | "decideAppeal" | "appeal";

/** What the person may do to the entry: a manager confirms, waives and decides appeals; the installer appeals once. */
export function entryActions(
  entry: Pick<DisciplineEntry, "status" | "appealStatus" | "installerId">,
  person: { userId: string; roles: readonly string[] },
): EntryAction[] {
  const actions: EntryAction[] = [];
  if (person.roles.includes("manager")) {
    if (entry.status === "PROPOSED") actions.push("confirm");
    if (entry.appealStatus === "PENDING") actions.push("decideAppeal");
    if (entry.status !== "WAIVED") actions.push("waive");
  }
  if (
    person.roles.includes("installer") &&
    entry.installerId === person.userId &&
    entry.appealStatus === undefined &&
    entry.status !== "WAIVED"
  ) {
    actions.push("appeal");
  }
  return actions;
}

/** Confirming asks for an amount when the rules could not price the entry; a cost charge's amount may be corrected. */
export function confirmationAsksAmount(entry: Pick<DisciplineEntry, "kind" | "amount">): boolean {
  return carriesAmount(entry.kind) && (entry.amount === undefined || entry.kind === "COST_CHARGE");
}

function checkAmount(text: string, required: boolean): DisciplineProblem | null {
  if (isBlank(text)) return required ? "required" : null;
  if (!isAmount(text)) return "amount";
  return isZeroAmount(text) ? "positive" : null;
}

export function validateConfirmation(
  entry: Pick<DisciplineEntry, "kind" | "amount">,
  amount: string,
): Record<string, DisciplineProblem> {
  if (!confirmationAsksAmount(entry)) return {};
  const problem = checkAmount(amount, entry.amount === undefined);
  return problem ? { amount: problem } : {};
}

export function toConfirmation(
  entry: Pick<DisciplineEntry, "kind" | "amount" | "version">,
  amount: string,
): DisciplineDecisionRequest {
  const send = confirmationAsksAmount(entry) && !isBlank(amount) && toAmount(amount) !== entry.amount;
  return { version: entry.version, ...(send ? { amount: toAmount(amount) } : {}) };
}

/** Waiving, appealing and a dismissal all must say why. */
export function validateReason(reason: string, path = "reason"): Record<string, DisciplineProblem> {
  return isBlank(reason) ? { [path]: "required" } : {};
}

export function toWaiver(version: number, reason: string): DisciplineDecisionRequest {
  return { version, reason: reason.trim() };
}

export function toAppeal(version: number, reason: string): AppealRequest {
  return { version, reason: reason.trim() };
}

export interface AppealDecisionForm {
  upheld: "yes" | "no" | "";
  note: string;
}

export function validateAppealDecision(form: AppealDecisionForm): Record<string, DisciplineProblem> {
  const problems: Record<string, DisciplineProblem> = {};
  if (form.upheld === "") problems.upheld = "required";
  if (isBlank(form.note)) problems.note = "required";
  return problems;
}

export function toAppealDecision(form: AppealDecisionForm, version: number): AppealDecisionRequest {
  return { version, upheld: form.upheld === "yes", note: form.note.trim() };
}

/** An entry the manager makes by hand: confirmed at once. */
export interface ManualEntryForm {
  installerId: string;
  kind: DisciplineKind | "";
  amount: string;
  description: string;
  /** "YYYY-MM-DD", or "" for today. */
  occurredOn: string;
}

export function emptyManualEntryForm(): ManualEntryForm {
  return { installerId: "", kind: "", amount: "", description: "", occurredOn: "" };
}

export function validateManualEntry(form: ManualEntryForm, today: string): Record<string, DisciplineProblem> {
  const problems: Record<string, DisciplineProblem> = {};
  if (isBlank(form.installerId)) problems.installerId = "required";
  if (form.kind === "") problems.kind = "required";
  else if (carriesAmount(form.kind)) {
    const amount = checkAmount(form.amount, true);
    if (amount) problems.amount = amount;
  }
  if (isBlank(form.description)) problems.description = "required";
  // ISO dates compare as text.
  if (!isBlank(form.occurredOn) && form.occurredOn > today) problems.occurredOn = "futureDate";
  return problems;
}

export function toManualEntry(form: ManualEntryForm): ManualDisciplineEntryRequest {
  if (form.kind === "") throw new Error("validate the entry before sending it");
  return {
    installerId: form.installerId,
    kind: form.kind,
    ...(carriesAmount(form.kind) ? { amount: toAmount(form.amount) } : {}),
    description: form.description.trim(),
    ...(isBlank(form.occurredOn) ? {} : { occurredOn: form.occurredOn }),
  };
}

/** A call to an installer nobody answered: who, and when (date and time in the tenant's zone). */
export interface UnansweredCallForm {
  installerId: string;
  date: string;
  time: string;
  note: string;
}

export function validateUnansweredCall(
  form: UnansweredCallForm,
  calledAt: string | null,
  now: Date,
): Record<string, DisciplineProblem> {
  const problems: Record<string, DisciplineProblem> = {};
  if (isBlank(form.installerId)) problems.installerId = "required";
  if (isBlank(form.date) || isBlank(form.time)) problems.calledAt = "required";
  else if (calledAt === null) problems.calledAt = "required";
  else if (Date.parse(calledAt) > now.getTime()) problems.calledAt = "futureDate";
  return problems;
}

export function toUnansweredCall(form: UnansweredCallForm, calledAt: string): RecordUnansweredCallRequest {
  return { installerId: form.installerId, calledAt, ...(isBlank(form.note) ? {} : { note: form.note.trim() }) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An assignment refused or left unanswered: which order, who, and the reason given. */
export interface RefusalForm {
  workOrderId: string;
  installerId: string;
  kind: RefusalKind;
  reason: string;
}

export function validateRefusal(form: RefusalForm): Record<string, DisciplineProblem> {
  const problems: Record<string, DisciplineProblem> = {};
  if (isBlank(form.workOrderId)) problems.workOrderId = "required";
  else if (!UUID.test(form.workOrderId.trim())) problems.workOrderId = "uuid";
  if (isBlank(form.installerId)) problems.installerId = "required";
  return problems;
}

export function toRefusal(form: RefusalForm): RecordDispatchRefusalRequest {
  return {
    workOrderId: form.workOrderId.trim().toLowerCase(),
    installerId: form.installerId,
    kind: form.kind,
    ...(isBlank(form.reason) ? {} : { reason: form.reason.trim() }),
  };
}

export function toRefusalDecision(approved: boolean, note: string, version: number): DispatchRefusalDecisionRequest {
  return { version, approved, ...(isBlank(note) ? {} : { note: note.trim() }) };
}
