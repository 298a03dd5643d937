import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import type { PromiseStatus } from "@/lib/promises";

export type PromiseWatchItem = Schema<"PromiseWatchItem">;
export type PromiseBreach = Schema<"PromiseBreach">;
export type PromiseSubjectType = Schema<"PromiseSubjectType">;

const PAGE_SIZE = 50;
const promisesKey = ["promises"] as const;
/** Promises become at risk and breached with time alone: the watch reloads while it is open. */
const WATCH_REFRESH_MS = 60_000;

/** Requests, orders, follow-ups and objections whose promise is in one of the states, soonest due first. */
export function usePromiseWatch(statuses: readonly PromiseStatus[]) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...promisesKey, "watch", statuses],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/promises/watch", { params: { query: { status: [...statuses] } } })).items,
    refetchInterval: WATCH_REFRESH_MS,
  });
}

/** Breached promises escalated to the managers, newest first (managers only). */
export function usePromiseBreaches(unacknowledgedOnly: boolean) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...promisesKey, "breaches", { unacknowledgedOnly }],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/promise-breaches", {
          params: {
            query: { acknowledged: unacknowledgedOnly ? false : undefined, limit: PAGE_SIZE, cursor: pageParam },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: WATCH_REFRESH_MS,
  });
}

/** The manager has seen an escalation; acknowledging again changes nothing. */
export function useAcknowledgeBreach() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (breachId: string) =>
      unwrap(await api.POST("/api/v1/promise-breaches/{breachId}/acknowledge", { params: { path: { breachId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...promisesKey, "breaches"] }),
  });
}
