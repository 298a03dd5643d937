import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { collectPages } from "@/lib/api/pages";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { useStaffAccounts } from "@/lib/staff-accounts";

export type Installer = Schema<"Installer">;
export type InstallerStatus = Schema<"InstallerStatus">;
export type Certification = Schema<"Certification">;
export type Qualification = Schema<"Qualification">;
export type LeaveRequest = Schema<"LeaveRequest">;
export type LeaveDecision = Schema<"LeaveDecision">;
export type CreateInstallerRequest = Schema<"CreateInstallerRequest">;
export type CreateCertificationRequest = Schema<"CreateCertificationRequest">;
export type UpdateInstallerRequest = Schema<"UpdateInstallerRequest">;
export type StaffUser = Schema<"StaffUser">;

const PAGE_SIZE = 200;
const installersKey = ["installers"] as const;

/** Every installer of the tenant with certificates: a tenant has tens of them, shown on one page. */
export function useInstallers() {
  const api = useApiClient();
  return useQuery({
    queryKey: [...installersKey, "list"],
    queryFn: () =>
      collectPages(async (cursor) =>
        unwrap(await api.GET("/api/v1/installers", { params: { query: { limit: PAGE_SIZE, cursor } } })),
      ),
  });
}

/** Staff accounts holding the role installer: the candidates for a new installer profile. */
export function useInstallerAccounts(enabled: boolean) {
  return useStaffAccounts("installer", enabled);
}

/** Managers, by whose names leave decisions are shown (only managers may list them). */
export function useManagerAccounts(enabled: boolean) {
  return useStaffAccounts("manager", enabled);
}

export function useCreateInstaller() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateInstallerRequest; idempotencyKey: string }) =>
      unwrap(await api.POST("/api/v1/installers", { body, params: { header: { "Idempotency-Key": idempotencyKey } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: installersKey }),
  });
}

export function useUpdateInstaller() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ installerId, body }: { installerId: string; body: UpdateInstallerRequest }) =>
      unwrap(await api.PATCH("/api/v1/installers/{installerId}", { params: { path: { installerId } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: installersKey }),
  });
}

export function useAddCertification() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ installerId, body }: { installerId: string; body: CreateCertificationRequest }) =>
      unwrap(
        await api.POST("/api/v1/installers/{installerId}/certifications", { params: { path: { installerId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: installersKey }),
  });
}

export function useRemoveCertification() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ installerId, certificationId }: { installerId: string; certificationId: string }) =>
      unwrap(
        await api.DELETE("/api/v1/installers/{installerId}/certifications/{certificationId}", {
          params: { path: { installerId, certificationId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: installersKey }),
  });
}

const leaveKey = (installerId: string) => [...installersKey, "leave", installerId];

export function useLeaveRequests(installerId: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: leaveKey(installerId),
    enabled,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/installers/{installerId}/leave-requests", { params: { path: { installerId } } }))
        .items,
  });
}

export function useDecideLeave(installerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ leaveRequestId, body }: { leaveRequestId: string; body: LeaveDecision }) =>
      unwrap(
        await api.POST("/api/v1/installers/{installerId}/leave-requests/{leaveRequestId}/decision", {
          params: { path: { installerId, leaveRequestId } },
          body,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: leaveKey(installerId) }),
  });
}

export type InstallerTraining = Schema<"InstallerTraining">;
export type CreateInstallerTrainingRequest = Schema<"CreateInstallerTrainingRequest">;
const trainingsKey = (installerId: string) => [...installersKey, "trainings", installerId];

/** The trainings an installer took (岗前培训); a connection crew needs one each. */
export function useTrainings(installerId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: trainingsKey(installerId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/installers/{installerId}/trainings", { params: { path: { installerId } } })).items,
  });
}

export function useAddTraining(installerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateInstallerTrainingRequest) =>
      unwrap(await api.POST("/api/v1/installers/{installerId}/trainings", { params: { path: { installerId } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trainingsKey(installerId) }),
  });
}

export function useRemoveTraining(installerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (trainingId: string) =>
      unwrap(
        await api.DELETE("/api/v1/installers/{installerId}/trainings/{trainingId}", {
          params: { path: { installerId, trainingId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trainingsKey(installerId) }),
  });
}
