export const PARTNER_TABS = ["agreements", "orders", "quota", "staff", "statements"] as const;
export type PartnerTab = (typeof PARTNER_TABS)[number];

/** The tab named in the URL (`?tab=`), agreements by default. */
export function partnerTabOf(value: string | null): PartnerTab {
  return PARTNER_TABS.find((tab) => tab === value) ?? "agreements";
}
