import { addDays, daysBetween, localDateOf, localTimeOf, zonedDateTimeToIso } from "@/lib/format";
import { isBlank } from "@/lib/validation";
import type { Campaign, CampaignChannel, CampaignKind, CampaignRequest, CampaignSegment } from "../api/campaigns";
import { MESSAGE_LANGUAGES, builtInMessage, placeholderProblem, type MessageLanguage } from "./message";

export const CAMPAIGN_KINDS = ["MAINTENANCE", "RECENT_INSTALLATIONS"] as const satisfies readonly CampaignKind[];
export const CAMPAIGN_CHANNELS = ["SMS", "EMAIL"] as const satisfies readonly CampaignChannel[];

/** The server's limits: visits over at most 92 days, a slot taking 1–1000 campaign bookings. */
export const MAX_VISIT_DAYS = 92;
export const MIN_SLOT_CAPACITY = 1;
export const MAX_SLOT_CAPACITY = 1000;
/** Proposed quiet hours: nobody is woken by a campaign. */
export const DEFAULT_QUIET_HOURS: [string, string] = ["21:00", "08:00"];
const DEFAULT_SLOT_CAPACITY = 2;
const DEFAULT_VISIT_DAYS = 30;

/** The segment as the form holds it: a number or a choice left empty does not narrow the segment. */
export interface SegmentForm {
  installedWithinMonths: number | null;
  productId: string;
  warrantyEndingWithinDays: number | null;
  servicePointId: string;
  notServicedForMonths: number | null;
}

export interface CampaignForm {
  name: string;
  kind: CampaignKind;
  channel: CampaignChannel;
  segment: SegmentForm;
  messageZh: string;
  messageEn: string;
  /** First and last visit day, "2026-12-10". */
  visits: [string, string] | null;
  slotCapacity: number | null;
  /** "21:00"–"08:00", may pass midnight; null sends any time. */
  quietHours: [string, string] | null;
  /** "2026-12-09 09:00" on the tenant's clock, or "" to send at launch. */
  sendAt: string;
}

export type CampaignProblem =
  "required" | "visitsTooLong" | "capacity" | "linkRequired" | "unknownPlaceholder" | "quietSame" | "sendAt";

/** A new campaign: maintenance by SMS, the built-in texts, visits from tomorrow for a month, quiet at night. */
export function emptyCampaignForm(today: string): CampaignForm {
  return {
    name: "",
    kind: "MAINTENANCE",
    channel: "SMS",
    segment: emptySegment(),
    messageZh: builtInMessage("MAINTENANCE", "zh"),
    messageEn: builtInMessage("MAINTENANCE", "en"),
    visits: [addDays(today, 1), addDays(today, DEFAULT_VISIT_DAYS)],
    slotCapacity: DEFAULT_SLOT_CAPACITY,
    quietHours: DEFAULT_QUIET_HOURS,
    sendAt: "",
  };
}

function emptySegment(): SegmentForm {
  return {
    installedWithinMonths: null,
    productId: "",
    warrantyEndingWithinDays: null,
    servicePointId: "",
    notServicedForMonths: null,
  };
}

/** A draft as the form edits it; its send time on the tenant's clock. */
export function campaignFormOf(campaign: Campaign, timeZone: string): CampaignForm {
  const segment = campaign.segment;
  return {
    name: campaign.name,
    kind: campaign.kind,
    channel: campaign.channel,
    segment: {
      installedWithinMonths: segment.installedWithinMonths ?? null,
      productId: segment.productId ?? "",
      warrantyEndingWithinDays: segment.warrantyEndingWithinDays ?? null,
      servicePointId: segment.servicePointId ?? "",
      notServicedForMonths: segment.notServicedForMonths ?? null,
    },
    messageZh: campaign.messageZh,
    messageEn: campaign.messageEn,
    visits: [campaign.visitsFrom, campaign.visitsUntil],
    slotCapacity: campaign.slotCapacity,
    quietHours: campaign.quietFrom && campaign.quietUntil ? [campaign.quietFrom, campaign.quietUntil] : null,
    sendAt: campaign.sendAt
      ? `${localDateOf(campaign.sendAt, timeZone)} ${localTimeOf(campaign.sendAt, timeZone)}`
      : "",
  };
}

