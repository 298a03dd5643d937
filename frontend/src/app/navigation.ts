/** The pages of the app and the realm role each needs; the server checks the same roles again. */
export const PAGES = {
  home: { path: "/", role: null },
  tenants: { path: "/tenants", role: "platform-admin" },
  settings: { path: "/settings", role: "manager" },
  calendar: { path: "/calendar", role: "manager" },
  staff: { path: "/staff", role: "manager" },
  integrations: { path: "/integrations", role: "manager" },
  audit: { path: "/audit", role: "manager" },
} as const satisfies Record<string, { path: string; role: string | null }>;

export type PageKey = keyof typeof PAGES;

export interface NavItem {
  key: PageKey;
  path: string;
}

export function canOpen(page: PageKey, roles: readonly string[]): boolean {
  const role = PAGES[page].role;
  return role === null || roles.includes(role);
}

/** Navigation entries the user's roles allow, in menu order; everyone has the home page. */
export function navigationFor(roles: readonly string[]): NavItem[] {
  return (Object.keys(PAGES) as PageKey[])
    .filter((key) => canOpen(key, roles))
    .map((key) => ({ key, path: PAGES[key].path }));
}
