import type { components } from "./schema";

/** A schema of the generated OpenAPI contract, by its name in components/schemas. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** A schema value known to carry some properties, e.g. the id and version a row needs to be edited. */
export type WithProps<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };

/** Narrows to rows that carry the given properties; the UI can only act on those. */
export function hasProps<T, K extends keyof T>(value: T, ...keys: K[]): value is WithProps<T, K> {
  return keys.every((key) => value[key] !== undefined && value[key] !== null);
}
