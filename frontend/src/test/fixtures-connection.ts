import type { Schema } from "@/lib/api/schema-types";
import { servicePromise } from "./fixtures";

/** A low-voltage application just registered by the office, waiting for its supply plan. */
export function connectionApplication(
  overrides: Partial<Schema<"ConnectionApplication">> = {},
): Schema<"ConnectionApplication"> {
  return {
    id: "0193a5c8-0000-7000-8000-0000000ca001",
    number: "CA-000007",
    status: "APPLIED",
    kind: "NEW_CONNECTION",
    supplyClass: "LOW_VOLTAGE",
    capacityKva: "80.0",
    source: "STAFF",
    customerId: "0193a5c8-0000-7000-8000-0000000c0001",
    customerName: "南京恒达机械厂",
    customerPhone: "025-8888-1234",
    siteAddress: "江苏省南京市江宁区天元中路 8 号",
    description: "新建厂房用电",
    requiredDocuments: ["LOAD_COMPOSITION", "MAIN_EQUIPMENT_LIST"],
    designs: [],
    materials: [],
    inspections: [],
    workOrders: [],
    promise: servicePromise({ kind: "SUPPLY_PLAN", dueAt: "2026-12-17T09:00:00+08:00" }),
    allowedNextStates: ["PLAN_NOTIFIED", "CANCELLED"],
    allowedActions: ["EXPLAIN_DELAY", "NOTIFY_PLAN", "CANCEL"],
    createdAt: "2026-12-07T09:00:00+08:00",
    createdBy: "li.dispatcher",
    updatedAt: "2026-12-07T09:00:00+08:00",
    version: 0,
    ...overrides,
  };
}

export function connectionSummary(
  overrides: Partial<Schema<"ConnectionApplicationSummary">> = {},
): Schema<"ConnectionApplicationSummary"> {
  const full = connectionApplication();
  return {
    id: full.id,
    number: full.number,
    status: full.status,
    kind: full.kind,
    supplyClass: full.supplyClass,
    capacityKva: full.capacityKva,
    customerId: full.customerId,
    customerName: full.customerName,
    siteAddress: full.siteAddress,
    promise: full.promise,
    createdAt: full.createdAt,
    ...overrides,
  };
}
