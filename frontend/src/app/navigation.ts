const OFFICE = ["manager", "dispatcher"] as const;

/**
 * The pages of the app and the realm roles that may open each (any one of them); the server checks the same
 * roles again. `null` means every signed-in person.
 */
export const PAGES = {
  // A call can come any moment: taking it is the first entry of the office's menu.
  intake: { path: "/intake", roles: OFFICE },
  home: { path: "/", roles: null },
  tenants: { path: "/tenants", roles: ["platform-admin"] },
  countryCalendars: { path: "/country-calendars", roles: ["platform-admin"] },
  serviceRequests: { path: "/service-requests", roles: OFFICE },
  // Power-connection applications (报装接电): only for tenants that do this work (see PAGE_FEATURES).
  connectionApplications: { path: "/connection-applications", roles: OFFICE },
  workOrders: { path: "/work-orders", roles: OFFICE },
  dispatch: { path: "/dispatch", roles: OFFICE },
  promiseWatch: { path: "/promises", roles: OFFICE },
  followUps: { path: "/follow-ups", roles: OFFICE },
  // Maintenance campaigns: managers define and launch them, dispatchers follow the bookings they bring.
  campaigns: { path: "/campaigns", roles: OFFICE },
  objections: { path: "/objections", roles: OFFICE },
  complaints: { path: "/complaints", roles: OFFICE },
  qualityReports: { path: "/quality-reports", roles: OFFICE },
  earlyWarnings: { path: "/early-warnings", roles: ["manager"] },
  reworkStats: { path: "/work-orders/rework", roles: ["manager"] },
  indicators: { path: "/indicators", roles: ["manager"] },
  installers: { path: "/installers", roles: OFFICE },
  customers: { path: "/customers", roles: OFFICE },
  customerAccounts: { path: "/customer-accounts", roles: OFFICE },
  assets: { path: "/assets", roles: OFFICE },
  catalog: { path: "/catalog", roles: OFFICE },
  faultCategories: { path: "/fault-categories", roles: ["manager"] },
  servicePoints: { path: "/service-points", roles: OFFICE },
  imports: { path: "/imports", roles: OFFICE },
  reports: { path: "/reports", roles: ["manager"] },
  myJobs: { path: "/jobs", roles: ["installer"] },
  // Installers see their own entries on the same page.
  discipline: { path: "/discipline", roles: ["manager", "dispatcher", "installer"] },
  payroll: { path: "/payroll", roles: ["manager"] },
  // Everyone on the staff clocks in here; the office also sees the monthly sheet.
  attendance: { path: "/attendance", roles: ["manager", "dispatcher", "installer"] },
  trips: { path: "/trips", roles: ["manager", "dispatcher", "installer"] },
  expenseClaims: { path: "/expense-claims", roles: ["manager", "dispatcher", "installer"] },
  secondments: { path: "/secondments", roles: OFFICE },
  partners: { path: "/partners", roles: ["manager"] },
  // An outsourcing partner's own staff: their jobs and statements.
  partnerOrders: { path: "/partner/orders", roles: ["partner"] },
  partnerStatements: { path: "/partner/statements", roles: ["partner"] },
  // A customer's own: their products with warranty and service history first, then their requests.
  myProducts: { path: "/my-products", roles: ["customer"] },
  myBooking: { path: "/my-booking", roles: ["customer"] },
  myRequests: { path: "/my-requests", roles: ["customer"] },
  myConnectionApplications: { path: "/my-connection-applications", roles: ["customer"] },
  myDetails: { path: "/my-details", roles: ["customer"] },
  settings: { path: "/settings", roles: ["manager"] },
  calendar: { path: "/calendar", roles: ["manager"] },
  staff: { path: "/staff", roles: ["manager"] },
  integrations: { path: "/integrations", roles: ["manager"] },
  // The SMS and e-mail the tenant sent or is about to send, with their delivery receipts.
  notifications: { path: "/notifications", roles: ["manager"] },
  // The words of those messages, per kind and language.
  messageTexts: { path: "/message-texts", roles: ["manager"] },
  audit: { path: "/audit", roles: ["manager"] },
} as const satisfies Record<string, { path: string; roles: readonly string[] | null }>;

export type PageKey = keyof typeof PAGES;

/** What the tenant has switched on, as who-am-I tells it; a page needing a module stays hidden without it. */
export interface TenantModules {
  connectionApplications?: boolean | undefined;
}

/** Pages that belong to a module a tenant switches on in its settings. */
const PAGE_MODULES: Partial<Record<PageKey, keyof TenantModules>> = {
  connectionApplications: "connectionApplications",
  myConnectionApplications: "connectionApplications",
};

// Product quality keeps its pages' names with its own texts.
const OWN_LABELS = {
  qualityReports: "quality.nav.qualityReports",
  earlyWarnings: "quality.nav.earlyWarnings",
  faultCategories: "quality.nav.faultCategories",
} as const;

/** The translation key of a page's name in the menu and the breadcrumbs. */
export function pageLabel(page: PageKey) {
  return page in OWN_LABELS
    ? OWN_LABELS[page as keyof typeof OWN_LABELS]
    : (`nav.${page as Exclude<PageKey, keyof typeof OWN_LABELS>}` as const);
}

export interface NavItem {
  key: PageKey;
  path: string;
}

