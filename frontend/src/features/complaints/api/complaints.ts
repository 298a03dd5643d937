import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import type { PromiseStatus } from "@/lib/promises";

export type Complaint = Schema<"Complaint">;
export type ComplaintStatus = Schema<"ComplaintStatus">;
export type ComplaintCategory = Schema<"ComplaintCategory">;
export type ComplaintChannel = Schema<"ComplaintChannel">;
export type CreateComplaintRequest = Schema<"CreateComplaintRequest">;
export type ComplaintStepRequest = Schema<"ComplaintStepRequest">;
export type CloseComplaintRequest = Schema<"CloseComplaintRequest">;

const PAGE_SIZE = 50;
const complaintsKey = ["complaints"] as const;
const detailKey = (id: string) => [...complaintsKey, "detail", id] as const;
// The watch page lists complaints whose answer is at risk or late; a verification proposes a ledger entry.
const promisesKey = ["promises"] as const;
const disciplineKey = ["discipline"] as const;

export interface ComplaintFilter {
  status?: ComplaintStatus | undefined;
  category?: ComplaintCategory | undefined;
  promiseStatus?: PromiseStatus | undefined;
}

export function useComplaints(filter: ComplaintFilter) {
  const api = useApiClient();
  const query = { status: filter.status, category: filter.category, promiseStatus: filter.promiseStatus };
  return useInfiniteQuery({
    queryKey: [...complaintsKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/complaints", { params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useComplaint(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: detailKey(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/complaints/{complaintId}", { params: { path: { complaintId: id } } })),
  });
}

export function useCreateComplaint() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateComplaintRequest; idempotencyKey: string }) =>
      unwrap(await api.POST("/api/v1/complaints", { body, params: { header: { "Idempotency-Key": idempotencyKey } } })),
    onSuccess: (created) => {
      queryClient.setQueryData(detailKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...complaintsKey, "list"] });
      void queryClient.invalidateQueries({ queryKey: promisesKey });
    },
  });
}

/** The steps of a complaint, each with the endpoint's body. */
export type ComplaintCommand =
  | { step: "investigation"; body: ComplaintStepRequest }
  | { step: "verification"; body: ComplaintStepRequest }
  | { step: "rejection"; body: ComplaintStepRequest }
  | { step: "closing"; body: CloseComplaintRequest };

async function send(api: ApiClient, complaintId: string, command: ComplaintCommand) {
  const params = { path: { complaintId } };
  switch (command.step) {
    case "investigation":
      return api.POST("/api/v1/complaints/{complaintId}/investigation", { params, body: command.body });
    case "verification":
      return api.POST("/api/v1/complaints/{complaintId}/verification", { params, body: command.body });
    case "rejection":
      return api.POST("/api/v1/complaints/{complaintId}/rejection", { params, body: command.body });
    case "closing":
      return api.POST("/api/v1/complaints/{complaintId}/closing", { params, body: command.body });
  }
}

export function useComplaintStep(complaintId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: ComplaintCommand) => unwrap(await send(api, complaintId, command)),
    onSuccess: (saved) => {
      queryClient.setQueryData(detailKey(complaintId), saved);
      void queryClient.invalidateQueries({ queryKey: [...complaintsKey, "list"] });
      void queryClient.invalidateQueries({ queryKey: promisesKey });
      void queryClient.invalidateQueries({ queryKey: disciplineKey });
    },
  });
}

/** After a conflict: the complaint as the server has it now. */
export function useReloadComplaint(complaintId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: detailKey(complaintId) });
}
