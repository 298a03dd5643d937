import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import type { PromiseStatus } from "@/lib/promises";

export type FollowUp = Schema<"FollowUp">;
export type FollowUpKind = Schema<"FollowUpKind">;
export type FollowUpStatus = Schema<"FollowUpStatus">;
export type FollowUpAnswers = Schema<"FollowUpAnswers">;
export type RecordFollowUpAttempt = Schema<"RecordFollowUpAttempt">;

const PAGE_SIZE = 50;
const followUpsKey = ["follow-ups"] as const;
const detailKey = (id: string) => [...followUpsKey, "detail", id] as const;
// A completed after-service call closes its order; an unhappy answer opens an objection.
const touchedByAttempt = [["work-orders"], ["objections"], ["promises"]] as const;

export interface FollowUpFilter {
  status?: FollowUpStatus | undefined;
  kind?: FollowUpKind | undefined;
  promiseStatus?: PromiseStatus | undefined;
  /** Only those to call by this instant (ISO). */
  dueBy?: string | undefined;
}

/** The worklist: follow-ups by their next call time, a page at a time. */
export function useFollowUps(filter: FollowUpFilter) {
  const api = useApiClient();
  const query = {
    status: filter.status,
    kind: filter.kind,
    promiseStatus: filter.promiseStatus,
    dueBy: filter.dueBy,
  };
  return useInfiniteQuery({
    queryKey: [...followUpsKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/follow-ups", { params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useFollowUp(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: detailKey(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/follow-ups/{followUpId}", { params: { path: { followUpId: id } } })),
  });
}

/** One call to the customer: reached with the answers, or not reached (the server plans the retry). */
export function useRecordAttempt(followUpId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RecordFollowUpAttempt) =>
      unwrap(await api.POST("/api/v1/follow-ups/{followUpId}/attempts", { params: { path: { followUpId } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(detailKey(followUpId), saved);
      void queryClient.invalidateQueries({ queryKey: [...followUpsKey, "list"] });
      touchedByAttempt.forEach((queryKey) => void queryClient.invalidateQueries({ queryKey }));
    },
  });
}

/** After a conflict: the follow-up as the server has it now. */
export function useReloadFollowUp(followUpId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: detailKey(followUpId) });
}