export function canOpen(page: PageKey, roles: readonly string[], modules: TenantModules = {}): boolean {
  const allowed: readonly string[] | null = PAGES[page].roles;
  const module = PAGE_MODULES[page];
  if (module && modules[module] !== true) return false;
  return allowed === null || allowed.some((role) => roles.includes(role));
}

/** Whether the person works in the field only: installers who are not also office staff. */
export function isFieldOnly(roles: readonly string[]): boolean {
  return roles.includes("installer") && !OFFICE.some((role) => roles.includes(role));
}

/** Whether the person is a customer only: no office or field role besides. */
export function isCustomerOnly(roles: readonly string[]): boolean {
  return roles.includes("customer") && !roles.includes("installer") && !OFFICE.some((role) => roles.includes(role));
}

/** Whether the person works for an outsourcing partner only: no office or field role besides. */
export function isPartnerOnly(roles: readonly string[]): boolean {
  return roles.includes("partner") && !roles.includes("installer") && !OFFICE.some((role) => roles.includes(role));
}

/**
 * Where a person lands after signing in: installers go straight to their jobs, customers to their products,
 * everyone else home.
 */
export function landingPath(roles: readonly string[]): string {
  if (isFieldOnly(roles)) return PAGES.myJobs.path;
  if (isCustomerOnly(roles)) return PAGES.myProducts.path;
  if (isPartnerOnly(roles)) return PAGES.partnerOrders.path;
  return PAGES.home.path;
}

/** The menu's groups, by job (UI.md); each page sits in exactly one group, in menu order. */
export const NAV_GROUPS = [
  { key: "frontDesk", pages: ["intake", "serviceRequests", "connectionApplications"] },
  // The manager's own: how the department is doing, right after taking a call.
  { key: "management", pages: ["indicators", "reports"] },
  { key: "dispatch", pages: ["workOrders", "dispatch", "promiseWatch", "reworkStats"] },
  { key: "field", pages: ["myJobs", "installers"] },
  {
    key: "customers",
    pages: [
      "customers",
      "customerAccounts",
      "assets",
      "catalog",
      "faultCategories",
      "servicePoints",
      "imports",
      "myProducts",
      "myBooking",
      "myRequests",
      "myConnectionApplications",
      "myDetails",
    ],
  },
  { key: "care", pages: ["followUps", "campaigns", "objections", "complaints", "qualityReports", "earlyWarnings"] },
  { key: "peopleAndPay", pages: ["discipline", "attendance", "trips", "expenseClaims", "secondments", "payroll"] },
  { key: "partners", pages: ["partners", "partnerOrders", "partnerStatements"] },
  {
    key: "admin",
    pages: [
      "settings",
      "calendar",
      "staff",
      "integrations",
      "notifications",
      "messageTexts",
      "audit",
      "tenants",
      "countryCalendars",
    ],
  },
] as const satisfies readonly { key: string; pages: readonly Exclude<PageKey, "home">[] }[];

export type NavGroupKey = (typeof NAV_GROUPS)[number]["key"];

/** A role with fewer entries than this gets a flat menu: groups would only add clicks. */
export const FLAT_MENU_BELOW = 7;

export interface Menu {
  /** Home, when the person lands there; it stands above the groups. */
  home: NavItem | null;
  /** Every entry in one list (flat) or grouped by job; groups without an allowed page are left out. */
  groups: { key: NavGroupKey; items: NavItem[] }[];
  flat: boolean;
}

/** The menu of the user's roles: home first, then the allowed pages grouped by job, or flat when few. */
export function menuFor(roles: readonly string[], modules: TenantModules = {}): Menu {
  const allowed = navigationFor(roles, modules);
  const home = allowed.find((item) => item.key === "home") ?? null;
  const groups = NAV_GROUPS.map((group) => ({
    key: group.key,
    items: (group.pages as readonly PageKey[])
      .filter((page) => allowed.some((item) => item.key === page))
      .map((page) => ({ key: page, path: PAGES[page].path })),
  })).filter((group) => group.items.length > 0);
  const entries = groups.reduce((sum, group) => sum + group.items.length, 0);
  return { home, groups, flat: entries < FLAT_MENU_BELOW };
}

/** The page a path belongs to (the longest matching page path), for breadcrumbs and the selected menu entry. */
export function pageOfPath(pathname: string): PageKey | null {
  let best: PageKey | null = null;
  for (const key of Object.keys(PAGES) as PageKey[]) {
    const path = PAGES[key].path;
    const matches = path === "/" ? pathname === "/" : pathname === path || pathname.startsWith(`${path}/`);
    if (matches && (best === null || path.length > PAGES[best].path.length)) best = key;
  }
  return best;
}

/** The group a page sits in, if any. */
export function groupOfPage(page: PageKey): NavGroupKey | null {
  return NAV_GROUPS.find((group) => (group.pages as readonly PageKey[]).includes(page))?.key ?? null;
}

/** Navigation entries the user's roles allow, in menu order; the home page unless the person lands elsewhere. */
export function navigationFor(roles: readonly string[], modules: TenantModules = {}): NavItem[] {
  const landsHome = landingPath(roles) === PAGES.home.path;
  return (Object.keys(PAGES) as PageKey[])
    .filter((key) => canOpen(key, roles, modules) && (key !== "home" || landsHome))
    .map((key) => ({ key, path: PAGES[key].path }));
}
