import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient, type ApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import type { PromiseStatus } from "@/lib/promises";

export type Objection = Schema<"Objection">;
export type ObjectionStatus = Schema<"ObjectionStatus">;
export type ObjectionSource = Schema<"ObjectionSource">;
export type CustomerInformedVia = Schema<"CustomerInformedVia">;
export type CreateObjectionRequest = Schema<"CreateObjectionRequest">;
export type ObjectionCommitmentRequest = Schema<"ObjectionCommitmentRequest">;
export type ObjectionResolutionRequest = Schema<"ObjectionResolutionRequest">;

const PAGE_SIZE = 50;
const objectionsKey = ["objections"] as const;
const detailKey = (id: string) => [...objectionsKey, "detail", id] as const;
// The watch page lists objections whose commitment deadline is at risk or breached.
const promisesKey = ["promises"] as const;

export interface ObjectionFilter {
  status?: ObjectionStatus | undefined;
  source?: ObjectionSource | undefined;
  promiseStatus?: PromiseStatus | undefined;
  /** true: only those escalated to the manager. */
  escalated?: boolean | undefined;
}

export function useObjections(filter: ObjectionFilter) {
  const api = useApiClient();
  const query = {
    status: filter.status,
    source: filter.source,
    promiseStatus: filter.promiseStatus,
    escalated: filter.escalated,
  };
  return useInfiniteQuery({
    queryKey: [...objectionsKey, "list", query],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/objections", { params: { query: { ...query, limit: PAGE_SIZE, cursor: pageParam } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useObjection(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: detailKey(id),
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/objections/{objectionId}", { params: { path: { objectionId: id } } })),
  });
}

export function useCreateObjection() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateObjectionRequest; idempotencyKey: string }) =>
      unwrap(await api.POST("/api/v1/objections", { body, params: { header: { "Idempotency-Key": idempotencyKey } } })),
    onSuccess: (created) => {
      queryClient.setQueryData(detailKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...objectionsKey, "list"] });
      void queryClient.invalidateQueries({ queryKey: promisesKey });
    },
  });
}

/** The two steps of an objection, with the body each endpoint takes. */
export type ObjectionCommand =
  { step: "commitment"; body: ObjectionCommitmentRequest } | { step: "resolution"; body: ObjectionResolutionRequest };

async function send(api: ApiClient, objectionId: string, command: ObjectionCommand) {
  const params = { path: { objectionId } };
  switch (command.step) {
    case "commitment":
      return api.POST("/api/v1/objections/{objectionId}/commitment", { params, body: command.body });
    case "resolution":
      return api.POST("/api/v1/objections/{objectionId}/resolution", { params, body: command.body });
  }
}

export function useObjectionStep(objectionId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: ObjectionCommand) => unwrap(await send(api, objectionId, command)),
    onSuccess: (saved) => {
      queryClient.setQueryData(detailKey(objectionId), saved);
      void queryClient.invalidateQueries({ queryKey: [...objectionsKey, "list"] });
      void queryClient.invalidateQueries({ queryKey: promisesKey });
    },
  });
}

/** After a conflict: the objection as the server has it now. */
export function useReloadObjection(objectionId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: detailKey(objectionId) });
}
