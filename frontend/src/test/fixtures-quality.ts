import type { Schema } from "@/lib/api/schema-types";

export function earlyWarning(overrides: Partial<Schema<"EarlyWarning">> = {}): Schema<"EarlyWarning"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000000e1",
    number: "EW-000001",
    productId: "0193a5c8-0000-7000-8000-0000000000a1",
    productName: "冷柜 K-200",
    faultCategory: "no-cooling",
    faultCategoryName: "不制冷",
    rule: "MONTHLY",
    periodStart: "2026-12-01",
    periodEnd: "2026-12-31",
    occurrences: 4,
    evidenceOrders: [
      { id: "0193a5c8-0000-7000-8000-0000000000b1", number: "WO-000101" },
      { id: "0193a5c8-0000-7000-8000-0000000000b2", number: "WO-000102" },
    ],
    evidenceReports: [
      { id: "0193a5c8-0000-7000-8000-0000000000c1", number: "QR-000007" },
      { id: "0193a5c8-0000-7000-8000-0000000000c2", number: "QR-000008" },
    ],
    routedTo: "ENGINEERING",
    contactEmail: "engineering@example.com",
    status: "OPEN",
    raisedAt: "2026-12-05T02:00:00Z",
    version: 0,
    ...overrides,
  };
}

export function faultCategory(overrides: Partial<Schema<"FaultCategory">> = {}): Schema<"FaultCategory"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000000f1",
    code: "no-cooling",
    name: "不制冷",
    faultClass: "TECHNICAL",
    productIds: [],
    active: true,
    createdAt: "2026-12-01T02:00:00Z",
    updatedAt: "2026-12-01T02:00:00Z",
    version: 0,
    ...overrides,
  };
}

export function product(overrides: Partial<Schema<"CatalogItem">> = {}): Schema<"CatalogItem"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000000a1",
    code: "K-200",
    name: "冷柜 K-200",
    kind: "PRODUCT",
    unit: "台",
    createdAt: "2026-01-01T02:00:00Z",
    updatedAt: "2026-01-01T02:00:00Z",
    version: 0,
    ...overrides,
  };
}