/** When the kind changes, a message still at the old kind's built-in text follows to the new kind's. */
export function messagesForKind(
  form: Pick<CampaignForm, "messageZh" | "messageEn">,
  from: CampaignKind,
  to: CampaignKind,
) {
  const follow = (language: MessageLanguage, text: string) =>
    isBlank(text) || text.trim() === builtInMessage(from, language) ? builtInMessage(to, language) : text;
  return { messageZh: follow("zh", form.messageZh), messageEn: follow("en", form.messageEn) };
}

/** The segment the server counts and saves; `recentMonths` stands in for months left empty in a RECENT_INSTALLATIONS campaign. */
export function segmentOf(
  segment: SegmentForm,
  kind?: CampaignKind,
  recentMonths?: number | undefined,
): CampaignSegment {
  const months =
    segment.installedWithinMonths ?? (kind === "RECENT_INSTALLATIONS" && recentMonths ? recentMonths : null);
  return {
    ...(months !== null ? { installedWithinMonths: months } : {}),
    ...(segment.productId ? { productId: segment.productId } : {}),
    ...(segment.warrantyEndingWithinDays !== null
      ? { warrantyEndingWithinDays: segment.warrantyEndingWithinDays }
      : {}),
    ...(segment.servicePointId ? { servicePointId: segment.servicePointId } : {}),
    ...(segment.notServicedForMonths !== null ? { notServicedForMonths: segment.notServicedForMonths } : {}),
  };
}

const SEND_AT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})$/;

function sendAtIso(sendAt: string, timeZone: string): string | null {
  const match = SEND_AT.exec(sendAt.trim());
  return match ? zonedDateTimeToIso(match[1]!, match[2]!, timeZone) : null;
}

/** What the form misses or breaks before it can be sent, keyed like the server's field errors. */
export function validateCampaignForm(form: CampaignForm, timeZone: string): Record<string, CampaignProblem> {
  const problems: Record<string, CampaignProblem> = {};
  if (isBlank(form.name)) problems.name = "required";
  for (const language of MESSAGE_LANGUAGES) {
    const field = language === "zh" ? "messageZh" : "messageEn";
    // Empty sends the built-in text.
    const text = form[field];
    if (isBlank(text)) continue;
    const problem = placeholderProblem(text);
    if (problem) problems[field] = problem;
  }
  if (!form.visits) problems.visits = "required";
  else if (daysBetween(form.visits[0], form.visits[1]) > MAX_VISIT_DAYS) problems.visits = "visitsTooLong";
  if (form.slotCapacity === null) problems.slotCapacity = "required";
  else if (
    !Number.isInteger(form.slotCapacity) ||
    form.slotCapacity < MIN_SLOT_CAPACITY ||
    form.slotCapacity > MAX_SLOT_CAPACITY
  ) {
    problems.slotCapacity = "capacity";
  }
  if (form.quietHours && form.quietHours[0] === form.quietHours[1]) problems.quietHours = "quietSame";
  if (!isBlank(form.sendAt) && sendAtIso(form.sendAt, timeZone) === null) problems.sendAt = "sendAt";
  return problems;
}

/** The body of POST /campaigns, or of PUT with the version read, for a valid form. */
export function toCampaignRequest(form: CampaignForm, timeZone: string, version?: number): CampaignRequest {
  if (!form.visits || form.slotCapacity === null) throw new Error("validate the campaign before sending it");
  const sendAt = isBlank(form.sendAt) ? null : sendAtIso(form.sendAt, timeZone);
  return {
    name: form.name.trim(),
    kind: form.kind,
    channel: form.channel,
    segment: segmentOf(form.segment),
    ...(isBlank(form.messageZh) ? {} : { messageZh: form.messageZh.trim() }),
    ...(isBlank(form.messageEn) ? {} : { messageEn: form.messageEn.trim() }),
    visitsFrom: form.visits[0],
    visitsUntil: form.visits[1],
    slotCapacity: form.slotCapacity,
    ...(form.quietHours ? { quietFrom: form.quietHours[0], quietUntil: form.quietHours[1] } : {}),
    ...(sendAt ? { sendAt } : {}),
    ...(version === undefined ? {} : { version }),
  };
}

/** Server field paths whose control has another name in the form. */
export function formFieldOf(serverPath: string): string | null {
  if (serverPath === "visitsFrom" || serverPath === "visitsUntil") return "visits";
  if (serverPath === "quietFrom" || serverPath === "quietUntil") return "quietHours";
  return null;
}

/** Whether the quiet hours pass midnight (21:00–08:00). */
export function isOvernight(quietHours: readonly [string, string]): boolean {
  return quietHours[0] > quietHours[1];
}
