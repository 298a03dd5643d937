import type { i18n as I18n, TFunction } from "i18next";

/** The record types the audit log knows, for its filter (the API's `entityType` values). */
export const AUDIT_ENTITY_TYPES = [
  "work-order",
  "service-request",
  "customer",
  "customer-contact",
  "customer-site",
  "asset",
  "catalog-item",
  "service-point",
  "installer",
  "certification",
  "leave-request",
  "tool-issue",
  "attendance-clock",
  "trip",
  "expense-claim",
  "secondment",
  "discipline-entry",
  "dispatch-refusal",
  "unanswered-call",
  "pay-adjustment",
  "pay-month",
  "follow-up",
  "objection",
  "complaint",
  "promise-breach",
  "partner",
  "partner-order",
  "partner-statement",
  "attachment",
  "import",
  "settings",
  "calendar",
  "staff-user",
  "integration-client",
  "tenant",
] as const;

type Translate = TFunction;

/** A record type in words ("work-order" → "Work order"); an unknown type says only that it is a record. */
export function entityTypeText(type: string, t: Translate, i18n: I18n): string {
  const key = `audit.entities.${type}`;
  return i18n.exists(key) ? t(key as "audit.entity") : t("audit.entity");
}

/**
 * An audit action in words ("work-order.assigned" → "Installers assigned"). An action the texts do not know yet
 * says which record changed ("Work order changed"), never the action's key.
 */
export function auditActionText(action: string, entityType: string, t: Translate, i18n: I18n): string {
  const key = `audit.actions.${action}`;
  if (action.includes(".") && i18n.exists(key)) {
    const text = t(key as "audit.entity");
    if (typeof text === "string") return text;
  }
  const entity = action.split(".")[0] ?? "";
  const entityKey = i18n.exists(`audit.entities.${entity}`) ? entity : entityType;
  if (i18n.exists(`audit.entities.${entityKey}`)) {
    return t("audit.actionFallback", { entity: entityTypeText(entityKey, t, i18n) });
  }
  return t("audit.actionUnknown");
}
