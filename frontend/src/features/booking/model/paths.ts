/** The tracking page of a booking: its code is the only key, so it stands in the path. */
export function trackingPath(trackingCode: string): string {
  return `/track/${encodeURIComponent(trackingCode)}`;
}

export function bookingPath(tenantSlug: string): string {
  return `/book/${encodeURIComponent(tenantSlug)}`;
}
