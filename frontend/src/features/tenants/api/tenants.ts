import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type Tenant = Schema<"Tenant">;
export type TenantStatus = Schema<"TenantStatus">;
export type CreateTenantRequest = Schema<"CreateTenantRequest">;
export type NewManagerAccount = Schema<"NewManagerAccount">;
type TenantPage = Schema<"TenantPage">;

const tenantsKey = ["tenants"] as const;

/** The platform's tenants, oldest first; `q` finds those whose name or slug contains it. */
export function useTenants(q = "") {
  const api = useApiClient();
  const search = q.trim();
  return useInfiniteQuery({
    queryKey: [...tenantsKey, { q: search }],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/platform/tenants", {
          params: { query: { limit: 50, cursor: pageParam, ...(search ? { q: search } : {}) } },
        }),
      ),
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

/**
 * Suspends (its people's calls are refused until resumed) or resumes a tenant; the answered tenant replaces its
 * row in every list read so far.
 */
export function useTenantStatusChange() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ tenantId, to }: { tenantId: string; to: TenantStatus }) =>
      unwrap(
        to === "SUSPENDED"
          ? await api.POST("/api/v1/platform/tenants/{tenantId}/suspend", { params: { path: { tenantId } } })
          : await api.POST("/api/v1/platform/tenants/{tenantId}/resume", { params: { path: { tenantId } } }),
      ),
    onSuccess: (tenant) => {
      queryClient.setQueriesData<InfiniteData<TenantPage>>({ queryKey: tenantsKey }, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.map((item) => (item.id === tenant.id ? tenant : item)),
              })),
            }
          : data,
      );
    },
  });
}
