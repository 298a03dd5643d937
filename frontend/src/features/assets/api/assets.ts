import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useCatalogProducts } from "@/lib/catalog-products";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { assetsKey } from "@/lib/customer-lookup";

export type Asset = Schema<"Asset">;
export type CreateAssetRequest = Schema<"CreateAssetRequest">;
export type UpdateAssetRequest = Schema<"UpdateAssetRequest">;

const PAGE_SIZE = 50;

export interface AssetFilter {
  serial?: string | undefined;
  plate?: string | undefined;
  customerId?: string | undefined;
}

export function useAssetList(filter: AssetFilter) {
  const api = useApiClient();
  const query = {
    serial: filter.serial || undefined,
    plate: filter.plate || undefined,
    customerId: filter.customerId || undefined,
  };
  return useInfiniteQuery({
    queryKey: [...assetsKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/assets", { params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The product models (catalogue items of kind PRODUCT) an asset can be. */
export const useProducts = useCatalogProducts;

export function useCreateAsset() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateAssetRequest; idempotencyKey: string }) =>
      unwrap(await api.POST("/api/v1/assets", { body, params: { header: { "Idempotency-Key": idempotencyKey } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assetsKey }),
  });
}

export function useUpdateAsset(assetId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateAssetRequest) =>
      unwrap(await api.PUT("/api/v1/assets/{assetId}", { params: { path: { assetId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assetsKey }),
  });
}

/** Deletes an asset (refused while work orders name it); the lists are read again. */
export function useDeleteAssetById() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return async (assetId: string) => {
    const deleted = unwrap(await api.DELETE("/api/v1/assets/{assetId}", { params: { path: { assetId } } }));
    await queryClient.invalidateQueries({ queryKey: assetsKey });
    return deleted;
  };
}

/** After a stale-version conflict: the assets as the server has them now. */
export function useReloadAssets() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: assetsKey });
}
