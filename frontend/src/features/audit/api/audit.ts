import { useInfiniteQuery } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type AuditEvent = Schema<"AuditEvent">;

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
}

export function useAuditEvents(filter: AuditFilter) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: ["audit-events", filter],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/audit-events", {
          params: { query: { limit: 50, cursor: pageParam, ...filter } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
