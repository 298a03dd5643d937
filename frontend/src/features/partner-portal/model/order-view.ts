import type { PartnerOrderView } from "../api/portal";

/**
 * What the partner's page shows of a job's customer: exactly what the server gave (surname, masked phone, the
 * site); nothing is unmasked or looked up elsewhere.
 */
export function customerLine(order: Pick<PartnerOrderView, "customerName" | "customerPhoneMasked">): string {
  return [order.customerName, order.customerPhoneMasked].filter(Boolean).join(" · ");
}

/** The masked device serials, or null when the job has none. */
export function serialsLine(order: Pick<PartnerOrderView, "deviceSerialsMasked">): string | null {
  return order.deviceSerialsMasked.length > 0 ? order.deviceSerialsMasked.join("、") : null;
}
