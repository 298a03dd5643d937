import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { collectPages } from "@/lib/api/pages";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { useStaffAccounts } from "@/lib/staff-accounts";

export type ServicePoint = Schema<"ServicePoint">;
export type ServicePointKind = Schema<"ServicePointKind">;
export type CreateServicePointRequest = Schema<"CreateServicePointRequest">;
export type UpdateServicePointRequest = Schema<"UpdateServicePointRequest">;
export type StaffUser = Schema<"StaffUser">;

export const SERVICE_POINT_KINDS = [
  "BRANCH",
  "MONITORING_CENTRE",
  "PARTNER_REPAIR_SHOP",
] as const satisfies readonly ServicePointKind[];

const servicePointsKey = ["service-points"] as const;

/** Every service point of the tenant: a tenant has a handful to a few dozen. */
export function useServicePoints(kind: ServicePointKind | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...servicePointsKey, "list", { kind: kind ?? null }],
    queryFn: () =>
      collectPages(async (cursor) =>
        unwrap(await api.GET("/api/v1/service-points", { params: { query: { kind, limit: 200, cursor } } })),
      ),
  });
}

/** Staff accounts with the manager role, who can be responsible for a service point (managers only may list them). */
export function useManagers(enabled: boolean) {
  return useStaffAccounts("manager", enabled);
}

export function useCreateServicePoint() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateServicePointRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/service-points", { body, params: { header: { "Idempotency-Key": idempotencyKey } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicePointsKey }),
  });
}

export function useUpdateServicePoint(servicePointId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateServicePointRequest) =>
      unwrap(await api.PUT("/api/v1/service-points/{servicePointId}", { params: { path: { servicePointId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicePointsKey }),
  });
}

/** Deletes a service point; the lists are read again. */
export function useDeleteServicePointById() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return async (servicePointId: string) => {
    const deleted = unwrap(
      await api.DELETE("/api/v1/service-points/{servicePointId}", { params: { path: { servicePointId } } }),
    );
    await queryClient.invalidateQueries({ queryKey: servicePointsKey });
    return deleted;
  };
}

export function useReloadServicePoints() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: servicePointsKey });
}
