import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { ApiError, unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type IntegrationClient = Schema<"IntegrationClient">;
export type IntegrationClientList = Schema<"IntegrationClientList">;
export type NewIntegrationClient = Schema<"NewIntegrationClient">;
export type CreateIntegrationClientRequest = Schema<"CreateIntegrationClientRequest">;

const integrationClientsKey = ["integration-clients"] as const;

export function useIntegrationClients() {
  const api = useApiClient();
  return useQuery({
    queryKey: integrationClientsKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/integration-clients")),
  });
}

export function useCreateIntegrationClient() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreateIntegrationClientRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/integration-clients", {
          body,
          params: { header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    // The answer holds the secret: drop it from the mutation cache as soon as the form is gone.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationClientsKey }),
  });
}

export function useRevokeIntegrationClient() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const forget = (id: string) =>
    queryClient.setQueryData<IntegrationClientList>(integrationClientsKey, (list) =>
      list ? { ...list, items: list.items.filter((client) => client.id !== id) } : list,
    );
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(
        await api.DELETE("/api/v1/integration-clients/{integrationClientId}", {
          params: { path: { integrationClientId: id } },
        }),
      ),
    onSuccess: (_, id) => forget(id),
    // Someone else revoked it first: the list is out of date, not the user's intent.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 404) {
        void queryClient.invalidateQueries({ queryKey: integrationClientsKey });
      }
    },
  });
}
