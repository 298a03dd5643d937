import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { collectPages } from "@/lib/api/pages";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type FaultCategory = Schema<"FaultCategory">;
export type FaultClass = Schema<"FaultClass">;
export type CreateFaultCategoryRequest = Schema<"CreateFaultCategoryRequest">;
export type UpdateFaultCategoryRequest = Schema<"UpdateFaultCategoryRequest">;
export type QualityReport = Schema<"QualityReport">;
export type QualityReportKind = Schema<"QualityReportKind">;
export type CreateQualityReportRequest = Schema<"CreateQualityReportRequest">;
export type EarlyWarning = Schema<"EarlyWarning">;
export type EarlyWarningStatus = Schema<"EarlyWarningStatus">;
export type EarlyWarningRule = Schema<"EarlyWarningRule">;
export type EarlyWarningRoute = Schema<"EarlyWarningRoute">;

export const FAULT_CLASSES = ["TECHNICAL", "SERVICE"] as const satisfies readonly FaultClass[];
export const REPORT_KINDS = ["PRODUCT_QUALITY", "FEEDBACK"] as const satisfies readonly QualityReportKind[];
export const WARNING_STATUSES = ["OPEN", "ACKNOWLEDGED", "CLOSED"] as const satisfies readonly EarlyWarningStatus[];

const PAGE_SIZE = 50;
const categoriesKey = ["fault-categories"] as const;
const reportsKey = ["quality-reports"] as const;
const warningsKey = ["early-warnings"] as const;
const warningKey = (id: string) => [...warningsKey, "detail", id] as const;

/** The tenant's fault categories (a few dozen at most); `active` keeps only those offered for new records. */
export function useFaultCategories(active?: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...categoriesKey, { active: active ?? null }],
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/fault-categories", { params: { query: { active, limit: 200, cursor } } })),
        )
      ).items,
  });
}

export function useCreateFaultCategory() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateFaultCategoryRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/fault-categories", { body, params: { header: { "Idempotency-Key": idempotencyKey } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoriesKey }),
  });
}

export function useUpdateFaultCategory(faultCategoryId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateFaultCategoryRequest) =>
      unwrap(
        await api.PUT("/api/v1/fault-categories/{faultCategoryId}", { params: { path: { faultCategoryId } }, body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoriesKey }),
  });
}

export function useReloadFaultCategories() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: categoriesKey });
}

export interface QualityReportFilter {
  productId?: string | undefined;
  faultCategory?: string | undefined;
  kind?: QualityReportKind | undefined;
}

export function useQualityReports(filter: QualityReportFilter) {
  const api = useApiClient();
  const query = { productId: filter.productId, faultCategory: filter.faultCategory, kind: filter.kind };
  return useInfiniteQuery({
    queryKey: [...reportsKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/quality-reports", {
          params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateQualityReport() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateQualityReportRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/quality-reports", { body, params: { header: { "Idempotency-Key": idempotencyKey } } }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reportsKey });
      // A form may raise a warning.
      void queryClient.invalidateQueries({ queryKey: warningsKey });
    },
  });
}

/** The warnings with a status, or (without one) those not yet closed. */
export function useEarlyWarnings(status: EarlyWarningStatus | undefined) {
  const api = useApiClient();
  const query = status ? { status } : { open: true };
  return useInfiniteQuery({
    queryKey: [...warningsKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/early-warnings", {
          params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useEarlyWarning(warningId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: warningKey(warningId),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/early-warnings/{warningId}", { params: { path: { warningId } } })),
  });
}

/** Acknowledging or closing a warning, each with the version read. */
export type WarningStep =
  { step: "acknowledge"; version: number } | { step: "close"; version: number; actionNote: string };

export function useWarningStep(warningId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: WarningStep) => {
      const params = { path: { warningId } };
      return unwrap(
        command.step === "acknowledge"
          ? await api.POST("/api/v1/early-warnings/{warningId}/acknowledge", {
              params,
              body: { version: command.version },
            })
          : await api.POST("/api/v1/early-warnings/{warningId}/close", {
              params,
              body: { version: command.version, actionNote: command.actionNote },
            }),
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(warningKey(warningId), saved);
      void queryClient.invalidateQueries({ queryKey: [...warningsKey, "list"] });
    },
  });
}

/** After a conflict: the warning as the server has it now. */
export function useReloadWarning(warningId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: warningKey(warningId) });
}
