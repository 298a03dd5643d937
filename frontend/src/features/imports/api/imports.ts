import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { assetsKey, customersKey } from "@/lib/customer-lookup";
import { isActive, pollInterval } from "../model/import-job";

export type ImportJob = Schema<"ImportJob">;
export type ImportKind = Schema<"ImportKind">;
export type ImportStatus = Schema<"ImportStatus">;
export type ImportRowError = Schema<"ImportRowError">;

const importsKey = ["imports"] as const;
const jobKey = (id: string) => [...importsKey, "job", id] as const;

export function useImports() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...importsKey, "list"],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/imports", { params: { query: { limit: 20, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * One import, asked for again every second while it works so its progress bar moves; polling stops when it
 * is DONE or FAILED. When it ends, the lists it filled are read again.
 */
export function useImportJob(importId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: jobKey(importId),
    queryFn: async () => unwrap(await api.GET("/api/v1/imports/{importId}", { params: { path: { importId } } })),
    refetchInterval: (query) => pollInterval(query.state.data),
    // A running job has news every time it is asked.
    staleTime: 0,
  });
  const ended = job.data !== undefined && !isActive(job.data.status);
  const kind = job.data?.kind;
  useEffect(() => {
    if (!ended) return;
    void queryClient.invalidateQueries({ queryKey: [...importsKey, "list"] });
    void queryClient.invalidateQueries({ queryKey: kind === "ASSETS" ? assetsKey : customersKey });
  }, [ended, kind, queryClient]);
  return job;
}

/** The rows that were not imported, in file order; read again whenever the job reports more of them. */
export function useImportErrors(importId: string, failedRows: number) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...importsKey, "errors", importId, failedRows],
    enabled: failedRows > 0,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/imports/{importId}/errors", {
          params: { path: { importId }, query: { limit: 50, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

/** Sends a CSV file's text; the answer (202) is the queued job. */
export function useUploadImport() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, csv, idempotencyKey }: { kind: ImportKind; csv: string; idempotencyKey: string }) => {
      const options = {
        body: csv,
        params: { header: { "Idempotency-Key": idempotencyKey } },
        headers: { "Content-Type": "text/csv; charset=utf-8" },
        // The file goes as it is, not as a JSON string.
        bodySerializer: (body: string) => body,
      };
      return unwrap(
        kind === "ASSETS"
          ? await api.POST("/api/v1/imports/assets", options)
          : await api.POST("/api/v1/imports/customers", options),
      );
    },
    onSuccess: (job) => {
      queryClient.setQueryData(jobKey(job.id), job);
      return queryClient.invalidateQueries({ queryKey: [...importsKey, "list"] });
    },
  });
}
