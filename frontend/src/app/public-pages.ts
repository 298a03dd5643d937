/**
 * Pages customers open from a link without an account: a tenant's booking and sign-up pages and a booking's tracking
 * page.
 * They start without a sign-in (main.tsx), so a customer is never sent to the staff login.
 */
const PUBLIC_PREFIXES = ["/book/", "/track/", "/sign-up/"] as const;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix) && pathname.length > prefix.length);
}
