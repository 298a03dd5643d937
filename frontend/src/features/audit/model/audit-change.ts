import type { AuditEvent } from "../api/audit";

/** The entity as the API showed it before or after a change (free-form: every entity type has its own shape). */
export type AuditSnapshot = NonNullable<AuditEvent["before"]>;

/** One property a change touched; `undefined` means the property was absent on that side. */
export interface ChangedValue {
  path: string;
  before: unknown;
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Nested objects become dotted paths ("discipline.lateArrivalFine"), the same paths the forms and the
 * server's field errors use; arrays (holidays, roles) and scalars are compared as a whole.
 */
export function flattenSnapshot(snapshot: AuditSnapshot | undefined, prefix = ""): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(snapshot ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      for (const [nested, leaf] of flattenSnapshot(value, path)) result.set(nested, leaf);
    } else {
      result.set(path, value);
    }
  }
  return result;
}

/** The properties whose value differs between before and after, in the entity's own order. */
export function changedValues(before: AuditSnapshot | undefined, after: AuditSnapshot | undefined): ChangedValue[] {
  const old = flattenSnapshot(before);
  const current = flattenSnapshot(after);
  const paths = [...new Set([...current.keys(), ...old.keys()])];
  return paths
    .map((path) => ({ path, before: old.get(path), after: current.get(path) }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}

/** A value as text: strings as they are (amounts such as "50.00" stay exact), everything else as JSON. */
export function displayValue(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
