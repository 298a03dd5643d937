import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { currentLanguage } from "@/i18n";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { collectPages } from "@/lib/api/pages";
import { apiErrorOf, unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { PDF_TYPE, saveDownload } from "@/lib/download";
import { useObjectUrl } from "@/lib/files";

export type WorkOrder = Schema<"WorkOrder">;
/** A work order as lists carry it (listWorkOrders): the order's page has the rest. */
export type WorkOrderSummary = Schema<"WorkOrderSummary">;
export type WorkOrderStatus = Schema<"WorkOrderStatus">;
export type WorkOrderType = Schema<"WorkOrderType">;
export type Priority = Schema<"Priority">;
export type Qualification = Schema<"Qualification">;
export type WorkOrderDetail = Schema<"WorkOrderDetail">;
export type TimelineEntry = Schema<"TimelineEntry">;
export type SafetyChecklist = Schema<"SafetyChecklist">;
export type ServiceReport = Schema<"ServiceReport">;
export type CreateWorkOrderRequest = Schema<"CreateWorkOrderRequest">;
export type AssignRequest = Schema<"AssignRequest">;
export type ContactRequest = Schema<"ContactRequest">;
export type CheckInRequest = Schema<"CheckInRequest">;
export type PauseRequest = Schema<"PauseRequest">;
export type CompleteRequest = Schema<"CompleteRequest">;
export type SignOffRequest = Schema<"SignOffRequest">;
export type CancelRequest = Schema<"CancelRequest">;
export type TransitionRequest = Schema<"TransitionRequest">;
export type DepartRequest = Schema<"DepartRequest">;
export type CloseWorkOrderRequest = Schema<"CloseWorkOrderRequest">;
export type Installer = Schema<"Installer">;
export type ReworkCause = Schema<"ReworkCause">;
export type ReworkCount = Schema<"ReworkCount">;
export type AttributeReworkRequest = Schema<"AttributeReworkRequest">;
export type PausePromiseRequest = Schema<"PausePromiseRequest">;
export type RescheduleRequest = Schema<"RescheduleRequest">;
export type AssignCandidate = Schema<"AssignCandidate">;
export type CandidateReason = Schema<"CandidateReason">;

const PAGE_SIZE = 200;
export const workOrdersKey = ["work-orders"] as const;
const listKey = (installerId: string | undefined) => [...workOrdersKey, "list", { installerId: installerId ?? null }];
const detailKey = (id: string) => [...workOrdersKey, "detail", id];

/**
 * Every work order the caller may see (installers: their own), for the board, the dispatch calendar, overlap
 * warnings and the installer's job list.
 */
export function useWorkOrders(installerId?: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: listKey(installerId),
    queryFn: () =>
      collectPages(async (cursor) =>
        unwrap(
          await api.GET("/api/v1/work-orders", {
            params: { query: { limit: PAGE_SIZE, cursor, installerId } },
          }),
        ),
      ),
  });
}

/** The board's filters, as the URL and listWorkOrders name them. */
export interface BoardFilters {
  status: WorkOrderStatus[];
  /** "true": no crew yet; "false": a crew (or a partner) has it. */
  unassigned?: "true" | "false";
  /** Appointments on this day (tenant's zone). */
  scheduledOn?: string;
  /** Work done on this day (tenant's zone). */
  completedOn?: string;
  installerId?: string;
  promiseStatus?: Schema<"PromiseStatus">;
}

