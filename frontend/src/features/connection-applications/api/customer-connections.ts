import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type ConnectionProcedure = Schema<"ConnectionProcedure">;
export type ConnectionDeadline = Schema<"ConnectionDeadline">;
export type MyConnectionApplication = Schema<"MyConnectionApplication">;
export type MyConnectionApplicationRequest = Schema<"MyConnectionApplicationRequest">;

/** What the company publishes about connection applications; no sign-in. */
export function useConnectionProcedure(tenantSlug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ["public", "connection-procedure", tenantSlug],
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/public/{tenantSlug}/connection-procedure", { params: { path: { tenantSlug } } })),
  });
}

const myKey = ["my", "connection-applications"] as const;

export function useMyConnectionApplications() {
  const api = useApiClient();
  return useQuery({
    queryKey: myKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/my/connection-applications")).items,
  });
}

export function useApplyForConnection() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: MyConnectionApplicationRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/my/connection-applications", {
          body,
          params: { header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myKey }),
  });
}

export type MyConnectionCommand =
  | { action: "OBJECT_TO_PLAN"; body: Schema<"ConnectionObjectionRequest"> }
  | { action: "EXTEND_PLAN"; body: Schema<"ConnectionExtensionRequest"> };

export function useMyConnectionStep(number: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: MyConnectionCommand) => {
      const params = { path: { number } };
      return unwrap(
        command.action === "OBJECT_TO_PLAN"
          ? await api.POST("/api/v1/my/connection-applications/{number}/plan-objection", { params, body: command.body })
          : await api.POST("/api/v1/my/connection-applications/{number}/plan-extension", {
              params,
              body: command.body,
            }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myKey }),
  });
}
