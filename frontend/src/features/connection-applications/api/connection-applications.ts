import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { collectPages } from "@/lib/api/pages";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import type { PromiseStatus } from "@/lib/promises";

export type ConnectionApplication = Schema<"ConnectionApplication">;
export type ConnectionApplicationSummary = Schema<"ConnectionApplicationSummary">;
export type ConnectionStatus = Schema<"ConnectionStatus">;
export type ConnectionAction = Schema<"ConnectionAction">;
export type SupplyClass = Schema<"SupplyClass">;
export type ConnectionKind = Schema<"ConnectionApplicationKind">;
export type DesignDocument = Schema<"DesignDocument">;
export type ConnectionEvent = Schema<"ConnectionEvent">;
export type ConnectionInspection = Schema<"ConnectionInspection">;
export type InspectionChecklistItem = Schema<"InspectionChecklistItem">;
export type CreateConnectionApplicationRequest = Schema<"CreateConnectionApplicationRequest">;
export type ConnectionDelayRequest = Schema<"ConnectionDelayRequest">;
export type ConnectionPlanRequest = Schema<"ConnectionPlanRequest">;
export type ConnectionObjectionRequest = Schema<"ConnectionObjectionRequest">;
export type ConnectionExtensionRequest = Schema<"ConnectionExtensionRequest">;
export type DesignSubmissionRequest = Schema<"DesignSubmissionRequest">;
export type DesignReviewRequest = Schema<"DesignReviewRequest">;
export type ConstructionRequest = Schema<"ConstructionRequest">;
export type ConnectionMaterialRequest = Schema<"ConnectionMaterialRequest">;
export type ConnectionInspectionRequest = Schema<"ConnectionInspectionRequest">;
export type ConnectRequest = Schema<"ConnectRequest">;
export type ConnectionCancelRequest = Schema<"ConnectionCancelRequest">;

const PAGE_SIZE = 50;
const applicationsKey = ["connection-applications"] as const;
const detailKey = (id: string) => [...applicationsKey, "detail", id] as const;
const timelineKey = (id: string) => [...applicationsKey, "timeline", id] as const;
// The watch page lists applications whose supply plan or design review is at risk or breached.
const promisesKey = ["promises"] as const;

export interface ConnectionFilter {
  status?: ConnectionStatus | undefined;
  supplyClass?: SupplyClass | undefined;
  promiseStatus?: PromiseStatus | undefined;
}

export function useConnectionApplications(filter: ConnectionFilter) {
  const api = useApiClient();
  const query = { status: filter.status, supplyClass: filter.supplyClass, promiseStatus: filter.promiseStatus };
  return useInfiniteQuery({
    queryKey: [...applicationsKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/connection-applications", {
          params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useConnectionApplication(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: detailKey(id),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/connection-applications/{applicationId}", { params: { path: { applicationId: id } } }),
      ),
  });
}

/** The application's steps, oldest first; read again after each step. */
export function useConnectionTimeline(id: string, version: number) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...timelineKey(id), version],
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/connection-applications/{applicationId}/timeline", {
          params: { path: { applicationId: id } },
        }),
      ).items,
  });
}

export function useCreateConnectionApplication() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      body,
      idempotencyKey,
    }: {
      body: CreateConnectionApplicationRequest;
      idempotencyKey: string;
    }) =>
      unwrap(
        await api.POST("/api/v1/connection-applications", {
          body,
          params: { header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    onSuccess: (created) => {
      queryClient.setQueryData(detailKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...applicationsKey, "list"] });
      void queryClient.invalidateQueries({ queryKey: promisesKey });
    },
  });
}

/** Every step of the procedure, with the body its endpoint takes (the version is added when sent). */
export type ConnectionCommand =
  | { action: "EXPLAIN_DELAY"; body: ConnectionDelayRequest }
  | { action: "NOTIFY_PLAN"; body: ConnectionPlanRequest }
  | { action: "OBJECT_TO_PLAN"; body: ConnectionObjectionRequest }
  | { action: "EXTEND_PLAN"; body: ConnectionExtensionRequest }
  | { action: "SUBMIT_DESIGN"; body: DesignSubmissionRequest }
  | { action: "REVIEW_DESIGN"; body: DesignReviewRequest }
  | { action: "START_CONSTRUCTION"; body: ConstructionRequest }
  | { action: "RECORD_MATERIAL"; body: ConnectionMaterialRequest }
  | { action: "INSPECT"; body: ConnectionInspectionRequest }
  | { action: "CONNECT"; body: ConnectRequest }
  | { action: "CANCEL"; body: ConnectionCancelRequest };

async function send(api: ApiClient, applicationId: string, command: ConnectionCommand) {
  const params = { path: { applicationId } };
  const base = "/api/v1/connection-applications/{applicationId}" as const;
  switch (command.action) {
    case "EXPLAIN_DELAY":
      return api.POST(`${base}/delay-explanation`, { params, body: command.body });
    case "NOTIFY_PLAN":
      return api.POST(`${base}/plan`, { params, body: command.body });
    case "OBJECT_TO_PLAN":
      return api.POST(`${base}/plan-objection`, { params, body: command.body });
    case "EXTEND_PLAN":
      return api.POST(`${base}/plan-extension`, { params, body: command.body });
    case "SUBMIT_DESIGN":
      return api.POST(`${base}/design-submissions`, { params, body: command.body });
    case "REVIEW_DESIGN":
      return api.POST(`${base}/design-review`, { params, body: command.body });
    case "START_CONSTRUCTION":
      return api.POST(`${base}/construction`, { params, body: command.body });
    case "RECORD_MATERIAL":
      return api.POST(`${base}/materials`, { params, body: command.body });
    case "INSPECT":
      return api.POST(`${base}/inspections`, { params, body: command.body });
    case "CONNECT":
      return api.POST(`${base}/connection`, { params, body: command.body });
    case "CANCEL":
      return api.POST(`${base}/cancellation`, { params, body: command.body });
  }
}

export function useConnectionStep(applicationId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: ConnectionCommand) => unwrap(await send(api, applicationId, command)),
    onSuccess: (saved) => {
      queryClient.setQueryData(detailKey(applicationId), saved);
      void queryClient.invalidateQueries({ queryKey: timelineKey(applicationId) });
      void queryClient.invalidateQueries({ queryKey: [...applicationsKey, "list"] });
      void queryClient.invalidateQueries({ queryKey: promisesKey });
    },
  });
}

/** After a conflict: the application as the server has it now. */
export function useReloadConnectionApplication(applicationId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: detailKey(applicationId) });
}

/** The outsourcing partners, for the construction's contractor. */
export function usePartnerChoices(enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: ["directory", "partners-full"],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/partners", { params: { query: { limit: 200, cursor } } })),
        )
      ).items,
  });
}

/** Parts and products of the catalogue, for a material used. */
export function useMaterialChoices(enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: ["catalog-items", "materials"],
    enabled,
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/catalog-items", { params: { query: { limit: 200, cursor } } })),
        )
      ).items.filter((item) => item.kind !== "TOOL"),
  });
}

/** The tenant's design copies, for the design form's default. */
export function useDesignCopies() {
  const api = useApiClient();
  return useQuery({
    queryKey: ["settings"],
    queryFn: async () => unwrap(await api.GET("/api/v1/settings")),
    select: (settings) => settings.connection?.designCopies ?? 2,
    retry: false,
  });
}