/** The board's orders page by page, filtered by the server (listWorkOrders). */
export function useWorkOrderBoard(filters: BoardFilters) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...workOrdersKey, "board", filters],
    queryFn: async ({ pageParam }) => {
      const query = {
        limit: 50,
        cursor: pageParam,
        ...(filters.status.length > 0 ? { status: filters.status } : {}),
        ...(filters.unassigned ? { unassigned: filters.unassigned === "true" } : {}),
        scheduledOn: filters.scheduledOn,
        completedOn: filters.completedOn,
        installerId: filters.installerId,
        promiseStatus: filters.promiseStatus,
      };
      return unwrap(await api.GET("/api/v1/work-orders", { params: { query } }));
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * The fault categories the tenant has used, from its most recent orders (the contract has no list of its own);
 * new ones are typed in the form.
 */
export function useKnownFaultCategories() {
  const api = useApiClient();
  return useQuery({
    queryKey: [...workOrdersKey, "fault-categories"],
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const page = unwrap(await api.GET("/api/v1/work-orders", { params: { query: { limit: PAGE_SIZE } } }));
      const categories = page.items.map((order) => order.faultCategory).filter((c): c is string => !!c);
      return [...new Set(categories)].sort();
    },
  });
}

export function useWorkOrder(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: detailKey(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/work-orders/{workOrderId}", { params: { path: { workOrderId: id } } })),
  });
}

export function useCreateWorkOrder() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateWorkOrderRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/work-orders", { body, params: { header: { "Idempotency-Key": idempotencyKey } } }),
      ),
    // The detail page loads the new order with its timeline and the crew's job facts from the server.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workOrdersKey }),
  });
}

/** One lifecycle action with the body its endpoint takes. */
export type ActionCommand =
  | { action: "assign" | "reassign"; body: AssignRequest }
  | { action: "contact"; body: ContactRequest }
  | { action: "checkIn"; body: CheckInRequest }
  | { action: "pause"; body: PauseRequest }
  | { action: "complete"; body: CompleteRequest }
  | { action: "signOff"; body: SignOffRequest }
  | { action: "cancel"; body: CancelRequest }
  | { action: "depart"; body: DepartRequest }
  | { action: "resume" | "reportIn" | "file"; body: TransitionRequest }
  | { action: "close"; body: CloseWorkOrderRequest }
  | { action: "attributeRework"; body: AttributeReworkRequest }
  | { action: "pausePromise"; body: PausePromiseRequest }
  | { action: "resumePromise"; body: TransitionRequest }
  | { action: "reschedule"; body: RescheduleRequest };

async function send(api: ApiClient, workOrderId: string, command: ActionCommand) {
  const params = { path: { workOrderId } };
  switch (command.action) {
    case "assign":
    case "reassign":
      return api.POST("/api/v1/work-orders/{workOrderId}/assign", { params, body: command.body });
    case "contact":
      return api.POST("/api/v1/work-orders/{workOrderId}/contact", { params, body: command.body });
    case "depart":
      return api.POST("/api/v1/work-orders/{workOrderId}/depart", { params, body: command.body });
    case "checkIn":
      return api.POST("/api/v1/work-orders/{workOrderId}/check-in", { params, body: command.body });
    case "pause":
      return api.POST("/api/v1/work-orders/{workOrderId}/pause", { params, body: command.body });
    case "resume":
      return api.POST("/api/v1/work-orders/{workOrderId}/resume", { params, body: command.body });
    case "complete":
      return api.POST("/api/v1/work-orders/{workOrderId}/complete", { params, body: command.body });
    case "signOff":
      return api.POST("/api/v1/work-orders/{workOrderId}/sign-off", { params, body: command.body });
    case "reportIn":
      return api.POST("/api/v1/work-orders/{workOrderId}/report-in", { params, body: command.body });
    case "file":
      return api.POST("/api/v1/work-orders/{workOrderId}/file", { params, body: command.body });
    case "close":
      return api.POST("/api/v1/work-orders/{workOrderId}/close", { params, body: command.body });
    case "cancel":
      return api.POST("/api/v1/work-orders/{workOrderId}/cancel", { params, body: command.body });
    case "attributeRework":
      return api.POST("/api/v1/work-orders/{workOrderId}/rework-cause", { params, body: command.body });
    case "pausePromise":
      return api.POST("/api/v1/work-orders/{workOrderId}/promise/pause", { params, body: command.body });
    case "resumePromise":
      return api.POST("/api/v1/work-orders/{workOrderId}/promise/resume", { params, body: command.body });
    case "reschedule":
      return api.POST("/api/v1/work-orders/{workOrderId}/reschedule", { params, body: command.body });
  }
}

