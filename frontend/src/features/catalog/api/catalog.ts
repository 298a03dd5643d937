import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type CatalogItem = Schema<"CatalogItem">;
export type CatalogItemKind = Schema<"CatalogItemKind">;
export type CreateCatalogItemRequest = Schema<"CreateCatalogItemRequest">;
export type UpdateCatalogItemRequest = Schema<"UpdateCatalogItemRequest">;

export const CATALOG_KINDS = ["PRODUCT", "PART", "TOOL"] as const satisfies readonly CatalogItemKind[];

const PAGE_SIZE = 50;
const catalogKey = ["catalog-items"] as const;

export function useCatalogItems(kind: CatalogItemKind | undefined, q: string) {
  const api = useApiClient();
  const query = { kind, q: q.trim() || undefined };
  return useInfiniteQuery({
    queryKey: [...catalogKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/catalog-items", {
          params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateCatalogItem() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateCatalogItemRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/catalog-items", { body, params: { header: { "Idempotency-Key": idempotencyKey } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKey }),
  });
}

export function useUpdateCatalogItem(catalogItemId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateCatalogItemRequest) =>
      unwrap(await api.PUT("/api/v1/catalog-items/{catalogItemId}", { params: { path: { catalogItemId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKey }),
  });
}

export function useDeleteCatalogItem(catalogItemId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.DELETE("/api/v1/catalog-items/{catalogItemId}", { params: { path: { catalogItemId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKey }),
  });
}

export function useReloadCatalog() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: catalogKey });
}
