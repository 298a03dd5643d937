import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type Secondment = Schema<"Secondment">;
export type SecondmentStatus = Schema<"SecondmentStatus">;
export type CreateSecondmentRequest = Schema<"CreateSecondmentRequest">;

const secondmentsKey = ["secondments"] as const;

export function useSecondments(status: SecondmentStatus | undefined) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...secondmentsKey, "list", status],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/secondments", { params: { query: { status, limit: 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSecondmentCharges(month: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...secondmentsKey, "charges", month],
    queryFn: async () => unwrap(await api.GET("/api/v1/secondments/charges", { params: { query: { month } } })),
  });
}

export function useCreateSecondment() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateSecondmentRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/secondments", { body, params: { header: { "Idempotency-Key": idempotencyKey } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secondmentsKey }),
  });
}

export type SecondmentCommand = { step: "activate" } | { step: "cancel" } | { step: "end"; lastDay?: string };

export function useSecondmentStep() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ secondment, command }: { secondment: Secondment; command: SecondmentCommand }) => {
      const params = { path: { secondmentId: secondment.id } };
      const version = secondment.version;
      switch (command.step) {
        case "activate":
          return unwrap(await api.POST("/api/v1/secondments/{secondmentId}/activate", { params, body: { version } }));
        case "cancel":
          return unwrap(await api.POST("/api/v1/secondments/{secondmentId}/cancel", { params, body: { version } }));
        case "end":
          return unwrap(
            await api.POST("/api/v1/secondments/{secondmentId}/end", {
              params,
              body: { version, ...(command.lastDay ? { lastDay: command.lastDay } : {}) },
            }),
          );
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: secondmentsKey }),
  });
}
