/** The tracking page of a booking: its code is the only key, so it stands in the path. */
export function trackingPath(trackingCode: string): string {
  return `/track/${encodeURIComponent(trackingCode)}`;
}

export function bookingPath(tenantSlug: string): string {
  return `/book/${encodeURIComponent(tenantSlug)}`;
}

/** A tenant's page where a customer on record opens their account. */
export function signUpPath(tenantSlug: string): string {
  return `/sign-up/${encodeURIComponent(tenantSlug)}`;
}

/** Where a customer lands once signed in: their products, warranty cards and service history. */
export const MY_PRODUCTS_PATH = "/my-products";

/** A customer's personal link of a maintenance campaign, as the campaign's message carries it. */
export function campaignLinkPath(tenantSlug: string, linkCode: string): string {
  return `/c/${encodeURIComponent(tenantSlug)}/${encodeURIComponent(linkCode)}`;
}

/** A signed-in customer's own requests, where they move, cancel, sign off or object. */
export const MY_REQUESTS_PATH = "/my-requests";