/**
 * Runs lifecycle actions on one order. The answer is the order after the transition; its timeline and the lists
 * are fetched again. A refused completion is also recorded on the timeline, so that is refreshed on errors too.
 */
export function useWorkOrderAction(workOrderId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: ActionCommand) => unwrap(await send(api, workOrderId, command)),
    onSuccess: (saved) => {
      queryClient.setQueryData<WorkOrderDetail>(detailKey(workOrderId), (detail) =>
        detail ? { ...detail, order: saved } : detail,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: workOrdersKey }),
  });
}

/** After a conflict: the order and the lists as the server has them now. */
export function useReloadWorkOrders() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: workOrdersKey });
}

/**
 * Every installer checked as the assign action would check them for this order's appointment day: eligible or
 * not with the reasons, their jobs that day and the distance to the site when both have coordinates.
 */
export function useAssignCandidates(workOrderId: string, version: number) {
  const api = useApiClient();
  return useQuery({
    // Read afresh for each version of the order: a moved appointment changes who may take it.
    queryKey: [...workOrdersKey, "candidates", workOrderId, version],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/work-orders/{workOrderId}/candidates", { params: { path: { workOrderId } } })),
  });
}

/** Installer-caused rework per lead installer of the original order, in [from, to) (managers only). */
export function useReworkCounts(range: { from: string; to: string }) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...workOrdersKey, "rework-counts", range],
    queryFn: async () => unwrap(await api.GET("/api/v1/work-orders/rework-counts", { params: { query: range } })).items,
  });
}

/** The tenant's installers with their certificates (office staff only), for names and dispatch warnings. */
export function useInstallerDirectory(enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: ["installers", "all"],
    enabled,
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/installers", { params: { query: { limit: PAGE_SIZE, cursor } } })),
        )
      ).items,
  });
}

/** An object URL of the customer's signature PNG while the component shows it. */
export function useSignatureUrl(workOrderId: string, hasSignature: boolean) {
  const api = useApiClient();
  const signature = useQuery({
    queryKey: [...workOrdersKey, "signature", workOrderId],
    enabled: hasSignature,
    staleTime: Infinity,
    queryFn: async () => {
      const { data, error, response } = await api.GET("/api/v1/work-orders/{workOrderId}/signature", {
        params: { path: { workOrderId } },
        headers: { Accept: "image/png, application/problem+json" },
        parseAs: "blob",
      });
      if (!response.ok || !data) throw apiErrorOf(response, error);
      return data as Blob;
    },
  });
  const url = useObjectUrl(signature.data);
  return { url, error: signature.error };
}

/**
 * The signed service report (用户服务报告书) as a PDF in the UI's language, fetched with the session's token and
 * saved under the server's file name.
 */
export function useServiceReportDownload(order: Pick<WorkOrder, "id" | "number">) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async () =>
      saveDownload(
        await api.GET("/api/v1/work-orders/{workOrderId}/service-report", {
          params: { path: { workOrderId: order.id }, query: { lang: currentLanguage() } },
          headers: { Accept: `${PDF_TYPE}, application/problem+json` },
          parseAs: "blob",
        }),
        `service-report-${order.number}.pdf`,
      ),
  });
}

/** The action mutation of an order, with a reload that also clears the failed attempt. */
export function useOrderAction(order: Pick<WorkOrder, "id">) {
  const mutation = useWorkOrderAction(order.id);
  const reloadAll = useReloadWorkOrders();
  return {
    mutation,
    reload: () => {
      mutation.reset();
      void reloadAll();
    },
  };
}
