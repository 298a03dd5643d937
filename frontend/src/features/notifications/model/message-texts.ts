/** Who receives each message kind; a kind the screen does not know yet is said to go to "others". */
export type MessageRecipient = "customer" | "installer" | "office" | "other";

const RECIPIENTS = {
  SIGN_UP_CODE: "customer",
  CUSTOMER_INVITATION: "customer",
  SERVICE_REPORT_READY: "customer",
  BOOKING_RECEIVED: "customer",
  APPOINTMENT_SET: "customer",
  APPOINTMENT_CHANGED: "customer",
  ON_THE_WAY: "customer",
  ON_THE_WAY_NO_ETA: "customer",
  ORDER_CANCELLED: "customer",
  ASSIGNED: "installer",
  UNASSIGNED: "installer",
  PROMISE_BREACHED: "office",
  OBJECTION_ESCALATED: "office",
  EARLY_WARNING: "office",
  WEEKLY_REPORT_READY: "office",
  MONTHLY_ANALYSIS_READY: "office",
  CONNECTION_RECEIVED: "customer",
  CONNECTION_PLAN_DELAYED: "customer",
  CONNECTION_PLAN_NOTIFIED: "customer",
  CONNECTION_PLAN_EXPIRING: "customer",
  CONNECTION_PLAN_EXPIRED: "customer",
  CONNECTION_DESIGN_APPROVED: "customer",
  CONNECTION_DESIGN_CHANGES: "customer",
  CONNECTION_INSPECTION_FAILED: "customer",
  CONNECTION_CONNECTED: "customer",
} as const satisfies Record<string, MessageRecipient>;

/** The kinds the screen has names for in both languages. */
export type KnownKind = keyof typeof RECIPIENTS;

export function isKnownKind(template: string): template is KnownKind {
  return Object.hasOwn(RECIPIENTS, template);
}

/** The values a message may carry, by the names the server gives them. */
export const ARGUMENTS = [
  "code",
  "minutes",
  "company",
  "link",
  "days",
  "orderNumber",
  "requestNumber",
  "window",
  "arrivalTime",
  "reason",
  "customerName",
  "subject",
  "promise",
  "dueTime",
  "objectionNumber",
  "warningNumber",
  "product",
  "faultCategory",
  "occurrences",
  "period",
  "applicationNumber",
  "explanation",
  "plan",
  "validUntil",
  "objectionUntil",
  "extensionAskUntil",
  "opinion",
  "findings",
  "meterNumber",
] as const;
export type KnownArgument = (typeof ARGUMENTS)[number];

export function isKnownArgument(name: string): name is KnownArgument {
  return (ARGUMENTS as readonly string[]).includes(name);
}

export function recipientOf(template: string): MessageRecipient {
  return isKnownKind(template) ? RECIPIENTS[template] : "other";
}

/** "ORDER_CANCELLED" → "Order cancelled": the name of a kind no translation knows yet, never its key. */
export function plainName(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The text with the placeholder put where the cursor was (replacing a selection), and where the cursor goes. */
export function insertPlaceholder(
  text: string,
  index: number,
  selectionStart: number | null | undefined,
  selectionEnd: number | null | undefined,
): { text: string; cursor: number } {
  const token = `{${index}}`;
  const start = Math.min(selectionStart ?? text.length, text.length);
  const end = Math.max(start, Math.min(selectionEnd ?? start, text.length));
  return { text: text.slice(0, start) + token + text.slice(end), cursor: start + token.length };
}
