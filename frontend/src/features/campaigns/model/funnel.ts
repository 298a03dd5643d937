import type { CampaignFunnel, CampaignStage } from "../api/campaigns";

/** The customers' path after a message was written for them; each step counts those who got at least that far. */
export const FUNNEL_STEPS = ["messaged", "sent", "delivered", "opened", "booked", "done"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** The stages a recipient can be at, in the order of the path, for the recipients' filter. */
export const CAMPAIGN_STAGES = [
  "PENDING",
  "SENT",
  "DELIVERED",
  "OPENED",
  "BOOKED",
  "DONE",
  "FAILED",
  "OPTED_OUT",
  "UNREACHABLE",
] as const satisfies readonly CampaignStage[];

export interface FunnelRow {
  step: FunnelStep;
  count: number;
  /** Share of the previous step that got here; null for the first step or when the previous step is empty. */
  fromPrevious: number | null;
  /** Share of the customers messaged; null when nobody was messaged. */
  fromMessaged: number | null;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The funnel's steps with the conversion of each from the step before and from everyone messaged. */
export function funnelRows(funnel: CampaignFunnel): FunnelRow[] {
  return FUNNEL_STEPS.map((step, index) => {
    const count = funnel[step];
    const previous = index === 0 ? null : funnel[FUNNEL_STEPS[index - 1]!];
    return {
      step,
      count,
      fromPrevious: previous === null ? null : share(count, previous),
      fromMessaged: share(count, funnel.messaged),
    };
  });
}

/** How far the sending is: messages out (sent or failed for good) of those written. */
export function sendingProgress(funnel: CampaignFunnel): { done: number; total: number; percent: number } {
  const done = funnel.sent + funnel.failed;
  const total = funnel.messaged;
  return { done, total, percent: total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0 };
}

/** Booked visits per customer messaged: the campaign's conversion. */
export function conversion(funnel: CampaignFunnel): number | null {
  return share(funnel.booked, funnel.messaged);
}

/** "12.5%" in the UI's language; "—" when there is nothing to divide. */
export function formatShare(value: number | null, locale: string): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
}
