import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type Tenant = Schema<"Tenant">;
export type CreateTenantRequest = Schema<"CreateTenantRequest">;
export type NewManagerAccount = Schema<"NewManagerAccount">;

const tenantsKey = ["tenants"] as const;

export function useTenants() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: tenantsKey,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/platform/tenants", { params: { query: { limit: 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateTenant() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateTenantRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/platform/tenants", {
          body,
          params: { header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantsKey }),
  });
}
