import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "./api/client";
import { collectPages } from "./api/pages";
import { unwrap } from "./api/problem";

/** A person or place to pick in a form, by id with its display name. */
export interface DirectoryEntry {
  id: string;
  name: string;
}

const PAGE_SIZE = 200;

/** A directory of the tenant: every page of a list, read once and kept for a few minutes. */
function useDirectory(
  name: string,
  enabled: boolean,
  page: (cursor: string | undefined) => Promise<{ items: DirectoryEntry[]; nextCursor?: string | undefined }>,
) {
  return useQuery({
    // Its own key: the list pages keep their full rows under their own keys (["installers", ...]).
    queryKey: ["directory", name],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<DirectoryEntry[]> => (await collectPages(page)).items,
  });
}

/**
 * The tenant's installers as id → name, for the pickers of trips, claims, secondments and attendance. Only the
 * office may list them; for an installer the query is disabled and names fall back to what the page has.
 */
export function useInstallerDirectory(enabled = true) {
  const api = useApiClient();
  return useDirectory("installers", enabled, async (cursor) => {
    const page = unwrap(await api.GET("/api/v1/installers", { params: { query: { limit: PAGE_SIZE, cursor } } }));
    return {
      ...page,
      items: page.items.map((installer) => ({ id: installer.id, name: installer.displayName || installer.username })),
    };
  });
}

/** The tenant's service points as id → name. */
export function useServicePointDirectory(enabled = true) {
  const api = useApiClient();
  return useDirectory("service-points", enabled, async (cursor) => {
    const page = unwrap(await api.GET("/api/v1/service-points", { params: { query: { limit: PAGE_SIZE, cursor } } }));
    return { ...page, items: page.items.map((point) => ({ id: point.id, name: point.name })) };
  });
}

/** The products of the tenant's catalogue as id → name. */
export function useProductDirectory(enabled = true) {
  const api = useApiClient();
  return useDirectory("products", enabled, async (cursor) => {
    const page = unwrap(
      await api.GET("/api/v1/catalog-items", { params: { query: { kind: "PRODUCT", limit: PAGE_SIZE, cursor } } }),
    );
    return { ...page, items: page.items.map((item) => ({ id: item.id, name: item.name })) };
  });
}

/** The name of an id in a directory, or a shortened id while the directory is unknown. */
export function nameIn(directory: readonly DirectoryEntry[] | undefined, id: string): string {
  return directory?.find((entry) => entry.id === id)?.name ?? `${id.slice(0, 8)}…`;
}

/** "2026-03": the month of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
