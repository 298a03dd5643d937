/**
 * Pages customers open from a link without an account: a tenant's booking and sign-up pages, a booking's tracking
 * page and a customer's personal link of a maintenance campaign (/c/<tenant>/<code>).
 * They start without a sign-in (main.tsx), so a customer is never sent to the staff login.
 */
const PUBLIC_PREFIXES = ["/book/", "/track/", "/sign-up/", "/c/"] as const;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix) && pathname.length > prefix.length);
}
