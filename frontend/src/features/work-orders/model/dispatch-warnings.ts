import { localDateOf } from "@/lib/format";
import type { Installer, Qualification, WorkOrder, WorkOrderSummary } from "../api/work-orders";
import { holdsCrew } from "./lifecycle";

/** Why an installer probably cannot take a job; the server decides, this warns before assigning. */
export type DispatchWarning =
  | { kind: "inactive" }
  | { kind: "noCertificate"; qualification: Qualification }
  | { kind: "certificateExpired"; qualification: Qualification; validTo: string }
  | { kind: "certificateNotYetValid"; qualification: Qualification; validFrom: string }
  | { kind: "overlap"; orders: string[] };

const QUALIFICATION_ORDER: readonly Qualification[] = ["ELECTRICIAN", "WELDING", "HEIGHT", "OTHER"];

/** The appointment's calendar day in the tenant's zone: certificates must be valid on that day. */
export function appointmentDay(order: Pick<WorkOrder, "appointment">, timeZone: string): string {
  return localDateOf(order.appointment.start, timeZone);
}

function certificateWarning(installer: Installer, qualification: Qualification, day: string): DispatchWarning | null {
  const ofType = installer.certifications.filter((c) => c.type === qualification);
  // ISO dates compare as text; validity includes both the first and the last day.
  if (ofType.some((c) => c.validFrom <= day && day <= c.validTo)) return null;
  if (ofType.length === 0) return { kind: "noCertificate", qualification };
  const latestEnd = ofType
    .map((c) => c.validTo)
    .sort()
    .at(-1)!;
  if (latestEnd < day) return { kind: "certificateExpired", qualification, validTo: latestEnd };
  const nextStart = ofType
    .map((c) => c.validFrom)
    .filter((from) => from > day)
    .sort()[0]!;
  return { kind: "certificateNotYetValid", qualification, validFrom: nextStart };
}

function overlaps(a: WorkOrder["appointment"], b: WorkOrder["appointment"]): boolean {
  return Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);
}

/** Numbers of the installer's other open jobs whose appointment overlaps this order's. */
export function overlappingOrders(
  order: WorkOrder,
  installerId: string,
  others: readonly WorkOrderSummary[],
): string[] {
  return others
    .filter(
      (other) =>
        other.id !== order.id &&
        holdsCrew(other.status) &&
        (other.leadInstallerId === installerId || other.helperIds.includes(installerId)) &&
        overlaps(order.appointment, other.appointment),
    )
    .map((other) => other.number);
}

/**
 * What speaks against sending the installer on this order: inactive, a required certificate missing or not
 * valid on the appointment day, or another open job at an overlapping time.
 */
export function dispatchWarnings(
  order: WorkOrder,
  installer: Installer,
  others: readonly WorkOrderSummary[],
  timeZone: string,
): DispatchWarning[] {
  const warnings: DispatchWarning[] = [];
  if (installer.status !== "ACTIVE") warnings.push({ kind: "inactive" });
  const day = appointmentDay(order, timeZone);
  const required = QUALIFICATION_ORDER.filter((q) => order.requiredQualifications.includes(q));
  for (const qualification of required) {
    const warning = certificateWarning(installer, qualification, day);
    if (warning) warnings.push(warning);
  }
  const clashes = overlappingOrders(order, installer.id, others);
  if (clashes.length > 0) warnings.push({ kind: "overlap", orders: clashes });
  return warnings;
}

/**
 * The server's refusal reasons by installer id: 409 errors name the crew member by position in the request
 * (`leadInstallerId`, `helperIds[1]`); the message starts with the installer's id, which the UI leaves out.
 */
export function refusalsByInstaller(
  errors: readonly { field: string; message: string }[],
  sent: { leadInstallerId: string; helperIds: readonly string[] },
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { field, message } of errors) {
    const helper = /^helperIds(?:\[(\d+)\]|\.(\d+))$/.exec(field);
    const id =
      field === "leadInstallerId"
        ? sent.leadInstallerId
        : helper
          ? sent.helperIds[Number(helper[1] ?? helper[2])]
          : undefined;
    if (!id) continue;
    const text = message.startsWith(id) ? message.slice(id.length).trim() : message;
    result[id] = result[id] ? `${result[id]}; ${text}` : text;
  }
  return result;
}
