import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { apiErrorOf, unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { PDF_TYPE, XLSX_TYPE } from "@/lib/download";

export type ReportSummary = Schema<"PeriodicReportSummary">;
export type Report = Schema<"PeriodicReport">;
export type ReportKind = Schema<"PeriodicReportKind">;
export type ReportContent = Schema<"PeriodicReportContent">;
export type DocumentFormat = "pdf" | "xlsx";

const reportsKey = ["reports"] as const;

export function useReports(kind: ReportKind | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...reportsKey, "list", kind ?? "all"],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/reports", { params: { query: { kind, limit: 20, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useReport(reportId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...reportsKey, "one", reportId],
    queryFn: async () => unwrap(await api.GET("/api/v1/reports/{reportId}", { params: { path: { reportId } } })),
    // A kept report never changes.
    staleTime: Infinity,
  });
}

/** Generates the report of a past week or month (or answers the one kept). */
export function useGenerateReport() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schema<"GenerateReportRequest">) => unwrap(await api.POST("/api/v1/reports", { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...reportsKey, "list"] }),
  });
}

/** The report as a file, fetched with the session's token. */
export function useReportDocument() {
  const api = useApiClient();
  return useMutation({
    mutationFn: async ({ reportId, format }: { reportId: string; format: DocumentFormat }) => {
      const path = format === "pdf" ? "/api/v1/reports/{reportId}/pdf" : "/api/v1/reports/{reportId}/xlsx";
      const { data, error, response } = await api.GET(path, {
        params: { path: { reportId } },
        headers: { Accept: `${format === "pdf" ? PDF_TYPE : XLSX_TYPE}, application/problem+json` },
        parseAs: "blob",
      });
      if (!response.ok || !data) throw apiErrorOf(response, error);
      return data as Blob;
    },
  });
}
