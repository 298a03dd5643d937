import type { components } from "./schema";

/** A schema of the generated OpenAPI contract, by its name in components/schemas. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
