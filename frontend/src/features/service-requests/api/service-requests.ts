import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { customersKey } from "@/lib/customer-lookup";
import type { PromiseStatus } from "@/lib/promises";

export type ServiceRequest = Schema<"ServiceRequest">;
export type ServiceRequestChannel = Schema<"ServiceRequestChannel">;
export type ServiceRequestCategory = Schema<"ServiceRequestCategory">;
export type ServiceRequestStatus = Schema<"ServiceRequestStatus">;
export type CreateServiceRequest = Schema<"CreateServiceRequest">;
export type ConvertRequest = Schema<"ConvertRequest">;
export type ResolveByPhoneRequest = Schema<"ResolveByPhoneRequest">;
export type DismissRequest = Schema<"DismissRequest">;
export type CustomerKind = Schema<"CustomerKind">;
export type WorkOrderDetail = Schema<"WorkOrderDetail">;

const PAGE_SIZE = 50;
const requestsKey = ["service-requests"] as const;
const detailKey = (id: string) => [...requestsKey, "detail", id] as const;
// The work-order pages read an order under this key too, so a converted request's order opens at once.
const workOrdersKey = ["work-orders"] as const;
const workOrderKey = (id: string) => [...workOrdersKey, "detail", id] as const;

export interface ServiceRequestFilter {
  status?: ServiceRequestStatus | undefined;
  channel?: ServiceRequestChannel | undefined;
  promiseStatus?: PromiseStatus | undefined;
}

export function useServiceRequests(filter: ServiceRequestFilter) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [
      ...requestsKey,
      "list",
      { status: filter.status ?? null, channel: filter.channel ?? null, promiseStatus: filter.promiseStatus ?? null },
    ],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/service-requests", {
          params: {
            query: {
              limit: PAGE_SIZE,
              cursor: pageParam,
              status: filter.status,
              channel: filter.channel,
              promiseStatus: filter.promiseStatus,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useServiceRequest(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: detailKey(id),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/service-requests/{serviceRequestId}", { params: { path: { serviceRequestId: id } } }),
      ),
  });
}

export function useRegisterServiceRequest() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateServiceRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/service-requests", {
          body,
          params: { header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    onSuccess: (created, { body }) => {
      queryClient.setQueryData(detailKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...requestsKey, "list"] });
      // A customer given inline now exists and must be found by the next search.
      if (body.newCustomer) void queryClient.invalidateQueries({ queryKey: customersKey });
    },
  });
}

/** One of the three ways a request ends, with the body its endpoint takes. */
export type OutcomeCommand =
  | { outcome: "resolveByPhone"; body: ResolveByPhoneRequest }
  | { outcome: "convert"; body: ConvertRequest }
  | { outcome: "dismiss"; body: DismissRequest };

async function send(api: ApiClient, serviceRequestId: string, command: OutcomeCommand) {
  const params = { path: { serviceRequestId } };
  switch (command.outcome) {
    case "resolveByPhone":
      return api.POST("/api/v1/service-requests/{serviceRequestId}/resolve-by-phone", { params, body: command.body });
    case "convert":
      return api.POST("/api/v1/service-requests/{serviceRequestId}/convert", { params, body: command.body });
    case "dismiss":
      return api.POST("/api/v1/service-requests/{serviceRequestId}/dismiss", { params, body: command.body });
  }
}

export function useServiceRequestOutcome(serviceRequestId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: OutcomeCommand) => unwrap(await send(api, serviceRequestId, command)),
    onSuccess: (saved, command) => {
      queryClient.setQueryData(detailKey(serviceRequestId), saved);
      void queryClient.invalidateQueries({ queryKey: [...requestsKey, "list"] });
      if (command.outcome === "convert") void queryClient.invalidateQueries({ queryKey: workOrdersKey });
    },
  });
}

/** After a conflict: the request as the server has it now. */
export function useReloadServiceRequest(serviceRequestId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: detailKey(serviceRequestId) });
}

/** The work order a request became: its number and status for the link. */
export function useConvertedWorkOrder(workOrderId: string | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: workOrderKey(workOrderId ?? ""),
    enabled: !!workOrderId,
    queryFn: async (): Promise<WorkOrderDetail> =>
      unwrap(
        await api.GET("/api/v1/work-orders/{workOrderId}", { params: { path: { workOrderId: workOrderId ?? "" } } }),
      ),
  });
}
